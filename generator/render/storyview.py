"""What a story page says: its sources side by side with their letters, what all or only
some of them report, its figures ledger, and where they disagree (rules in `disagree`).

Owns what counts as "reported by a source": the companies it names and the dated claims it
makes, each an action ("triple", "start", ...) in a period; figures are in the ledger, where
each has its measure, period and sentence.
"""

from __future__ import annotations

import string
from collections import defaultdict
from dataclasses import dataclass

from generator.model import Article
from generator.render.disagree import Disagreement, disagreements
from generator.render.formatting import period_label
from generator.render.ledger import LedgerRow, ledger
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

    kind: str  # "company" or "claim"
    label: str  # company slug or "action period"
    about: tuple[str, ...]
    letters: tuple[str, ...]


@dataclass(frozen=True)
class StoryView:
    story: Story
    sources: tuple[Source, ...]
    everyone: tuple[Reported, ...]
    some: tuple[Reported, ...]
    disagreements: tuple[Disagreement, ...]
    ledger: tuple[LedgerRow, ...]


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
    order = {"company": 0, "claim": 1}
    keys = sorted(letters, key=lambda k: (order[k[0]], -len(letters[k]), k[1]))
    return [Reported(k[0], k[1], tuple(sorted(about[k])), tuple(letters[k])) for k in keys]


def _views(source: Source, index: SiteIndex) -> tuple[ClaimView, ...]:
    return index.claims_of(source.article.slug)


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
    pairs = [(s.letter, s.article) for s in sources]
    letters = {s.article.slug: s.letter for s in sources}
    rows = ledger(((s.article, f) for s in sources for f in s.article.figures), letters)
    return StoryView(
        story,
        sources,
        tuple(everyone),
        tuple(some),
        tuple(disagreements(pairs, index)),
        tuple(rows),
    )
