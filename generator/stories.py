"""Grouping articles that report the same event into stories, across languages.

Owns the linking rule and its corrections. Two articles are linked when they name at least one
company or person in common and their shared evidence scores at least `LINK_SCORE`: a shared
figure (same unit and value) counts 3, a shared cited medium 1, and a shared company or person
up to 1, less the more of the corpus it appears in (so "Nvidia" alone links nothing). Dated
articles more than `MAX_DAYS` apart are never linked. Groups are the connected components, found
in a fixed order, so grouping is deterministic. Editors correct it from `seeds/`: an article's
`story:` field or a story file's `articles:` pins articles in, its `exclude:` pins them out, and
articles pinned to different stories are never merged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from generator.formatting import format_value
from generator.model import Article, Diagnostic, Level, SourceLocation
from generator.registry import RegistryFile

LINK_SCORE = 3.0
MAX_DAYS = 7
STORY_KEYS = {"title", "articles", "exclude"}


@dataclass(frozen=True)
class StoryFile:
    id: str
    title: str | None
    brief: str
    pinned: tuple[str, ...]
    excluded: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    brief: str
    members: tuple[str, ...]  # article slugs, oldest first, undated last
    date: dt.date | None  # the earliest publication date among its members
    shared: tuple[tuple[str, str], ...]  # evidence: ("figure", "7 nm"), ("media", slug), ...
    source: str | None  # seeds/stories/<id>.md, if an editor wrote one


def _features(article: Article) -> tuple[set[str], set[str], set[str]]:
    entities = set(article.tagged("companies")) | set(article.tagged("people"))
    figures = {format_value(f.value, f.unit) for f in article.figures}
    return entities, set(article.tagged("media")), figures


Evidence = tuple[tuple[str, str], ...]


def link_score(a: Article, b: Article, rarity: dict[str, float]) -> tuple[float, Evidence]:
    """How strongly two articles look like the same story, and the evidence for it."""
    if a.date and b.date and abs((a.date - b.date).days) > MAX_DAYS:
        return 0.0, ()
    (ents_a, media_a, figs_a), (ents_b, media_b, figs_b) = _features(a), _features(b)
    entities, media, figures = ents_a & ents_b, media_a & media_b, figs_a & figs_b
    if not entities:
        return 0.0, ()
    score = 3 * len(figures) + len(media) + sum(rarity[e] for e in entities)
    evidence = [("figure", f) for f in sorted(figures)] + [("media", m) for m in sorted(media)]
    return score, tuple(evidence + [("entity", e) for e in sorted(entities)])


class _Components:
    """Union-find over article slugs that refuses to merge two different pinned stories."""

    def __init__(self, slugs: list[str], pins: dict[str, str]) -> None:
        self.parent = {slug: slug for slug in slugs}
        self.pin = {slug: pins.get(slug) for slug in slugs}

    def find(self, slug: str) -> str:
        while self.parent[slug] != slug:
            slug = self.parent[slug]
        return slug

    def union(self, a: str, b: str) -> bool:
        root_a, root_b = sorted((self.find(a), self.find(b)))
        pin_a, pin_b = self.pin[root_a], self.pin[root_b]
        if root_a == root_b or (pin_a and pin_b and pin_a != pin_b):
            return False
        self.parent[root_b] = root_a
        self.pin[root_a] = pin_a or pin_b
        return True


def _pins(articles: list[Article], files: list[StoryFile]) -> tuple[dict[str, str], set[str]]:
    pins = {a.slug: a.story for a in articles if a.story}
    excluded = {slug for f in files for slug in f.excluded}
    for story_file in files:
        for slug in story_file.pinned:
            pins.setdefault(slug, story_file.id)
    return pins, excluded


def _order(article: Article) -> tuple[int, str]:
    return (article.date.toordinal() if article.date else dt.date.max.toordinal(), article.slug)


def group_stories(articles: list[Article], files: list[StoryFile]) -> list[Story]:
    """Every article in exactly one story; stories newest first."""
    by_slug = {a.slug: a for a in articles}
    pins, excluded = _pins(articles, files)
    counts = Counter(e for a in articles for e in _features(a)[0])
    rarity = {e: 1 - (n - 1) / max(len(articles), 1) for e, n in counts.items()}
    components = _Components(sorted(by_slug), pins)
    for slug, story_id in sorted(pins.items()):
        first = min(s for s, i in pins.items() if i == story_id)
        components.union(first, slug)
    evidence: dict[tuple[str, str], Evidence] = {}
    candidates = [a for a in sorted(articles, key=lambda a: a.slug) if a.slug not in excluded]
    for a, b in combinations(candidates, 2):
        score, shared = link_score(a, b, rarity)
        if score >= LINK_SCORE and components.union(a.slug, b.slug):
            evidence[(a.slug, b.slug)] = shared
    return _stories(by_slug, components, evidence, {f.id: f for f in files})


def _stories(
    by_slug: dict[str, Article],
    components: _Components,
    evidence: dict[tuple[str, str], Evidence],
    files: dict[str, StoryFile],
) -> list[Story]:
    groups: dict[str, list[Article]] = {}
    for slug in sorted(by_slug):
        groups.setdefault(components.find(slug), []).append(by_slug[slug])
    stories = []
    for root, members in groups.items():
        members.sort(key=_order)
        story_id = components.pin[root] or f"story-{members[0].slug}"
        story_file = files.get(story_id)
        titled = [m for m in members if not m.title_derived] or members
        dates = [m.date for m in members if m.date]
        slugs = {m.slug for m in members}
        order = {"figure": 0, "media": 1, "entity": 2}
        shared = sorted(
            {item for pair, items in evidence.items() if set(pair) <= slugs for item in items},
            key=lambda item: (order[item[0]], item[1]),
        )
        stories.append(
            Story(
                id=story_id,
                title=story_file.title if story_file and story_file.title else titled[0].title,
                brief=story_file.brief if story_file else "",
                members=tuple(m.slug for m in members),
                date=min(dates) if dates else None,
                shared=tuple(shared),
                source=story_file.source if story_file else None,
            )
        )
    stories.sort(key=lambda s: (-(s.date.toordinal() if s.date else 0), s.id))
    return stories


def read_story_files(
    files: list[RegistryFile], slugs: set[str]
) -> tuple[list[StoryFile], list[Diagnostic]]:
    """Story seeds, checked: known keys, lists of text, pins that name existing articles."""
    stories: list[StoryFile] = []
    problems: list[Diagnostic] = []
    for file in files:
        meta = file.split.meta
        problems.extend(file.split.diagnostics)

        def error(key: str, message: str, file: RegistryFile = file) -> None:
            location = SourceLocation(file.path, file.split.key_lines.get(key, 1))
            problems.append(Diagnostic(Level.ERROR, location, f"{key}: {message}"))

        for key in sorted(set(meta) - STORY_KEYS):
            error(key, f"unknown key (story keys: {', '.join(sorted(STORY_KEYS))})")
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("articles", "exclude"):
            value = meta.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                error(key, "expected a list of article slugs")
                value = []
            for slug in value:
                if slug not in slugs:
                    error(key, f"names no article: '{slug}' (no seeds/articles/{slug}.txt)")
            lists[key] = tuple(v for v in value if v in slugs)
        title = meta.get("title")
        stories.append(
            StoryFile(
                file.slug,
                str(title) if title else None,
                file.split.body.strip(),
                lists["articles"],
                lists["exclude"],
                file.path,
            )
        )
    return stories, problems
