"""What reused pages give back to the build from their records, and the search index.

Owns putting a record's title, frontmatter, anchors and links to anchors back on MkDocs' page
objects (the navigation, the sitemap and the anchor checks read them there), replaying the log
messages a page raised when it was rendered, and having Material's search plugin write the
index of every page's JSON part.
"""

from __future__ import annotations

import logging
from typing import Any

from material.plugins.search.plugin import SearchPlugin

from generator.publish.records import LogLine, PageRecord


def search_index(config: Any) -> Any:
    """Material's `SearchIndex` of this build, or None if the search plugin is off."""
    plugin = next((p for p in config.plugins.values() if isinstance(p, SearchPlugin)), None)
    if plugin is None or not plugin.config.enabled:
        return None
    return plugin.search_index


def restore(page: Any, record: PageRecord) -> None:
    """A reused page's title and (if kept) frontmatter, as rendering it would have set them."""
    page.title = record.title
    if record.meta:
        page.meta = record.meta


def attach_anchors(page: Any, record: PageRecord, files: Any) -> None:
    """The page's anchors and links to anchors, for MkDocs' `validate_anchor_links`."""
    page.present_anchor_ids = None if record.anchors is None else set(record.anchors)
    links = record.links_to_anchors
    if links is None:
        page.links_to_anchors = None
        return
    page.links_to_anchors = {files.get_file_from_path(uri): dict(a) for uri, a in links.items()}


def assemble_search(index: Any, parts: list[str]) -> None:
    """Have Material's search plugin write the index of these per-page JSON parts.

    Its `generate_search_index` is `json.dumps` of `{"config": ..., "docs": entries}`; the
    entries' JSON is the pages' parts joined by commas, so the bytes are the same."""
    index.entries = []
    empty = type(index).generate_search_index(index, None)
    assert empty.endswith('"docs":[]}')
    whole = empty[: -len("[]}")] + "[" + ",".join(parts) + "]}"
    index.generate_search_index = lambda previous: whole


def replay(lines: tuple[LogLine, ...]) -> None:
    """Log again what a page said when it was rendered, through the same loggers."""
    for name, level, message in lines:
        logging.getLogger(name).log(level, message)
