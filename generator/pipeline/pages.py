"""The site's pages from the enriched articles: stories, the site index, detail pages (kept
from the last build where their inputs are unchanged), list pages and charts.

Owns the order of the rendering steps, the second pass without an article whose page cannot
be rendered, and which files a failed page leaves in docs/ as they are (`keep`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from generator.model import Article, Diagnostic, NameSuggestion, OutputPage, Registry
from generator.read import SeedTree
from generator.render import (
    Kept,
    PageFailure,
    SiteIndex,
    build_index,
    chart_pages,
    detail_pages,
    every_chart,
    hand_written,
    list_pages,
)
from generator.stories import group_stories, read_story_files
from generator.stories.grouping import StoryFile
from generator.write import ChartCache, PageCache


class Laps(Protocol):
    """Where each step's time goes (`generate.Stopwatch`)."""

    def lap(self, stage: str) -> None: ...


Made = tuple[list[Article], list[OutputPage], list[Diagnostic], set[str]]


@dataclass
class _Detail:
    """The detail pages' pass: the index and articles it ended with, pages, failures and
    the charts."""

    index: SiteIndex
    articles: list[Article]
    pages: list[OutputPage]
    failures: list[PageFailure]
    unrendered: set[str]
    charts: tuple[list[OutputPage], list[Diagnostic]]


def site_pages(
    tree: SeedTree,
    registry: Registry,
    articles: list[Article],
    diagnostics: list[Diagnostic],
    watch: Laps,
    caches: tuple[ChartCache, PageCache | None],
    suggestions: tuple[NameSuggestion, ...] = (),
) -> Made:
    """Every page, the articles shown, the diagnostics, and the docs/ pages to keep as they
    are (those of seeds that failed); `suggestions` the names proposed for the registry."""
    story_files, story_problems = read_story_files(
        list(tree.story_files), {a.slug for a in articles} | set(tree.failed)
    )
    diagnostics.extend(story_problems)
    keep = set(tree.failed_pages) | {f"stories/{f.slug}.md" for f in tree.story_files}
    keep -= {f"stories/{s.id}.md" for s in story_files}
    made = _detail_passes(articles, registry, story_files, diagnostics, watch, caches)
    made.index = replace(made.index, suggestions=suggestions)
    diagnostics.extend(f.diagnostic for f in made.failures if not f.article)
    keep |= {f.path for f in made.failures}
    lists, failed_lists = list_pages(made.index, tree.home_brief)
    diagnostics.extend(f.diagnostic for f in failed_lists)
    keep |= {path for f in failed_lists for path in f.paths}
    pages = made.pages + lists + hand_written(tree.pages)
    watch.lap("list pages")
    charts, chart_problems = made.charts
    diagnostics.extend(chart_problems)
    keep |= {d.location.file.removeprefix("docs/") for d in chart_problems}
    keep |= {f"articles/{slug}.md" for slug in tree.failed | made.unrendered}
    return made.articles, pages + charts, diagnostics, keep


def _detail_passes(
    articles: list[Article],
    registry: Registry,
    story_files: list[StoryFile],
    diagnostics: list[Diagnostic],
    watch: Laps,
    caches: tuple[ChartCache, PageCache | None],
) -> _Detail:
    """Stories, index, charts and detail pages; an article whose page cannot be rendered is
    left out like an unreadable one, and the site is rendered again without it (a rare
    pass). The charts are drawn before the detail pages are rendered: their workers then
    fork from a parent that does not yet hold seventeen thousand pages (at ten thousand
    articles the peak memory of the build was the chart workers' on top of those)."""
    unrendered: set[str] = set()
    while True:
        stories = group_stories(articles, story_files)
        watch.lap("stories")
        index = build_index(articles, registry, stories)
        watch.lap("index")
        charts = _charts(index, caches[0])
        watch.lap("charts")
        pages, failures = _detail(index, caches[1])
        watch.lap("detail pages")
        broken = {f.article for f in failures if f.article} - unrendered
        diagnostics.extend(f.diagnostic for f in failures if f.article in broken)
        if not broken:
            return _Detail(index, articles, pages, failures, unrendered, charts)
        unrendered |= broken
        articles = [a for a in articles if a.slug not in unrendered]


def _detail(
    index: SiteIndex, cache: PageCache | None
) -> tuple[list[OutputPage], list[PageFailure]]:
    """The detail pages, those whose inputs are as in the last build read back from docs/
    (rendered after all if their file there is not as written)."""
    previous = cache.keys() if cache else {}
    while True:
        made = detail_pages(
            index, previous, cache.salt if cache else "", cache.articles if cache else {}
        )
        kept = [page for page in made.pages if isinstance(page, Kept)]
        texts = cache.texts(kept) if cache else {}
        missing = {page.path for page in kept if page.path not in texts}
        if not missing:
            break
        previous = {path: key for path, key in previous.items() if path not in missing}
    pages = [
        OutputPage(p.path, texts[p.path], p.source) if isinstance(p, Kept) else p
        for p in made.pages
    ]
    if cache:
        cache.remember(pages, made.keys)
    return pages, made.failures


def _charts(index: SiteIndex, cache: ChartCache) -> tuple[list[OutputPage], list[Diagnostic]]:
    """The chart files, drawn again only where their data changed, and the charts that
    could not be drawn."""
    every = every_chart(index)
    charts, problems = chart_pages(every, cache.drawn([(c.path, c) for c in every]))
    by_path = {chart.path: chart for chart in every}
    for chart_page in charts:
        cache.put(by_path[chart_page.path], chart_page.text)
    return charts, problems
