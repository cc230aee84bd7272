"""What a figure measures and the period it covers.

Owns the rule that labels a figure from the words of its own sentence: the nearest cue word
of `cue_words.MEASURES` (within `WINDOW` characters, before the figure or just after it)
names the measure, among those its unit can have (a percentage is a share, growth or
capacity; money is revenue, profit, loss, market value, funds raised, a price or an
investment; a process node is a process node). The period is that of the nearest dated
claim in the same sentence (`i februar-april`, `for første halvår`, `in fiscal Q1 2026`);
a process node has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from generator.enrich import cue_words
from generator.enrich.dates import sentences
from generator.model import DatedClaim, Figure

WINDOW = 80  # characters between a cue word and its figure, at most
_AFTER_PENALTY = 20  # a cue after the figure (`$3bn in revenue`) counts as this much farther


@lru_cache(maxsize=16)
def _cues(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    found = []
    for measure, by_language in cue_words.MEASURES.items():
        words = by_language.get(language, by_language["en"])
        found.append((measure, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)))
    return tuple(found)


def _allowed(unit: str) -> tuple[str, ...]:
    if unit == "nm":
        return ("process_node",)
    if unit == "percent":
        return cue_words.PERCENT_MEASURES
    return cue_words.MONEY_MEASURES


def measure_of(sentence: str, start: int, end: int, unit: str, language: str) -> str | None:
    """The measure of the figure at `sentence[start:end]`, or None when no cue is near."""
    allowed = _allowed(unit)
    if allowed == ("process_node",):
        return "process_node"
    best: tuple[int, str] | None = None
    for measure, pattern in _cues(language):
        if measure not in allowed:
            continue
        for cue in pattern.finditer(sentence):
            if cue.end() <= start:
                distance = start - cue.end()
            elif cue.start() >= end:
                distance = cue.start() - end + _AFTER_PENALTY
            else:
                continue
            if distance <= WINDOW and (best is None or distance < best[0]):
                best = (distance, measure)
    return best[1] if best else None


def label(
    paragraph: str, figures: Sequence[Figure], claims: Sequence[DatedClaim], language: str
) -> list[Figure]:
    """`figures` of one paragraph with their measure and period, from the paragraph's text
    and the dated `claims` found in it."""
    spans = sentences(paragraph)
    labelled, searched_from = [], 0
    for figure in figures:
        at = paragraph.find(figure.text, searched_from)
        if at < 0:
            labelled.append(figure)
            continue
        searched_from = at + 1
        begin, finish = next(((s, e) for s, e in spans if s <= at < max(e, s + 1)), (0, 0))
        sentence = paragraph[begin:finish]
        start, end = at - begin, at - begin + len(figure.text)
        measure = measure_of(sentence, start, end, figure.unit, language)
        period = (
            None
            if measure == "process_node"
            else _period(sentence.strip(), start, claims, language)
        )
        labelled.append(replace(figure, measure=measure, period=period))
    return labelled


@lru_cache(maxsize=16)
def _comparison(language: str) -> re.Pattern[str]:
    words = cue_words.COMPARISON.get(language, cue_words.COMPARISON["en"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _period(sentence: str, at: int, claims: Sequence[DatedClaim], language: str) -> str | None:
    """The `when` of the dated claim in `sentence` nearest to offset `at`, unless comparison
    words stand between them (`fra samme periode i fjor` is no figure's period)."""
    near = []
    for claim in claims:
        where = sentence.find(claim.phrase)
        if not claim.when or claim.sentence != sentence or where < 0:
            continue
        between = sentence[min(at, where) : max(at, where)]
        if not _comparison(language).search(between):
            near.append((abs(where - at), claim.when))
    return min(near)[1] if near else None
