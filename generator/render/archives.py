"""The chronological lists: the stories index, the articles index, the timeline, and their
monthly pages.

Owns how these stay usable at thousands of articles: each index shows the newest items
(`LATEST_STORY_ROWS` stories, `LATEST_ARTICLES` articles), the timeline a bounded number of
articles per month and of claims per period, and every month has a page with all of its
stories (`story-archive/<yyyy-mm>.md`) and of its articles (`archive/<yyyy-mm>.md`). None of
these pages is searched: everything they list is found on its own page.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Any

from generator.model import Article, OutputPage
from generator.render.charts import timeline_charts
from generator.render.charts_text import embed
from generator.render.formatting import month_label
from generator.render.site import context, page
from generator.render.siteindex import ClaimView, SiteIndex
from generator.render.templates import render
from generator.stories import Story

LATEST_ARTICLES = 100
MAX_PER_MONTH = 30  # articles a month on the timeline; the archive page has them all
MAX_PER_PERIOD = 30  # claims a period (2026, 2025-H1, 2025-12) on the timeline
LATEST_STORY_ROWS = 100  # stories on the stories index; older ones are in its monthly pages


def languages_of(index: SiteIndex) -> dict[str, list[str]]:
    return {s.id: sorted({index.article(m).language for m in s.members}) for s in index.stories}


def _archive_name(date: dt.date | None) -> str:
    return date.strftime("%Y-%m") if date else "undated"


def _months(index: SiteIndex) -> list[tuple[dt.date | None, list[Article]]]:
    """Articles by the month of their (possibly inferred) date, newest first, undated last."""

    def month(a: Article) -> dt.date | None:
        shown = index.shown_date(a)
        return shown.replace(day=1) if shown else None

    ordered = sorted(
        index.articles,
        key=lambda a: (
            -(month(a) or dt.date.min).toordinal(),
            -(index.shown_date(a) or dt.date.min).toordinal(),
            a.slug,
        ),
    )
    return [(m, list(group)) for m, group in groupby(ordered, key=month)]


def timeline(index: SiteIndex, base: dict[str, Any]) -> OutputPage:
    anchored = [(anchor, v) for v in index.claims if (anchor := _anchor(v)) is not None]
    anchored.sort(
        key=lambda av: (av[0], av[1].claim.end or dt.date.max, av[1].article, av[1].claim.line)
    )
    claim_years = [
        (year, *_capped([v for _, v in group]))
        for year, group in groupby(anchored, key=lambda av: av[0].year)
    ]
    unresolved = [v for v in index.claims if _anchor(v) is None]
    months = _months(index)
    body = render(
        "timeline.md.j2",
        **base,
        claim_years=claim_years,
        unresolved=unresolved[:MAX_PER_PERIOD],
        more_unresolved=len(unresolved[MAX_PER_PERIOD:]),
        months=[(month_label(m), arts) for m, arts in months if m],
        undated=next((arts for m, arts in months if m is None), []),
        archive_of={month_label(m): _archive_name(m) for m, _ in months if m},
        max_per_month=MAX_PER_MONTH,
        charts=embed(timeline_charts(index), "../"),
    )
    return page("timeline/index.md", "Timeline", body, "seeds/articles", False)


def _anchor(view: ClaimView) -> dt.date | None:
    """Where a claim stands on the timeline: its start, or the end of an open `until`
    interval; None for an unresolved or a fiscal one."""
    return view.claim.start or view.claim.end


def _capped(views: list[ClaimView]) -> tuple[list[ClaimView], list[tuple[str, int]]]:
    """At most `MAX_PER_PERIOD` claims for each period, and how many more each period has."""
    shown: list[ClaimView] = []
    hidden: list[tuple[str, int]] = []
    for when, group in groupby(views, key=lambda v: v.claim.when or ""):
        claims = list(group)
        shown += claims[:MAX_PER_PERIOD]
        if len(claims) > MAX_PER_PERIOD:
            hidden.append((when, len(claims) - MAX_PER_PERIOD))
    return shown, hidden


def _story_list(
    base: dict[str, Any],
    heading: str,
    intro: str,
    stories: list[Story],
    languages: dict[str, list[str]],
    months: list[tuple[str, str, int]] | None = None,
) -> str:
    return render(
        "stories.md.j2",
        **base,
        heading=heading,
        intro=intro,
        stories=stories,
        languages=languages,
        months=months or [],
    )


def story_lists(index: SiteIndex, base: dict[str, Any]) -> list[OutputPage]:
    """The stories index (the newest stories) and, when there are more, one page per month."""
    languages = languages_of(index)
    latest = list(index.stories[:LATEST_STORY_ROWS])
    if len(latest) == len(index.stories):
        intro = f"{len(index.stories)} stories from {len(index.articles)} articles."
        body = _story_list(base, "Stories", intro, latest, languages)
        return [page("stories/index.md", "Stories", body, "seeds/stories", False)]
    by_month = [
        (month_label(m) if m else "Undated", _archive_name(m), list(group))
        for m, group in groupby(
            index.stories, key=lambda s: s.date.replace(day=1) if s.date else None
        )
    ]
    intro = (
        f"{len(index.stories)} stories from {len(index.articles)} articles; the newest "
        f"{len(latest)} here, older ones by month below."
    )
    months = [(label, name, len(group)) for label, name, group in by_month]
    body = _story_list(base, "Stories", intro, latest, languages, months)
    pages = [page("stories/index.md", "Stories", body, "seeds/stories", False)]
    for label, name, group in by_month:
        body = _story_list(base, f"Stories: {label}", f"{len(group)} stories.", group, languages)
        pages.append(
            page(f"story-archive/{name}.md", f"Stories: {label}", body, "seeds/stories", False)
        )
    return pages


def article_lists(index: SiteIndex) -> list[OutputPage]:
    months = _months(index)
    archives = [
        (month_label(m) if m else "Undated", _archive_name(m), len(arts)) for m, arts in months
    ]
    latest = [a for _, arts in months for a in arts][:LATEST_ARTICLES]
    intro = (
        f"The newest {len(latest)} of {len(index.articles)} articles; older ones are in "
        "the monthly archive below."
        if len(latest) < len(index.articles)
        else f"All {len(index.articles)} articles, newest first."
        if index.articles
        else "No articles yet: `briefing add` adds them to seeds/articles/."
    )
    base = context(index, "../")
    pages = [
        page(
            "articles/index.md",
            "Articles",
            render(
                "articles.md.j2",
                **base,
                heading="Articles",
                intro=intro,
                articles=latest,
                archives=archives,
            ),
            "seeds/articles",
            False,
        )
    ]
    for (label, name, _), (_, arts) in zip(archives, months, strict=True):
        body = render(
            "articles.md.j2",
            **base,
            heading=f"Articles: {label}",
            archives=[],
            intro=f"{len(arts)} articles.",
            articles=arts,
        )
        pages.append(
            page(f"archive/{name}.md", f"Articles: {label}", body, "seeds/articles", False)
        )
    return pages
