"""Reading an RSS or Atom feed for `generator add`: one article per entry, with feedparser.

Owns what an entry gives: its title, link, date (published, else updated), author, its
`<source>`'s title or else the feed's as outlet (else the link's domain), and its text from
the entry's content, else its summary, as paragraphs (an HTML fragment is split at its block
elements).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import feedparser

from generator.read.html import fragment_paragraphs

FEED_SUFFIXES = (".xml", ".rss", ".atom")
_FEED_START = re.compile(rb"<\s*(?:rss|feed|rdf:RDF)\b", re.I)


class FeedError(Exception):
    """The feed could not be read; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One feed entry as an article: `number` is its 1-based place in the feed."""

    number: int
    title: str | None
    url: str | None
    date: dt.date | None
    author: str | None
    outlet: str | None
    paragraphs: tuple[str, ...]


def looks_like_feed(data: bytes) -> bool:
    """True if the first 4 KiB hold an `<rss>`, `<feed>` or `<rdf:RDF>` element."""
    return _FEED_START.search(data[:4096]) is not None


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _source(entry: Any) -> str | None:
    """The outlet an aggregator's entry names in its `<source>` element, if any."""
    source = entry.get("source") or {}
    title = str(source.get("title", "") or "").strip() if hasattr(source, "get") else ""
    return title or None


def _text(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary", "") or "")


def read_feed(data: bytes) -> tuple[Entry, ...]:
    """The entries of the RSS or Atom feed in `data`; raises `FeedError` when it is not a
    feed or is too broken to give any entry."""
    if not looks_like_feed(data):
        raise FeedError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if parsed.get("bozo") and reason else ""
        raise FeedError(f"broken feed, no entries could be read{detail}")
    outlet = str(parsed.feed.get("title", "") or "").strip() or None
    entries = []
    for number, entry in enumerate(parsed.entries, start=1):
        title = " ".join(str(entry.get("title", "") or "").split()) or None
        author = " ".join(str(entry.get("author", "") or "").split()) or None
        entries.append(
            Entry(
                number,
                title,
                str(entry.get("link", "") or "").strip() or None,
                _date(entry),
                author,
                _source(entry) or outlet,
                fragment_paragraphs(_text(entry)),
            )
        )
    return tuple(entries)
