"""The site index: everything the index pages need, computed once from the articles.

Owns the inferred dates (an undated article in a dated story takes the story's date, marked
as inferred and never written back as its own), the claim views (relative claims of such an
article resolved against that date, marked inferred), and the per-entity and per-topic
statistics: mentions, first and last seen, stories, top topics, co-mentioned companies.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from generator.enrich import find_claims
from generator.model import Article, DatedClaim, NameSuggestion, Registry
from generator.stories import Story


@dataclass(frozen=True)
class ClaimView:
    """A dated claim as the site shows it: resolved, or resolved against an inferred date."""

    article: str
    claim: DatedClaim
    inferred: bool


@dataclass(frozen=True)
class Subject:
    """A company, person, place, medium or topic with what the corpus says about it."""

    collection: str
    slug: str
    name: str
    articles: tuple[str, ...]  # site order
    stories: tuple[str, ...]
    first_seen: dt.date | None
    last_seen: dt.date | None
    top_topics: tuple[tuple[str, int], ...]
    companions: tuple[tuple[str, int], ...]  # co-mentioned companies with counts


@dataclass(frozen=True)
class SiteIndex:
    articles: tuple[Article, ...]
    registry: Registry
    stories: tuple[Story, ...]
    story_of: dict[str, str]
    inferred_date: dict[str, dt.date]
    claims: tuple[ClaimView, ...]
    subjects: dict[tuple[str, str], Subject] = field(default_factory=dict)
    by_slug: dict[str, Article] = field(default_factory=dict)
    claims_by_article: dict[str, tuple[ClaimView, ...]] = field(default_factory=dict)
    story_by_id: dict[str, Story] = field(default_factory=dict)
    suggestions: tuple[NameSuggestion, ...] = ()  # names proposed for the registry, ranked

    def article(self, slug: str) -> Article:
        return self.by_slug[slug]

    def claims_of(self, slug: str) -> tuple[ClaimView, ...]:
        return self.claims_by_article.get(slug, ())

    def story(self, story_id: str) -> Story:
        return self.story_by_id[story_id]

    def shown_date(self, article: Article) -> dt.date | None:
        return article.date or self.inferred_date.get(article.slug)

    def scoped(self, slugs: Sequence[str], story_ids: Sequence[str]) -> SiteIndex:
        """This index cut down to the articles `slugs` and the stories `story_ids`: all that
        a page rendered from it can read (the registry stays whole; no subjects)."""
        articles = tuple(self.by_slug[slug] for slug in slugs)
        stories = tuple(self.story_by_id[story] for story in story_ids)
        claims = {slug: self.claims_of(slug) for slug in slugs}
        return SiteIndex(
            articles,
            self.registry,
            stories,
            {slug: self.story_of[slug] for slug in slugs if slug in self.story_of},
            {slug: self.inferred_date[slug] for slug in slugs if slug in self.inferred_date},
            tuple(view for views in claims.values() for view in views),
            by_slug={article.slug: article for article in articles},
            claims_by_article=claims,
            story_by_id={story.id: story for story in stories},
        )


def _claim_views(article: Article, inferred: dt.date | None) -> list[ClaimView]:
    views = []
    for claim in article.claims:
        if claim.when is None and inferred is not None:
            resolved = find_claims(claim.phrase, article.language, inferred, claim.line)
            if resolved and resolved[0].when is not None:
                again = resolved[0]
                claim = replace(claim, when=again.when, start=again.start, end=again.end)
                if again.end is not None and again.end < inferred:
                    claim = replace(claim, modality="reported")  # over by the story's date
                views.append(ClaimView(article.slug, claim, True))
                continue
        views.append(ClaimView(article.slug, claim, False))
    return views


def _subject(
    collection: str,
    slug: str,
    name: str,
    index: SiteIndex,
    mine: list[Article],
    tags: dict[str, dict[str, tuple[str, ...]]],
) -> Subject:
    """`tags` holds each article's tags by kind (a common subject is in thousands of them)."""
    dates = sorted(d for a in mine if (d := index.shown_date(a)))
    topics = Counter(t for a in mine for t in tags[a.slug].get("topics", ()))
    companions = Counter(c for a in mine for c in tags[a.slug].get("companies", ()) if c != slug)
    return Subject(
        collection,
        slug,
        name,
        articles=tuple(a.slug for a in mine),
        stories=tuple(dict.fromkeys(index.story_of[a.slug] for a in mine)),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        top_topics=tuple(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:3]),
        companions=tuple(sorted(companions.items(), key=lambda kv: (-kv[1], kv[0]))[:8]),
    )


def build_index(articles: list[Article], registry: Registry, stories: list[Story]) -> SiteIndex:
    by_slug = {a.slug: a for a in articles}
    story_of = {slug: story.id for story in stories for slug in story.members}
    inferred = {
        slug: story.date
        for story in stories
        if story.date
        for slug in story.members
        if by_slug[slug].date is None
    }
    claims_by_article = {a.slug: tuple(_claim_views(a, inferred.get(a.slug))) for a in articles}
    claims = tuple(v for a in articles for v in claims_by_article[a.slug])
    index = SiteIndex(
        tuple(articles),
        registry,
        tuple(stories),
        story_of,
        inferred,
        claims,
        by_slug=by_slug,
        claims_by_article=claims_by_article,
        story_by_id={s.id: s for s in stories},
    )
    tagged: dict[tuple[str, str], list[Article]] = {}
    for article in articles:
        for collection, slugs in article.tags:
            for slug in slugs:
                tagged.setdefault((collection, slug), []).append(article)
    names = [(e.collection, e.slug, e.name) for e in registry.entities]
    names += [("topics", t.slug, t.name) for t in registry.topics]
    tags = {article.slug: dict(article.tags) for article in articles}
    subjects = {
        (collection, slug): _subject(
            collection, slug, name, index, tagged.get((collection, slug), []), tags
        )
        for collection, slug, name in names
    }
    return replace(index, subjects=subjects)
