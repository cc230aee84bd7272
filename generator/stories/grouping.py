"""Grouping articles that report the same event into stories, across languages.

Owns the grouping and its corrections. Two articles are linked when `linking` scores
their shared evidence at least `LINK_SCORE`. Groups are the connected components, found in a
fixed order, so grouping is deterministic. Editors correct it from `seeds/`: an article's
`story:` field or a story file's `articles:` pins articles in, its `exclude:` pins them out, and
articles pinned to different stories are never merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model import Article, Diagnostic, Level, SourceLocation, internal_error
from generator.read import RegistryFile
from generator.stories.linking import Evidence, Linker, order_key

LINK_SCORE = 4.0
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


class _Components:
    """Union-find over article slugs that refuses to merge two different pinned stories."""

    def __init__(self, slugs: list[str], pins: dict[str, str]) -> None:
        self.parent = {slug: slug for slug in slugs}
        self.pin = {slug: pins.get(slug) for slug in slugs}

    def find(self, slug: str) -> str:
        root = slug
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[slug] != root:
            self.parent[slug], slug = root, self.parent[slug]
        return root

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


def group_stories(articles: list[Article], files: list[StoryFile]) -> list[Story]:
    """Every article in exactly one story; stories newest first."""
    by_slug = {a.slug: a for a in articles}
    pins, excluded = _pins(articles, files)
    components = _Components(sorted(by_slug), pins)
    first_pinned: dict[str, str] = {}
    for slug, story_id in sorted(pins.items()):
        components.union(first_pinned.setdefault(story_id, slug), slug)
    evidence: dict[tuple[str, str], Evidence] = {}
    linker = Linker.of(articles)
    candidates = [a for a in articles if a.slug not in excluded]
    for a, b in linker.candidates(candidates):
        if b in excluded:
            continue
        score, shared = linker.score(by_slug[a], by_slug[b])
        if score >= LINK_SCORE and components.union(a, b):
            evidence[(a, b)] = shared
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
    shared_by_root: dict[str, set[tuple[str, str]]] = {}
    for (a, _), items in evidence.items():
        shared_by_root.setdefault(components.find(a), set()).update(items)
    stories = []
    for root, members in groups.items():
        members.sort(key=order_key)
        story_id = components.pin[root] or f"story-{members[0].slug}"
        story_file = files.get(story_id)
        titled = [m for m in members if not m.title_derived] or members
        dates = [m.date for m in members if m.date]
        order = {"figure": 0, "media": 1, "entity": 2}
        shared = sorted(shared_by_root.get(root, set()), key=lambda item: (order[item[0]], item[1]))
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
    """Story seeds, checked: known keys, lists of text, pins that name existing articles.
    A file that raises an unexpected exception is left out (its page is kept) and reported."""
    stories: list[StoryFile] = []
    problems: list[Diagnostic] = []
    for file in files:
        problems.extend(file.split.diagnostics)
        if file.split.diagnostics:  # its frontmatter is unusable: it keeps its last page
            continue
        found: list[Diagnostic] = []
        try:
            stories.append(_story_file(file, slugs, found))
        except Exception as exc:  # one file's fault is its error, never the build's end
            found.append(internal_error(file.path, "reading", exc))
        problems.extend(found)
    return stories, problems


def _story_file(file: RegistryFile, slugs: set[str], problems: list[Diagnostic]) -> StoryFile:
    meta = file.split.meta

    def error(key: str, message: str) -> None:
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
    return StoryFile(
        file.slug,
        str(title) if title else None,
        file.split.body.strip(),
        lists["articles"],
        lists["exclude"],
        file.path,
    )
