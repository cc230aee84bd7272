"""What a story page says: its sources side by side, what all or only some of them report,
and where they disagree.

Owns the comparison rule. Two sources' claims are about the same thing when they report the
same action ("triple", "double", "start", ...) about the same companies and people; the
sources disagree when, for such a claim, the periods one gives and the periods the other
gives have nothing in common (the English article 002 puts the tripling in 2025, the Nordic
ones of 2025-08-27 say "next year", 2026). Figures are compared by unit and value.
"""

from __future__ import annotations

import string
from collections import defaultdict
from dataclasses import dataclass

from generator.model import Article
from generator.render.formatting import format_value, period_label
from generator.render.siteindex import ClaimView, SiteIndex
from generator.stories import Story


@dataclass(frozen=True)
class Source:
    letter: str
    article: Article
    inferred: bool  # its date is the story's, not its own


@dataclass(frozen=True)
class Reported:
    """A company, figure or claim, and the sources (by letter) that report it."""

    kind: str  # "company", "figure" or "claim"
    label: str  # company slug, formatted figure, or "action period"
    about: tuple[str, ...]
    letters: tuple[str, ...]


@dataclass(frozen=True)
class Disagreement:
    action: str
    about: tuple[str, ...]
    periods: tuple[tuple[str, tuple[str, ...]], ...]  # (letter, periods it gives)


@dataclass(frozen=True)
class StoryView:
    story: Story
    sources: tuple[Source, ...]
    everyone: tuple[Reported, ...]
    some: tuple[Reported, ...]
    disagreements: tuple[Disagreement, ...]


def letter_names(count: int) -> list[str]:
    """A, B, ..., Z, AA, AB, ...: the letters of a story's first `count` sources."""
    alphabet = string.ascii_uppercase
    return [
        alphabet[i] if i < 26 else f"{alphabet[i // 26 - 1]}{alphabet[i % 26]}"
        for i in range(count)
    ]


def _items(source: Source, index: SiteIndex) -> dict[tuple[str, str], set[str]]:
    """What one source reports: (kind, label) -> the companies and people it is about."""
    items: dict[tuple[str, str], set[str]] = defaultdict(set)
    for company in source.article.tagged("companies"):
        items[("company", company)] = set()
    for figure in source.article.figures:
        items[("figure", format_value(figure.value, figure.unit))] |= set(figure.about)
    for view in _views(source, index):
        if view.claim.action and view.claim.when:
            label = f"{view.claim.action} {period_label(view.claim.when)}"
            items[("claim", label)] |= set(view.claim.about)
    return items


def _reported(sources: tuple[Source, ...], index: SiteIndex) -> list[Reported]:
    letters: dict[tuple[str, str], list[str]] = defaultdict(list)
    about: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source in sources:
        for key, names in _items(source, index).items():
            letters[key].append(source.letter)
            about[key] |= names
    order = {"company": 0, "figure": 1, "claim": 2}
    keys = sorted(letters, key=lambda k: (order[k[0]], -len(letters[k]), k[1]))
    return [Reported(k[0], k[1], tuple(sorted(about[k])), tuple(letters[k])) for k in keys]


def _views(source: Source, index: SiteIndex) -> tuple[ClaimView, ...]:
    return index.claims_of(source.article.slug)


def _disagreements(sources: tuple[Source, ...], index: SiteIndex) -> list[Disagreement]:
    periods: dict[tuple[str, tuple[str, ...]], dict[str, set[str]]] = defaultdict(dict)
    for source in sources:
        for view in _views(source, index):
            claim = view.claim
            if claim.action and claim.when:
                key = (claim.action, claim.about)
                periods[key].setdefault(source.letter, set()).add(claim.when)
    found = []
    for (action, about), by_source in sorted(periods.items()):
        sets = list(by_source.values())
        if any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :]):
            given = tuple((letter, tuple(sorted(whens))) for letter, whens in by_source.items())
            found.append(Disagreement(action, about, given))
    return found


def story_view(story: Story, index: SiteIndex) -> StoryView:
    members = [index.article(slug) for slug in story.members]
    sources = tuple(
        Source(letter, article, article.slug in index.inferred_date)
        for letter, article in zip(letter_names(len(members)), members, strict=True)
    )
    everyone: list[Reported] = []
    some: list[Reported] = []
    for item in _reported(sources, index):
        (everyone if len(item.letters) == len(sources) else some).append(item)
    return StoryView(
        story, sources, tuple(everyone), tuple(some), tuple(_disagreements(sources, index))
    )
