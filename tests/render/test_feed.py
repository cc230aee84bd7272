"""The Atom feed (docs/feed.xml): parsed by a feed reader's parser, valid Atom, newest first,
and absolute links from site_url in the built site."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser

from generator.pipeline import generate
from generator.render import build_index
from generator.render.feed import ATOM, FEED_ARTICLES, feed_page
from generator.render.site import context
from generator.stories import group_stories

ROOT = Path(__file__).resolve().parents[2]
NS = {"a": ATOM}


def _feed(articles, stories=None):
    from generator.read import build_registry, read_seeds

    tree = read_seeds(ROOT / "seeds")
    registry, _ = build_registry(list(tree.registry_files))
    stories = group_stories(articles, []) if stories is None else stories
    index = build_index(articles, registry, stories)
    return feed_page(index, context(index, "")["names"]).text


def test_feed_parses_as_atom_with_the_newest_articles_and_the_story():
    parsed = feedparser.parse((ROOT / "docs" / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [e.title for e in parsed.entries]
    # two dated articles, two whose date is inferred from their story, and the story (one
    # day: articles/... before stories/...); the undated article 004 is left out
    assert titles[0] == "Kinas plan: Slå ut Nvidia med egna chip"
    assert titles[-1] == "Story: China plans to triple its AI-chip output"
    assert len(parsed.entries) == 5
    assert "004_3343934f692751c8" not in str(parsed.entries)
    first = parsed.entries[0]
    assert first.link == "articles/000_84dcf3ed1279d9ad.md"
    assert first.updated == "2025-08-27T00:00:00Z"
    assert first.id.startswith("urn:uuid:")
    assert {t.term for t in first.tags} >= {"huawei", "smic", "export-controls"}
    assert first.summary.startswith("USA stoppar Kina")


def test_feed_has_what_atom_requires_and_unique_ids():
    root = ET.fromstring((ROOT / "docs" / "feed.xml").read_bytes())
    assert root.tag == f"{{{ATOM}}}feed"
    for element in [root, *root.findall("a:entry", NS)]:
        for required in ("id", "title", "updated"):
            assert element.find(f"a:{required}", NS) is not None, (element, required)
    assert root.find("a:author/a:name", NS) is not None
    ids = [e.findtext("a:id", namespaces=NS) for e in root.findall("a:entry", NS)]
    assert len(ids) == len(set(ids))
    updated = [e.findtext("a:updated", namespaces=NS) for e in root.findall("a:entry", NS)]
    assert updated == sorted(updated, reverse=True)


def test_feed_keeps_the_newest_dated_articles_leaves_out_undated_and_strips_bad_xml():
    articles, _, _, _ = generate(ROOT / "seeds")
    template = articles[0]
    many = [
        dataclasses.replace(
            template,
            slug=f"a{n:03d}",
            title=f"Headline {n}\x0b with a control character",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
            story=None,
        )
        for n in range(FEED_ARTICLES + 5)
    ]
    undated = dataclasses.replace(template, slug="zz-undated", date=None, story=None)
    ordered = [*sorted(many, key=lambda a: (-a.date.toordinal(), a.slug)), undated]
    text = _feed(ordered)
    parsed = feedparser.parse(text.encode("utf-8"))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    links = [e.link for e in parsed.entries]
    slugs = [link[9:-3] for link in links if link.startswith("articles/")]
    assert slugs == [f"a{n:03d}" for n in range(FEED_ARTICLES + 4, 4, -1)]
    assert parsed.entries[0].title == f"Headline {FEED_ARTICLES + 4} with a control character"
    assert text == _feed(ordered)
