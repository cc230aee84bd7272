"""MkDocs hooks (mkdocs.yml `hooks:`): edit links, live regeneration, feed, search worker.

Owns five things MkDocs cannot know: that every page comes from a file in seeds/, so the edit
button opens that file (an article's seed, `seeds/companies/x.md`, ...), never the generated
Markdown; that under `mkdocs serve`, a change in seeds/ must regenerate docs/ before the
site is rebuilt (the generator writes only pages whose bytes change, so the rebuild that its
own writes cause finds nothing to write and the loop ends there); that the Atom feed the
generator writes (`docs/feed.xml`) links to docs pages, which become absolute URLs from
`site_url` in the built site; and that `mkdocs serve` rebuilds with the incremental driver
(`generator.publish`), which renders only the pages a change touches, instead of every page;
and that the site search understands inflected words and the registry's aliases
(`generator/search_worker.py`: each page's entity tags, and the script added to Material's
search worker after the build; in the offline bundle, the sections moved out of the script
every page loads, into one the search worker loads itself).

The driver caches each page's HTML and runs per-page events in worker processes: keep every
per-page event here (`on_page_markdown`, ...) a function of the page alone.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from generator import search_worker
from generator.model import FEED_PATH  # not the render stage: it loads numpy, scipy and more

log = logging.getLogger("mkdocs.plugins.briefing")
_state = {"serving": False}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"
    if command == "serve" and not dirty:
        import mkdocs.commands.serve  # the module whose `build` the server's builder calls

        mkdocs.commands.serve.build = _incremental_build  # type: ignore[attr-defined]


def _incremental_build(config: Any, *, serve_url: str | None = None, dirty: bool = False) -> None:
    """`mkdocs.commands.build.build` for `mkdocs serve`, through the incremental driver."""
    from generator.publish import build_site

    config_dir = Path(config.config_file_path).resolve().parent
    build_site(config, serve_url=serve_url, cache=config_dir / ".briefing-cache" / "serve.pickle")


def _seeds(config: Any) -> Path:
    """`seeds/` next to the docs folder (the repository's, or another one given by
    BRIEFING_DOCS, as the benchmark does)."""
    return Path(config.docs_dir).resolve().parent / "seeds"


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(_seeds(config)))
    return server


def on_pre_build(config: Any) -> None:
    if not _state["serving"]:
        return
    from generator.pipeline import build  # only when serving: it loads the whole generator

    result = build(_seeds(config), Path(config.docs_dir))
    for diagnostic in result.diagnostics:
        log.warning(diagnostic.render())
    report = result.report
    if report is not None and (report.written or report.removed):
        log.info(
            "briefing: regenerated %d pages, removed %d", len(report.written), len(report.removed)
        )


def edit_path(meta: dict[str, Any]) -> str | None:
    """The seed file (or folder) a page comes from, as its frontmatter records it."""
    if isinstance(meta.get("edit"), str):
        return str(meta["edit"])
    source = meta.get("source")
    if isinstance(source, dict) and isinstance(source.get("file"), str):
        return str(source["file"])
    return None


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    tags = search_worker.page_tags(page.meta, page.file.src_uri)
    if tags:
        page.meta["tags"] = tags
    path = edit_path(page.meta)
    repo, edit_uri = config.repo_url, config.edit_uri
    if path and repo and edit_uri:
        if "." not in path.rsplit("/", 1)[-1]:  # a folder: show it rather than edit it
            edit_uri = edit_uri.replace("edit/", "tree/", 1)
        page.edit_url = urljoin(repo.rstrip("/") + "/", edit_uri + path)
    return markdown


_HREF = re.compile(r'href="([^"]*)"')


def absolute_feed(text: str, config: Any) -> str:
    """The feed the generator wrote, its links (docs paths such as `articles/x.md`) turned
    into the built site's URLs, absolute from `site_url` when one is set."""
    base = config.site_url or ""

    def url(match: re.Match[str]) -> str:
        path = match.group(1)
        if path.endswith(".md"):
            path = File(path, config.docs_dir, config.site_dir, config.use_directory_urls).url
        return f'href="{urljoin(base, path)}"'

    return _HREF.sub(url, text)


@event_priority(-200)  # after Material's offline plugin (-100) has written its search index
def on_post_build(config: Any) -> None:
    feed = Path(config.site_dir) / FEED_PATH
    if feed.is_file():
        feed.write_text(absolute_feed(feed.read_text("utf-8"), config), "utf-8")
    registry = search_worker.Registry.read(Path(config.docs_dir))
    shards = search_worker.Shards.from_environment()
    search_worker.install(config.theme.dirs, Path(config.site_dir), registry, shards)
    search_worker.split_offline_index(Path(config.site_dir), shards)
