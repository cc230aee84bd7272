"""The Atom feed (RFC 4287) of the newest articles and stories: `docs/feed.xml`.

Owns what the feed holds and its XML. Entries are the `FEED_ARTICLES` newest dated articles
and the `FEED_STORIES` newest dated stories, newest first; an undated article is left out
(its date is never invented, and a feed orders by date). Each entry's `id` is a `urn:uuid`
made from its page path (uuid5), so it stays the same when the site moves; `updated` is the
publication date at midnight UTC. Links name the docs pages (`articles/<slug>.md`): the
MkDocs hook (`generator.mkdocs_hooks.on_post_build`) turns them into absolute URLs from the
site's `site_url` when the site is built, so one committed `docs/` serves any address.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from xml.etree import ElementTree as ET

from generator.model import FEED_PATH, Article, OutputPage
from generator.render.siteindex import SiteIndex
from generator.stories import Story

ATOM = "http://www.w3.org/2005/Atom"
FEED_ARTICLES = 50
FEED_STORIES = 20
_CATEGORY_KINDS = ("companies", "topics")
# Characters XML 1.0 does not allow, which article text may still hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the characters an XML document may not contain."""
    return _NOT_XML.sub("", text)


def entry_id(path: str) -> str:
    """A permanent id for the page at `path` (relative to docs/): `urn:uuid:` + uuid5."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefing:' + path)}"


def _timestamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    clean = {name: xml_text(value) for name, value in attrs.items()}
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", clean)
    if text is not None:
        element.text = xml_text(text)
    return element


def _entry(feed: ET.Element, path: str, title: str, date: dt.date) -> ET.Element:
    entry = _add(feed, "entry")
    _add(entry, "id", entry_id(path))
    _add(entry, "title", title, type="text")
    _add(entry, "updated", _timestamp(date))
    _add(entry, "published", _timestamp(date))
    _add(entry, "link", rel="alternate", type="text/html", href=path)
    return entry


def _article_entry(
    feed: ET.Element, article: Article, date: dt.date, names: dict[str, str]
) -> None:
    entry = _entry(feed, f"articles/{article.slug}.md", article.title, date)
    byline = article.author or article.outlet
    if byline:
        _add(_add(entry, "author"), "name", byline)
    for kind in _CATEGORY_KINDS:
        for slug in article.tagged(kind):
            _add(entry, "category", term=slug, label=names[f"{kind}/{slug}"])
    _add(entry, "summary", article.summary or article.lede, type="text")


def _story_entry(feed: ET.Element, story: Story, date: dt.date, index: SiteIndex) -> None:
    entry = _entry(feed, f"stories/{story.id}.md", f"Story: {story.title}", date)
    languages = sorted({index.article(slug).language for slug in story.members})
    count = len(story.members)
    summary = f"{count} article{'s' if count != 1 else ''} ({', '.join(languages)}): " + "; ".join(
        index.article(s).title for s in story.members[:5]
    )
    _add(entry, "summary", summary, type="text")


def feed_page(index: SiteIndex, names: dict[str, str]) -> OutputPage:
    """`docs/feed.xml`: the newest dated articles and stories as an Atom feed."""
    articles = [(d, a) for a in index.articles if (d := index.shown_date(a))]
    articles.sort(key=lambda pair: (-pair[0].toordinal(), pair[1].slug))
    stories = sorted(
        ((s.date, s) for s in index.stories if s.date),
        key=lambda pair: (-pair[0].toordinal(), pair[1].id),
    )
    items: list[tuple[dt.date, str, Article | Story]] = [
        (d, f"articles/{a.slug}", a) for d, a in articles[:FEED_ARTICLES]
    ]
    items += [(d, f"stories/{s.id}", s) for d, s in stories[:FEED_STORIES]]
    items.sort(key=lambda item: (-item[0].toordinal(), item[1]))
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", entry_id(FEED_PATH))
    _add(feed, "title", "Briefing: newest articles and stories", type="text")
    newest = items[0][0] if items else dt.date(1970, 1, 1)
    _add(feed, "updated", _timestamp(newest))
    _add(_add(feed, "author"), "name", "Briefing")
    _add(feed, "generator", "Briefing")
    _add(feed, "link", rel="self", type="application/atom+xml", href=FEED_PATH)
    _add(feed, "link", rel="alternate", type="text/html", href="index.md")
    for date, _, item in items:
        if isinstance(item, Article):
            _article_entry(feed, item, date, names)
        else:
            _story_entry(feed, item, date, index)
    ET.indent(feed)
    text = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return OutputPage(FEED_PATH, '<?xml version="1.0" encoding="utf-8"?>\n' + text + "\n", "seeds")
