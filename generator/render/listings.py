"""The site's list pages: home, companies (people, places, media) and topics, the static
assets and hand-written pages, and the list of every page that is not an article, story,
entity or topic page. The chronological lists (stories, articles, timeline) are in
`archives`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from generator.model import FEED_PATH, Diagnostic, OutputPage, internal_error
from generator.render.archives import article_lists, languages_of, story_lists, timeline
from generator.render.charts import companies_charts, home_charts
from generator.render.charts_text import embed
from generator.render.exports import exports
from generator.render.feed import feed_page
from generator.render.site import ENTITY_PAGES, context, page
from generator.render.siteindex import SiteIndex
from generator.render.templates import TEMPLATE_DIR, render

Maker = Callable[[], list[OutputPage]]
LATEST_STORIES = 10
TOP_COMPANIES = 10
COMING_CLAIMS = 12
_HEADINGS = {
    "companies": ("Companies", "Company"),
    "organizations": ("Organisations", "Organisation"),
    "people": ("People", "Person"),
    "places": ("Places", "Place"),
    "media": ("Media", "Medium"),
}


def home(index: SiteIndex, base: dict[str, Any], brief: str) -> OutputPage:
    companies = sorted(
        (s for (c, _), s in index.subjects.items() if c == "companies" and s.articles),
        key=lambda s: (-len(s.articles), s.slug),
    )
    dates = [a.date for a in index.articles if a.date]
    coming_from = max(dates).strftime("%Y-%m") if dates else None
    coming = sorted(
        (
            v
            for v in index.claims
            if v.claim.modality == "planned"
            and v.claim.start
            and coming_from
            and v.claim.start.strftime("%Y-%m") >= coming_from
        ),
        key=lambda v: (v.claim.start, v.article, v.claim.line),
    )[:COMING_CLAIMS]
    languages = Counter(a.language for a in index.articles)
    body = render(
        "home.md.j2",
        **base,
        brief=brief.strip(),
        stories=index.stories[:LATEST_STORIES],
        languages=languages_of(index),
        companies=companies[:TOP_COMPANIES],
        coming=coming,
        coming_from=coming_from,
        outlets=len({a.outlet for a in index.articles if a.outlet}),
        language_counts=sorted(languages.items(), key=lambda kv: (-kv[1], kv[0])),
        charts=embed(home_charts(index), ""),
    )
    return page("index.md", "Briefing", body, "seeds/index.md")


def _subject_list(index: SiteIndex, base: dict[str, Any], collection: str) -> list[OutputPage]:
    """`companies/index.md` (people, places, media, topics): most mentioned first."""
    heading, column = _HEADINGS.get(collection, ("Topics", "Topic"))
    subjects = sorted(
        (s for (c, _), s in index.subjects.items() if c == collection),
        key=lambda s: (-len(s.articles), s.name.casefold(), s.slug),
    )
    intro = (
        f"{len(subjects)} {heading.lower()} in the registry, most mentioned first."
        if subjects
        else f"No {heading.lower()} in the registry yet: `briefing accept` adds "
        f"the names `suggest` proposes, `new` any other (files in seeds/{collection}/)."
    )
    charts = embed(companies_charts(index), "../") if collection == "companies" else ""
    body = render(
        "subjects.md.j2",
        **base,
        heading=heading,
        column=column,
        intro=intro,
        subjects=subjects,
        charts=charts,
    )
    return [page(f"{collection}/index.md", heading, body, f"seeds/{collection}", False)]


def assets() -> list[OutputPage]:
    """Static files from site_templates/assets/, copied to docs/assets/."""
    folder = TEMPLATE_DIR / "assets"
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return [
        OutputPage(
            f"assets/{name}", (folder / name).read_text("utf-8"), f"site_templates/assets/{name}"
        )
        for name in names
    ]


def hand_written(pages: tuple[tuple[str, str, str], ...]) -> list[OutputPage]:
    """Pages people write in seeds/pages/, published as they are (titled by their heading)."""
    made = []
    for name, text, source in pages:
        title = next(
            (line[2:].strip() for line in text.splitlines() if line.startswith("# ")),
            name.removesuffix(".md"),
        )
        made.append(page(name, title, text, source))
    return made


@dataclass(frozen=True)
class ListFailure:
    """A group of list pages that could not be rendered: the docs/ paths it writes (a path
    ending in `/` stands for every page under it), which keep their last good version, and
    the diagnostic naming the input it is made from."""

    paths: tuple[str, ...]
    diagnostic: Diagnostic


def _groups(index: SiteIndex, brief: str) -> list[tuple[str, tuple[str, ...], Maker]]:
    """(input named in a failure, paths written, maker) of each group of list pages."""
    inner = context(index, "../")
    subjects = [
        (f"seeds/{c}", (f"{c}/index.md",), partial(_subject_list, index, inner, c))
        for c in (*ENTITY_PAGES, "topics")
    ]
    return [
        ("seeds/index.md", ("index.md",), lambda: [home(index, context(index, ""), brief)]),
        (
            "seeds/stories",
            ("stories/index.md", "story-archive/"),
            lambda: story_lists(index, inner),
        ),
        *subjects,
        ("seeds/articles", ("timeline/index.md",), lambda: [timeline(index, inner)]),
        ("seeds/articles", ("articles/index.md", "archive/"), lambda: article_lists(index)),
        ("seeds", (FEED_PATH,), lambda: [feed_page(index, inner["names"])]),
        ("seeds", ("data/", "figures/index.md"), lambda: exports(index)),
        ("site_templates/assets", ("assets/",), assets),
    ]


def list_pages(index: SiteIndex, brief: str) -> tuple[list[OutputPage], list[ListFailure]]:
    """Home, the story/subject/topic lists, the timeline, the articles list and archive, the
    Atom feed, the data exports and the static assets; and each group that failed (one
    group's fault is its input's error, the other groups are still made)."""
    pages: list[OutputPage] = []
    failures: list[ListFailure] = []
    for source, paths, make in _groups(index, brief):
        try:
            pages += make()
        except Exception as exc:  # one list's fault never ends the build
            failures.append(ListFailure(paths, internal_error(source, "rendering", exc)))
    return pages, failures
