"""The site build: MkDocs' own `build`, step for step, rendering only what changed, in parallel.

Owns the order of a build (the same as `mkdocs.commands.build.build`: `on_config`, `on_pre_build`,
files, navigation, pages read, `on_env`, static files, theme templates, pages built, anchors
validated, `on_post_build`, strict mode's count) and which pages it renders: a page is reused
when its record in the site cache was made under the same environment and navigation, from the
same Markdown, with every link resolving to the same file, and its HTML file in the site folder
is still the one written then (size and modification time). Everything else is rendered over a
fork pool (`generator.workers`) or on a Dask cluster (`remote`), and the search index, the
sitemap and the anchor checks are assembled from every page's record (`assemble`). Log
messages of reused pages are replayed, so `strict` fails exactly as a plain build would. Files
a build no longer makes are removed afterwards (`sitefiles`).

`build.build_site` runs it between the plugins' events (and falls back to plain `mkdocs
build` for plugins it cannot cache). Hook modules must keep their per-page events
(`on_page_markdown`, ...) functions of the page.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator.publish import assemble, fingerprint, records, remote, sitefiles
from generator.publish.pagework import Context, populate, render
from generator.publish.records import PageRecord, SiteCache
from generator.workers import goes_parallel, parallel_map, scheduler, use_scheduler

log = logging.getLogger("mkdocs.briefing.site")
PARALLEL_PAGES = 24  # a page takes 10-30 ms to render: a pool pays from a few dozen
CHUNK_PAGES = 16
RENEW_WORKER = 250  # chunks: a worker is replaced after 4,000 pages (bounds what it copies)


@dataclass(frozen=True)
class SiteReport:
    """What a build did: pages rendered and reused, stale files removed, seconds taken."""

    rendered: int
    reused: int
    removed: int
    seconds: float
    driver: str  # "incremental" or "mkdocs" (plain build: a plugin the driver does not know)
    phases: tuple[tuple[str, float], ...] = ()  # seconds per step of the build


class SiteBuild:
    """One run of the driver over a loaded configuration (after `on_config`, `on_pre_build`)."""

    def __init__(self, config: Any, serve_url: str | None, cache_path: Path, full: bool) -> None:
        self.config, self.serve_url, self.cache_path = config, serve_url, cache_path
        self.site = Path(config.site_dir)
        self.inclusion = InclusionLevel.is_in_serve if serve_url else InclusionLevel.is_included
        mode = "serve" if serve_url else "build"
        environment = fingerprint.environment_key(config, mode, utils.get_build_date())
        self.cache = SiteCache(environment) if full else records.load(cache_path, environment)

    def gather(self) -> Context:
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
            config, files, list(doc_files), nav, env, assemble.search_index(config), sources, "", ""
        )

    def _valid(self, record: PageRecord | None, context: Context, changed: set[int]) -> bool:
        return (
            record is not None
            and record.source == context.sources[record.src_uri]
            and (record.all_files is None or record.all_files == context.files_key)
            and (not changed or changed.isdisjoint(record.lookups))
        )

    def plan(self, context: Context) -> tuple[list[Any], list[Any]]:
        """The navigation's pages read first (their titles are in every page), then which
        pages to render and which to reuse."""
        context.files_key = fingerprint.files_key(context.files)
        context.in_nav = frozenset(page.file.src_uri for page in context.nav.pages)
        lookups = self.cache.changed_paths(context.files)
        for page in context.nav.pages:
            record = self.cache.pages.get(page.file.src_uri)
            if self._valid(record, context, lookups):
                assert record is not None
                assemble.restore(page, record)
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
                and sitefiles.html_unchanged(self.site, record.dest, record.stat)
            ):
                assemble.restore(file.page, record)
                reused.append(file.page)
            else:
                todo.append(file.page)
        return todo, reused

    def run(self) -> SiteReport:
        """Build the site; what was rendered, reused and removed, and each step's time."""
        started = time.monotonic()
        phases: list[tuple[str, float]] = []

        def lap(name: str) -> None:
            phases.append((name, time.monotonic() - started - sum(t for _, t in phases)))

        if not self.cache.pages:
            utils.clean_directory(self.config.site_dir)
        before = sitefiles.listing(self.site)
        context = self.gather()
        lap("files")
        todo, reused = self.plan(context)
        lap("plan")
        self._static(context)
        lap("static")
        fresh = self._render(context, todo)
        lap("pages")
        pages = self._records(fresh, reused)
        self._finish(context, pages)
        lap("assemble")
        self.cache.pages = pages
        kept = {str(self.site / record.dest) for record in pages.values()}
        removed = sitefiles.remove_stale(self.site, before, kept)
        records.save(self.cache_path, self.cache)
        lap("save")
        seconds = time.monotonic() - started
        return SiteReport(len(fresh), len(reused), removed, seconds, "incremental", tuple(phases))

    def _render(self, context: Context, todo: list[Any]) -> list[PageRecord]:
        """Each page of `todo` rendered, over the machine's cores or on the Dask cluster
        (`remote`; not under `mkdocs serve`, whose drafts and live edits stay local)."""
        on_cluster = scheduler() and self.serve_url is None
        if not (on_cluster and goes_parallel(len(todo), PARALLEL_PAGES)):
            with use_scheduler(""):  # the context cannot leave this machine: forked workers
                return parallel_map(
                    render, todo, context, "site pages", PARALLEL_PAGES, CHUNK_PAGES, RENEW_WORKER
                )
        files = remote.pack(self.config, context)
        uris = [page.file.src_uri for page in todo]
        done = parallel_map(remote.render_page, uris, files, "site pages", PARALLEL_PAGES)
        return [remote.written(page, result) for page, result in zip(todo, done, strict=True)]

    def _static(self, context: Context) -> None:
        """`on_env`, the static files copied, the theme's and the extra templates built."""
        config = self.config
        context.env = config.plugins.on_env(context.env, config=config, files=context.files)
        context.files.copy_static_files(dirty=False, inclusion=self.inclusion)
        for template in config.theme.static_templates:
            mkdocs_build._build_theme_template(
                template, context.env, context.files, config, context.nav
            )
        for template in config.extra_templates:
            mkdocs_build._build_extra_template(template, context.files, config, context.nav)

    def _records(self, fresh: list[PageRecord], reused: list[Any]) -> dict[str, PageRecord]:
        """Every page's record: the fresh ones with their lookups numbered, the reused ones."""
        for record in fresh:
            record.lookups, record.seen = self.cache.number(record.seen), ()
        pages = {r.src_uri: r for r in fresh}
        for page in reused:
            pages[page.file.src_uri] = self.cache.pages[page.file.src_uri]
        return pages

    def _finish(self, context: Context, pages: dict[str, PageRecord]) -> None:
        """Logs in page order, anchors checked, search index and `on_post_build`."""
        ordered = [pages[f.src_uri] for f in context.doc_files]
        for record in ordered:
            assemble.replay(record.read_logs)
        for record in ordered:
            assemble.replay(record.build_logs)
        for file, record in zip(context.doc_files, ordered, strict=True):
            file.page.title = record.title
            assemble.attach_anchors(file.page, record, context.files)
        level = self.config.validation.links.anchors
        for file in context.doc_files:
            file.page.validate_anchor_links(files=context.files, log_level=level)
        if context.search is not None:
            assemble.assemble_search(context.search, [r.search for r in ordered if r.search])
        self.config.plugins.on_post_build(config=self.config)
