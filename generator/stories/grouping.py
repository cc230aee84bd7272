"""Grouping articles that report the same event into stories, across languages.

Owns the grouping, its corrections and the order of a story's sources. Two articles are linked
when `linking` scores their shared evidence at least `LINK_SCORE`. Groups are the connected
components, found in a fixed order, so grouping is deterministic, under two limits:

- a story's dated articles lie within `WINDOW_DAYS` of each other (a chain of links a week
  apart does not make one story of a month's news);
- an undated article never joins two groups that hold dated articles: the links between
  dated articles are made first, then each undated article joins the group it links to most
  strongly (two undated articles about an IPO must not pull a December story into August's).

Editors correct it from `seeds/`: an article's `story:` field or a story file's `articles:`
pins articles in, its `exclude:` pins them out; articles pinned to different stories are never
merged, and pins are exempt from both limits.

A story's members are in first-seen order, which gives the source letters (A, B, ...) that
briefs and pull requests cite: the articles a story file lists, in its order, then the others
by publication date, an undated one at the story's first date (where the site shows it),
dated before undated on a day, then by slug. An article published later than the rest is
appended, so adding one never changes the letters already given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model import Article, Diagnostic, Level, SourceLocation, internal_error
from generator.read import RegistryFile
from generator.stories.linking import Evidence, Linker, order_key

LINK_SCORE = 4.0
WINDOW_DAYS = 14
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
    members: tuple[str, ...]  # article slugs in first-seen order (the source letters' order)
    date: dt.date | None  # the earliest publication date among its members
    shared: tuple[tuple[str, str], ...]  # evidence: ("figure", "7 nm"), ("media", slug), ...
    source: str | None  # seeds/stories/<id>.md, if an editor wrote one


class _Components:
    """Union-find over article slugs that refuses to merge two different pinned stories, and
    (for links, not pins) groups whose dates would span more than `WINDOW_DAYS` or that both
    hold dated articles when the link runs through an undated one."""

    def __init__(self, articles: list[Article], pins: dict[str, str]) -> None:
        slugs = sorted(a.slug for a in articles)
        self.parent = {slug: slug for slug in slugs}
        self.pin = {slug: pins.get(slug) for slug in slugs}
        self.span = {a.slug: (a.date, a.date) for a in articles}

    def allows(self, a: str, b: str, undated_link: bool) -> bool:
        """Whether a link between `a` and `b` may join their groups."""
        (low_a, high_a), (low_b, high_b) = self.span[self.find(a)], self.span[self.find(b)]
        if low_a is None or low_b is None or high_a is None or high_b is None:
            return True
        if undated_link:
            return False
        return (max(high_a, high_b) - min(low_a, low_b)).days <= WINDOW_DAYS

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
        dates = [d for d in (*self.span[root_a], *self.span[root_b]) if d is not None]
        self.span[root_a] = (min(dates), max(dates)) if dates else (None, None)
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
    components = _Components(articles, pins)
    first_pinned: dict[str, str] = {}
    for slug, story_id in sorted(pins.items()):
        components.union(first_pinned.setdefault(story_id, slug), slug)
    evidence: dict[tuple[str, str], Evidence] = {}
    for a, b, shared, undated in _links(articles, excluded):
        if components.allows(a, b, undated) and components.union(a, b):
            evidence[(a, b)] = shared
    return _stories(by_slug, components, evidence, {f.id: f for f in files})


def _links(articles: list[Article], excluded: set[str]) -> list[tuple[str, str, Evidence, bool]]:
    """The linked pairs in the order they are joined: those between dated articles first,
    then those through an undated article, strongest first: (a, b, evidence, undated)."""
    by_slug = {a.slug: a for a in articles}
    linker = Linker.of(articles)
    dated: list[tuple[float, str, str, Evidence]] = []
    undated: list[tuple[float, str, str, Evidence]] = []
    for a, b in linker.candidates([a for a in articles if a.slug not in excluded]):
        if b in excluded:
            continue
        score, shared = linker.score(by_slug[a], by_slug[b])
        if score >= LINK_SCORE:
            both = by_slug[a].date is not None and by_slug[b].date is not None
            (dated if both else undated).append((-score, a, b, shared))
    undated.sort()
    return [(a, b, shared, False) for _, a, b, shared in dated] + [
        (a, b, shared, True) for _, a, b, shared in undated
    ]


def first_seen(members: list[Article], listed: tuple[str, ...]) -> list[Article]:
    """A story's members in source-letter order (see the module's docstring)."""
    dates = [m.date for m in members if m.date]
    first = min(dates) if dates else None
    place = {slug: i for i, slug in enumerate(listed)}

    def key(article: Article) -> tuple[int, int, int, str]:
        if article.slug in place:
            return (0, place[article.slug], 0, "")
        date = article.date or first
        return (1, date.toordinal() if date else 0, article.date is None, article.slug)

    return sorted(members, key=key)


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
        members = first_seen(members, story_file.pinned if story_file else ())
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
