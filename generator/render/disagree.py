"""Where a story's sources disagree: on dates, on figures, and vague against specific timing.

Owns the three comparison rules, each over the sources (by letter) of one story:

- **dates**: two sources report the same action ("triple", "start", ...) about the same
  companies and people, and the periods one gives have nothing in common with the other's
  (the Nordic reports put the tripling in 2026, one English report in 2025);
- **figures**: two sources give the same measure of the same subject, of the same kind (a
  change or a level), for the same period in the same unit, and the values are apart beyond
  what rounding and qualifiers allow. A value as written stands for itself give or take half
  its last digit (`1.04 bn` is 1.035 to 1.045 bn), `about` widens that by `APPROXIMATE`, `at
  least`/`at most` open it on one side (of a fall they speak of its size: `down at most 10 %`
  is -10 to 0), a range covers its ends; a change is never compared with a level;
- **timing**: one source gives only vague timing for an action ("in the coming years") where
  another gives a period ("next year", "2025").

Each disagreement carries every source's sentence and its anchor on the article page.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.enrich.claims import action_of
from generator.enrich.timing import PLANNED_ACTIONS, vague_timing
from generator.model import Article, DatedClaim, Figure
from generator.render.formatting import period_label
from generator.render.ledger import figure_value, kind_label, measure_label
from generator.render.provenance import Anchors, action_sentences
from generator.render.siteindex import SiteIndex

APPROXIMATE = 0.10  # "about 80 bn" allows 72 to 88 bn


@dataclass(frozen=True)
class Statement:
    """What one source says, with its sentence and where that stands on its article page."""

    letter: str
    says: str  # "2026", "CNY 2.88 bn", "in the coming years"
    sentence: str
    article: str
    anchor: str


@dataclass(frozen=True)
class Disagreement:
    kind: str  # "dates", "figures" or "timing"
    subject: str  # "Triple", "Revenue, first half of 2025"
    about: tuple[str, ...]
    statements: tuple[Statement, ...]


Sources = list[tuple[str, Article]]  # (letter, article) in letter order


def _number_places(number: float) -> int:
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def bounds(figure: Figure) -> tuple[float, float]:
    """The values a figure as written allows (see the module's docstring)."""
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    scale = next((s for s in (1e12, 1e9, 1e6) if abs(figure.value) >= s), 1.0)
    if figure.unit in ("percent", "pp", "nm"):
        scale = 1.0
    slack = 0.5 * scale * 10.0 ** -_number_places(abs(figure.value) / scale)
    low, high = low - slack, high + slack
    if figure.qualifier == "approximate":
        low, high = low - abs(low) * APPROXIMATE, high + abs(high) * APPROXIMATE
    elif figure.qualifier in ("at_least", "at_most") and figure.value >= 0:
        low, high = (low, math.inf) if figure.qualifier == "at_least" else (-math.inf, high)
    elif figure.qualifier in ("at_least", "at_most"):
        # a qualifier speaks of a fall's size: `fell at least 5 %` (-5) is -5 or below,
        # `cut by up to 10 %` (-10) is between -10 and 0
        low, high = (-math.inf, high) if figure.qualifier == "at_least" else (low, max(high, 0.0))
    return low, high


def _apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def figure_disagreements(sources: Sources) -> list[Disagreement]:
    groups: dict[tuple[str, str, str, str, str], list[tuple[Statement, tuple[float, float]]]]
    groups = defaultdict(list)
    for letter, article in sources:
        anchors = Anchors.of(article)
        for f in article.figures:
            if f.measure is None:
                continue
            sentence = anchors.sentence(f.line, f.text)
            statement = Statement(
                letter, figure_value(f), sentence, article.slug, anchors.anchor(f.line, f.text)
            )
            for subject in f.about or ("",):
                key = (subject, f.measure, f.kind, f.period or "", f.unit)
                groups[key].append((statement, bounds(f)))
    found = []
    for (subject, measure, kind, period, _), given in sorted(groups.items()):
        if any(
            x.letter != y.letter and _apart(bx, by)
            for i, (x, bx) in enumerate(given)
            for y, by in given[i + 1 :]
        ):
            title = measure_label(measure).capitalize() + kind_label(kind)
            if period:
                title += f", {period_label(period)}"
            statements = tuple(dict.fromkeys(s for s, _ in given))
            found.append(Disagreement("figures", title, (subject,) if subject else (), statements))
    return found


_Dated = tuple[str, str, DatedClaim, str, str, str]


def _dated_claims(sources: Sources, index: SiteIndex) -> Iterator[_Dated]:
    """(letter, article slug, claim, its action, its period, the anchor of its sentence) for
    each claim that has an action and a period, in the sources' order."""
    for letter, article in sources:
        anchors = Anchors.of(article)
        for view in index.claims_of(article.slug):
            claim = view.claim
            if claim.action and claim.when:
                anchor = anchors.anchor(claim.line, claim.sentence)
                yield letter, article.slug, claim, claim.action, claim.when, anchor


def date_disagreements(sources: Sources, index: SiteIndex) -> list[Disagreement]:
    # keyed by modality too: what a source reports as done is never set against a plan
    periods: dict[tuple[str, tuple[str, ...], str], dict[str, list[tuple[str, str, str]]]]
    periods = defaultdict(dict)
    for letter, _, claim, action, when, anchor in _dated_claims(sources, index):
        given = periods[(action, claim.about, claim.modality)].setdefault(letter, [])
        given.append((when, claim.sentence, anchor))
    found = []
    for (action, about, modality), by_source in sorted(periods.items()):
        sets = [{when for when, _, _ in given} for given in by_source.values()]
        if not any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :]):
            continue
        statements = []
        for (letter, given), whens in zip(by_source.items(), sets, strict=True):
            says = " and ".join(period_label(w) for w in sorted(whens))
            first = min(given)
            slug = next(a.slug for x, a in sources if x == letter)
            statements.append(Statement(letter, says, first[1], slug, first[2]))
        subject = action.capitalize() + (" (reported)" if modality == "reported" else "")
        found.append(Disagreement("dates", subject, about, tuple(statements)))
    return found


def _names(index: SiteIndex) -> dict[str, tuple[str, ...]]:
    return {e.slug: (e.name, *e.aliases) for e in index.registry.entities}


def _mentions(sentence: str, names: Iterable[str]) -> bool:
    folded = sentence.casefold()
    return any(name.casefold() in folded for name in names)


def timing_disagreements(sources: Sources, index: SiteIndex) -> list[Disagreement]:
    """Sources that give an action only vague timing, against those that give it a period."""
    specific: dict[str, list[tuple[Statement, tuple[str, ...]]]] = defaultdict(list)
    for letter, slug, claim, action, when, anchor in _dated_claims(sources, index):
        statement = Statement(letter, period_label(when), claim.sentence, slug, anchor)
        specific[action].append((statement, claim.about))
    names = _names(index)
    found = []
    for action in sorted(a for a in specific if a in PLANNED_ACTIONS):
        dated_letters = {s.letter for s, _ in specific[action]}
        vague = []
        for letter, article in sources:
            if letter in dated_letters:
                continue
            for sentence, anchor in action_sentences(article):
                phrase = vague_timing(sentence)
                if phrase and action_of(sentence) == action:
                    vague.append(Statement(letter, f"“{phrase}”", sentence, article.slug, anchor))
        if not vague:
            continue
        against = [
            s
            for s, about in specific[action]
            if all(_mentions(v.sentence, names.get(slug, (slug,))) for slug in about for v in vague)
        ]
        if against:
            statements = tuple(_first_per_letter([*vague, *against]))
            found.append(Disagreement("timing", action.capitalize(), (), statements))
    return found


def _first_per_letter(statements: list[Statement]) -> list[Statement]:
    return list({s.letter: s for s in reversed(statements)}.values())[::-1]


def disagreements(sources: Sources, index: SiteIndex) -> list[Disagreement]:
    """Every disagreement among a story's sources: dates, then timing, then figures."""
    return [
        *date_disagreements(sources, index),
        *timing_disagreements(sources, index),
        *figure_disagreements(sources),
    ]
