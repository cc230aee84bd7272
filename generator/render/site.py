"""Rendering the site's pages from the site index: article, story, entity and topic pages.

Owns page paths (`articles/<slug>.md`, `stories/<id>.md`, `<collection>/<slug>.md`), the
context every template gets (`root`, `names`, `collection_of`, `index`) and what each page is
computed from. The index pages (home, lists, timeline, archive) are in `listings`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.model import Article, Entity, OutputPage, Topic
from generator.render.charts import subject_charts
from generator.render.charts_text import embed
from generator.render.ledger import ledger
from generator.render.links import Links
from generator.render.pages import article_meta, dump_frontmatter, html_text
from generator.render.provenance import Anchors, article_body
from generator.render.siteindex import SiteIndex
from generator.render.storyview import story_view
from generator.render.templates import render
from generator.stories import Story

ENTITY_PAGES = {
    "companies": "company",
    "organizations": "organisation",
    "people": "person",
    "places": "place",
    "media": "medium",
}
DISAGREEING = {
    "dates": "sources give different dates",
    "figures": "sources give different values",
    "timing": "vague against specific timing",
}
MAX_STORIES = 50
MAX_ROWS = 50  # figures or claims listed on an entity page (the newest articles' first)
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`()\[\]{}|\\^]+$")


def safe_url(url: str | None) -> str | None:
    """A URL from untrusted text, if it is a plain http(s) address safe to link to."""
    return url if url and _SAFE_URL.match(url) else None


def newest(index: SiteIndex) -> dt.date | None:
    """The newest article's date: what a page without JavaScript counts claims from."""
    return max((a.date for a in index.articles if a.date), default=None)


def context(index: SiteIndex, root: str) -> dict[str, Any]:
    names = {f"{e.collection}/{e.slug}": e.name for e in index.registry.entities}
    names.update({f"topics/{t.slug}": t.name for t in index.registry.topics})
    collection_of = {
        e.slug: e.collection
        for e in reversed(index.registry.entities)
        if e.collection in ("companies", "people")
    }
    return {
        "index": index,
        "root": root,
        "names": names,
        "collection_of": collection_of,
        "max_stories": MAX_STORIES,
        "link": Links(index, root, names, collection_of, newest(index)),
    }


def page(
    path: str,
    title: str,
    body: str,
    source: str,
    searched: bool = True,
    extra: dict[str, object] | None = None,
) -> OutputPage:
    """A generated page; `edit` names the seed file (or folder) that its edit button opens.

    A list page (`searched=False`) is left out of the search index: everything it lists is
    found on its own page, and indexing it again would multiply the index's size. `extra`
    adds frontmatter keys after those.
    """
    meta: dict[str, object] = {"title": html_text(title), "edit": source}
    meta.update(extra or {})
    if not searched:
        meta["search"] = {"exclude": True}
    return OutputPage(path, dump_frontmatter(meta) + "\n" + body, source)


def article_page(state: tuple[SiteIndex, dict[str, Any]], article: Article) -> OutputPage:
    index, base = state
    story_id = index.story_of.get(article.slug)
    body = render(
        "article.md.j2",
        **{key: value for key, value in base.items() if key != "link"},
        article=article,
        story=index.story(story_id) if story_id else None,
        claims=index.claims_of(article.slug),
        safe_url=safe_url(article.url),
        cite=Anchors.of(article),
        body=article_body(article),
        link=base["link"].as_of_page(index.shown_date(article), "the article's date"),
    )
    text = dump_frontmatter(article_meta(article, story_id)) + "\n" + body
    return OutputPage(f"articles/{article.slug}.md", text, article.source_file)


def story_page(state: tuple[SiteIndex, dict[str, Any]], story: Story) -> OutputPage:
    index, base = state
    view = story_view(story, index)
    body = render("story.md.j2", **base, story=story, view=view, disagreement_kinds=DISAGREEING)
    source = story.source or index.article(story.members[0]).source_file
    return page(f"stories/{story.id}.md", story.title, body, source)


def entity_page(entity: Entity, index: SiteIndex, base: dict[str, Any]) -> OutputPage:
    subject = index.subjects[(entity.collection, entity.slug)]
    mine = [index.article(slug) for slug in subject.articles]
    about = [(a, f) for a in mine for f in a.figures if entity.slug in f.about]
    figures = ledger(about[:MAX_ROWS])  # the newest articles' figures
    claims = [(a, v) for a in mine for v in index.claims_of(a.slug) if entity.slug in v.claim.about]
    body = render(
        "entity.md.j2",
        **{key: value for key, value in base.items() if key != "link"},
        link=base["link"].as_of_page(subject.last_seen, "its newest article"),
        entity=entity,
        subject=subject,
        figures=figures,
        claims=claims[:MAX_ROWS],
        more_figures=len(about) - len(about[:MAX_ROWS]),
        more_claims=len(claims) - len(claims[:MAX_ROWS]),
        singular=ENTITY_PAGES[entity.collection],
        charts=embed(subject_charts(index, subject), "../"),
        safe_website=safe_url(dict(entity.attributes).get("website")),
    )
    # The search worker reads these: every alias is a query for the entity (search_worker.py)
    names: dict[str, object] = {"aliases": list(entity.aliases)}
    if entity.case_sensitive:
        names["case_sensitive"] = True
    path = f"{entity.collection}/{entity.slug}.md"
    return page(path, entity.name, body, entity.source, extra=names)


def topic_page(topic: Topic, index: SiteIndex, base: dict[str, Any]) -> OutputPage:
    subject = index.subjects[("topics", topic.slug)]
    charts = embed(subject_charts(index, subject), "../")
    body = render("topic.md.j2", **base, topic=topic, subject=subject, charts=charts)
    return page(f"topics/{topic.slug}.md", topic.name, body, topic.source)
