"""The site build: MkDocs' own `build`, step for step, rendering only what changed, in parallel.

Owns the order of a build (the same as `mkdocs.commands.build.build`: `on_config`, `on_pre_build`,
files, navigation, pages read, `on_env`, static files, theme templates, pages built, anchors
validated, `on_post_build`, strict mode's count) and which pages it renders: a page is reused
when its record in the site cache was made under the same environment and navigation, from the
same Markdown, with every link resolving to the same file, and its HTML file in the site folder
is still the one written then (size and modification time). Everything else is rendered over a
fork pool (`generator.workers`), and the search index, the sitemap and the anchor checks are
assembled from every page's record. Log messages of reused pages are replayed, so `strict`
fails exactly as a plain build would. Files a build no longer makes are removed afterwards.

A configuration with a plugin this driver does not know to be page-local (anything but
Material's `search` and `offline` and hook modules), or with a Markdown extension that includes
other files into a page (`pymdownx.snippets`), is built by plain `mkdocs build` instead.
Hook modules must keep their per-page events (`on_page_markdown`, ...) functions of the page.
"""

from __future__ import annotations

import logging
import os
import time
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from material.plugins.offline.plugin import OfflinePlugin
from material.plugins.search.plugin import SearchPlugin
from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator.publish import fingerprint, records
from generator.publish.pagework import Context, populate, render
from generator.publish.records import PageRecord, SiteCache
from generator.workers import parallel_map

log = logging.getLogger("mkdocs.briefing.site")
PARALLEL_PAGES = 24  # a page takes 10-30 ms to render: a pool pays from a few dozen
CHUNK_PAGES = 16
RENEW_WORKER = 60  # chunks: a worker is replaced after about a thousand pages (memory)


@dataclass(frozen=True)
class SiteReport:
    """What a build did: pages rendered and reused, stale files removed, seconds taken."""

    rendered: int
    reused: int
    removed: int
    seconds: float
    driver: str  # "incremental" or "mkdocs" (plain build: a plugin the driver does not know)
    phases: tuple[tuple[str, float], ...] = ()  # seconds per step of the build


# Markdown extensions that read files other than the page (their changes are not tracked)
READS_OTHER_FILES = ("pymdownx.snippets", "markdown_include.include")


def supported(config: Any) -> bool:
    """Whether every plugin is one whose per-page work the driver knows how to cache, and no
    Markdown extension pulls in other files."""
    known = (SearchPlugin, OfflinePlugin, types.ModuleType)
    extensions = {str(name) for name in config.markdown_extensions}
    return all(isinstance(plugin, known) for plugin in config.plugins.values()) and not (
        extensions & set(READS_OTHER_FILES)
    )


def _listing(site: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for folder, _, names in os.walk(site):
        for name in names:
            info = os.stat(os.path.join(folder, name))
            found[os.path.join(folder, name)] = (info.st_mtime_ns, info.st_ctime_ns)
    return found


def _remove_stale(site: Path, before: dict[str, tuple[int, int]], kept: set[str]) -> int:
    """Remove the files this build neither wrote nor reused, then the folders left empty."""
    after = _listing(site)
    stale = [p for p, stamp in after.items() if before.get(p) == stamp and p not in kept]
    for path in stale:
        os.remove(path)
    for folder, _, _ in sorted(os.walk(site), key=lambda entry: -len(entry[0])):
        if folder != str(site) and not os.listdir(folder):
            os.rmdir(folder)
    return len(stale)


def _search_index(config: Any) -> Any:
    plugin = next((p for p in config.plugins.values() if isinstance(p, SearchPlugin)), None)
    if plugin is None or not plugin.config.enabled:
        return None
    return plugin.search_index


def _changed_paths(cache: SiteCache, files: Any) -> set[int]:
    """The looked-up paths that resolve differently now (`cache.resolved` brought up to date)."""
    changed = set()
    for path, number in cache.paths.items():
        now = fingerprint.lookup_summary(files.get_file_from_path(path))
        if now != cache.resolved[number]:
            changed.add(number)
            cache.resolved[number] = now
    return changed


def _html_unchanged(site: Path, record: PageRecord) -> bool:
    try:
        info = os.stat(site / record.dest)
    except FileNotFoundError:
        return record.stat is None
    return record.stat == (info.st_size, info.st_mtime_ns)


def _restore(page: Any, record: PageRecord) -> None:
    page.title = record.title
    if record.meta:
        page.meta = record.meta


def _attach_anchors(page: Any, record: PageRecord, files: Any) -> None:
    page.present_anchor_ids = None if record.anchors is None else set(record.anchors)
    links = record.links_to_anchors
    if links is None:
        page.links_to_anchors = None
        return
    page.links_to_anchors = {files.get_file_from_path(uri): dict(a) for uri, a in links.items()}


def _assemble_search(index: Any, parts: list[str]) -> None:
    """Have Material's search plugin write the index of these per-page JSON parts.

    Its `generate_search_index` is `json.dumps` of `{"config": ..., "docs": entries}`; the
    entries' JSON is the pages' parts joined by commas, so the bytes are the same."""
    index.entries = []
    empty = type(index).generate_search_index(index, None)
    assert empty.endswith('"docs":[]}')
    whole = empty[: -len("[]}")] + "[" + ",".join(parts) + "]}"
    index.generate_search_index = lambda previous: whole


def _replay(lines: tuple[records.LogLine, ...]) -> None:
    for name, level, message in lines:
        logging.getLogger(name).log(level, message)


class _Build:
    """One run of the driver over a loaded configuration (after `on_config`, `on_pre_build`)."""

    def __init__(self, config: Any, serve_url: str | None, cache_path: Path, full: bool) -> None:
        self.config, self.serve_url, self.cache_path = config, serve_url, cache_path
        self.site = Path(config.site_dir)
        self.inclusion = InclusionLevel.is_in_serve if serve_url else InclusionLevel.is_included
        mode = "serve" if serve_url else "build"
        environment = fingerprint.environment_key(config, mode, utils.get_build_date())
        self.cache = SiteCache(environment) if full else records.load(cache_path, environment)

    def _gather(self) -> Context:
        config = self.config
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        doc_files = files.documentation_pages(inclusion=self.inclusion)
        excluded = []
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                if self.serve_url and file.inclusion.is_excluded():
                    excluded.append(urljoin(self.serve_url, file.url))
                Page(None, file, config)
        if excluded:
            log.info(
                "Pages built only for the preview (draft_docs):\n  - " + "\n  - ".join(excluded)
            )
        stats: dict[str, records.SourceStat] = {}
        sources = {
            f.src_uri: fingerprint.source_key(f, records.source_digest(f, self.cache, stats))
            for f in doc_files
        }
        self.cache.sources = stats
        return Context(
            config, files, list(doc_files), nav, env, _search_index(config), sources, "", ""
        )

    def _valid(self, record: PageRecord | None, context: Context, changed: set[int]) -> bool:
        return (
            record is not None
            and record.source == context.sources[record.src_uri]
            and (record.all_files is None or record.all_files == context.files_key)
            and (not changed or changed.isdisjoint(record.lookups))
        )

    def _plan(self, context: Context) -> tuple[list[Any], list[Any]]:
        """The navigation's pages read first (their titles are in every page), then which
        pages to render and which to reuse."""
        context.files_key = fingerprint.files_key(context.files)
        context.in_nav = frozenset(page.file.src_uri for page in context.nav.pages)
        lookups = _changed_paths(self.cache, context.files)
        for page in context.nav.pages:
            record = self.cache.pages.get(page.file.src_uri)
            if self._valid(record, context, lookups):
                assert record is not None
                _restore(page, record)
            else:
                context.populated[page.file.src_uri] = populate(context, page)
        context.navigation = fingerprint.navigation_key(context.nav)
        todo, reused = [], []
        for file in context.doc_files:
            record = self.cache.pages.get(file.src_uri)
            if (
                file.src_uri not in context.populated
                and self._valid(record, context, lookups)
                and record is not None
                and record.navigation == context.navigation
                and _html_unchanged(self.site, record)
            ):
                _restore(file.page, record)
                reused.append(file.page)
            else:
                todo.append(file.page)
        return todo, reused

    def run(self) -> SiteReport:
        started = time.monotonic()
        phases: list[tuple[str, float]] = []

        def lap(name: str) -> None:
            phases.append((name, time.monotonic() - started - sum(t for _, t in phases)))

        config = self.config
        if not self.cache.pages:
            utils.clean_directory(config.site_dir)
        before = _listing(self.site)
        context = self._gather()
        lap("files")
        todo, reused = self._plan(context)
        lap("plan")
        context.env = config.plugins.on_env(context.env, config=config, files=context.files)
        context.files.copy_static_files(dirty=False, inclusion=self.inclusion)
        for template in config.theme.static_templates:
            mkdocs_build._build_theme_template(
                template, context.env, context.files, config, context.nav
            )
        for template in config.extra_templates:
            mkdocs_build._build_extra_template(template, context.files, config, context.nav)
        lap("static")
        fresh = parallel_map(
            render, todo, context, "site pages", PARALLEL_PAGES, CHUNK_PAGES, RENEW_WORKER
        )
        lap("pages")
        for record in fresh:
            record.lookups, record.seen = self.cache.number(record.seen), ()
        pages = {r.src_uri: r for r in fresh}
        for page in reused:
            pages[page.file.src_uri] = self.cache.pages[page.file.src_uri]
        self._finish(context, pages)
        lap("assemble")
        self.cache.pages = pages
        kept = {str(self.site / record.dest) for record in pages.values()}
        removed = _remove_stale(self.site, before, kept)
        records.save(self.cache_path, self.cache)
        lap("save")
        seconds = time.monotonic() - started
        return SiteReport(len(fresh), len(reused), removed, seconds, "incremental", tuple(phases))

    def _finish(self, context: Context, pages: dict[str, PageRecord]) -> None:
        """Logs in page order, anchors checked, search index and `on_post_build`."""
        ordered = [pages[f.src_uri] for f in context.doc_files]
        for record in ordered:
            _replay(record.read_logs)
        for record in ordered:
            _replay(record.build_logs)
        for file, record in zip(context.doc_files, ordered, strict=True):
            file.page.title = record.title
            _attach_anchors(file.page, record, context.files)
        level = self.config.validation.links.anchors
        for file in context.doc_files:
            file.page.validate_anchor_links(files=context.files, log_level=level)
        if context.search is not None:
            _assemble_search(context.search, [r.search for r in ordered if r.search])
        self.config.plugins.on_post_build(config=self.config)


def build_site(
    config: Any, *, serve_url: str | None = None, cache: Path | None = None, full: bool = False
) -> SiteReport:
    """Build the site of a loaded MkDocs `config` as `mkdocs build` would, byte for byte.

    `cache` is the site cache's file (default: in `.briefing-cache/` next to the site folder);
    `full` ignores it and renders every page. Raises `mkdocs.exceptions.Abort`
    as `mkdocs build` does (strict mode's warnings, a `BuildError`)."""
    if not supported(config):
        started = time.monotonic()
        log.info("briefing: a plugin the incremental build does not know: plain mkdocs build")
        mkdocs_build.build(config, serve_url=serve_url)
        return SiteReport(0, 0, 0, time.monotonic() - started, "mkdocs")
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    if config.strict:
        logger.addHandler(counter)
    path = cache or records.cache_file(Path(config.site_dir))
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        report = _Build(config, serve_url, path, full).run()
        if counts := counter.get_counts():
            message = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {message} in strict mode!")
        steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in report.phases)
        log.info(
            "briefing: site built in %.2f s: %d pages rendered, %d reused (%s)",
            report.seconds,
            report.rendered,
            report.reused,
            steps,
        )
        return report
    except Exception as error:
        config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            log.error(str(error))
            raise Abort("Aborted with a BuildError!") from error
        raise
    finally:
        logger.removeHandler(counter)
