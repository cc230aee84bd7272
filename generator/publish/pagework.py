"""One page through MkDocs' own `_populate_page` and `_build_page`, with what it depended on.

Owns rendering a single page (in a forked worker or in the main process) so that everything the
rest of the build needs comes back as a `PageRecord`: the links it resolved (a `TrackedFiles`
stands in for MkDocs' `Files` and notes each `get_file_from_path`; any other use of the file list
marks the page as depending on all files), whether its template read the list of all pages, the
log messages it raised (captured, to be replayed in page order by the main process and again
whenever the page is reused), its search-index entries (taken back out of Material's search
plugin), and the size and modification time of the HTML file it wrote.
"""

from __future__ import annotations

import json
import logging
import os
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mkdocs.commands.build import _build_page, _populate_page

from generator.publish.fingerprint import lookup_summary
from generator.publish.records import LogLine, Lookup, PageRecord


class TrackedFiles:
    """MkDocs' `Files`, noting which paths a page looked up and whether it read all of them."""

    def __init__(self, files: Any) -> None:
        self._files = files
        self.lookups: dict[str, tuple[str, str, str] | None] = {}
        self.whole = False

    def get_file_from_path(self, path: str) -> Any:
        found = self._files.get_file_from_path(path)
        self.lookups[path] = lookup_summary(found)
        return found

    def __getattr__(self, name: str) -> Any:
        self.whole = True
        return getattr(self._files, name)

    def __iter__(self) -> Iterator[Any]:
        self.whole = True
        return iter(self._files)

    def __len__(self) -> int:
        self.whole = True
        return len(self._files)


class TrackedPages(Sequence[Any]):
    """The `pages` of a template's context, noting whether the template read them.

    A view of the build's list of pages, not a copy: a copy per page costs time in proportion
    to the site (17,000 pages at 10,000 articles), for every page rendered."""

    def __init__(self, pages: Sequence[Any]) -> None:
        self._pages = pages
        self.read = False

    def __getitem__(self, index: Any) -> Any:
        self.read = True
        return self._pages[index]

    def __len__(self) -> int:
        self.read = True
        return len(self._pages)

    def __iter__(self) -> Iterator[Any]:
        self.read = True
        return iter(self._pages)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[LogLine] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def captured_logs() -> Iterator[list[LogLine]]:
    """What the `mkdocs` loggers say inside the block, held back instead of printed."""
    logger = logging.getLogger("mkdocs")
    saved = logger.handlers[:], logger.propagate, logger.level
    capture = _Capture()
    logger.handlers = [capture]
    logger.propagate = False
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield capture.lines
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])


@dataclass
class Populated:
    """What reading and converting a page's Markdown depended on and said."""

    lookups: tuple[Lookup, ...]
    whole: bool
    logs: tuple[LogLine, ...]


@dataclass
class Context:
    """The build's state that every page's render reads; workers inherit it by fork."""

    config: Any
    files: Any
    doc_files: list[Any]
    nav: Any
    env: Any
    search: Any  # Material's SearchIndex, or None
    sources: dict[str, str]
    navigation: str
    files_key: str
    in_nav: frozenset[str] = frozenset()
    populated: dict[str, Populated] = field(default_factory=dict)


def populate(context: Context, page: Any) -> Populated:
    """MkDocs' `_populate_page`, noting the lookups and the log messages."""
    files = TrackedFiles(context.files)
    with captured_logs() as logs:
        _populate_page(page, context.config, files)  # type: ignore[arg-type]
    return Populated(tuple(sorted(files.lookups.items())), files.whole, tuple(logs))


def _links(page: Any) -> dict[str, dict[str, str]] | None:
    links = page.links_to_anchors
    return None if links is None else {f.src_uri: dict(a) for f, a in links.items()}


def render(context: Context, page: Any) -> PageRecord:
    """Populate (unless already done) and build `page`, and say what it took and gave.

    The page's HTML and Markdown are dropped afterwards (its title, frontmatter and table of
    contents stay, for the navigation of pages rendered after it)."""
    uri = page.file.src_uri
    read = context.populated.get(uri) or populate(context, page)
    entries = context.search.entries if context.search is not None else []
    before = len(entries)
    pages = TrackedPages(context.doc_files)
    with captured_logs() as logs:
        _build_page(
            page,
            context.config,
            pages,
            context.nav,
            context.env,
            excluded=page.file.inclusion.is_excluded(),
        )
    search = json.dumps(entries[before:], separators=(",", ":"), default=str)[1:-1]
    del entries[before:]
    dest = page.file.abs_dest_path
    try:
        info = os.stat(dest)
        stat: tuple[int, int] | None = (info.st_size, info.st_mtime_ns)
    except FileNotFoundError:
        stat = None
    anchors = page.present_anchor_ids
    record = PageRecord(
        src_uri=uri,
        source=context.sources[uri],
        navigation=context.navigation,
        lookups=array("I"),
        seen=read.lookups,
        all_files=context.files_key if read.whole or pages.read else None,
        title=page.title,
        meta=page.meta if uri in context.in_nav else {},
        anchors=None if anchors is None else frozenset(anchors),
        links_to_anchors=_links(page),
        search=search,
        read_logs=read.logs,
        build_logs=tuple(logs),
        dest=page.file.dest_uri,
        stat=stat,
    )
    page.title = record.title
    page.content = page.markdown = page.present_anchor_ids = page.links_to_anchors = None
    if uri not in context.in_nav:
        page.meta, page.toc = {}, []
    return record
