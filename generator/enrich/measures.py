"""What a figure measures, whether it is a change or a level, and the period it covers.

Owns the step that labels the figures of one paragraph, sentence by sentence. The measure,
kind and direction come from the figure's own clause (see `clauses`): a fall makes a change
negative (`value`, `low` and `high`), a figure in a list with no words of its own is read
like the one before it (`rose 3% in May and 6% in June`; `gikk ned med 16 prosent, BNP med
10 prosent`), and a figure no clause pattern fits has no measure and is a level (a change in
percentage points is a change). The period is the one that governs the figure (see
`_period_of`); a process node has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from generator.enrich import clause_words, cue_words
from generator.enrich.clauses import Reading, read
from generator.enrich.dates import sentences
from generator.model import DatedClaim, Figure

_OWN_GAP = 30  # characters between a figure and a dated phrase that directly follows it
# Between a figure and the next: the two are one statement (`rose by 2 bn to 2.9 bn`).
_LINKED = re.compile(
    r"\s*(?:to|from|til|till|fra|frå|från|auf|von|um|med|by|,? or|,? eller|,? oder|\(|\)\s*to)"
    r"\s*",
    re.IGNORECASE,
)
_DAY = len("2025-08-27")  # a day is a figure's period only right after it (rule 1)
_AFTER_REACH = 50  # characters after a figure within which rule 3 looks
# Between two figures: the second, in brackets, is the first in another unit.
_PAREN = re.compile(r"^\s*\(\s*(?:[^\W\d]+\.?\s+){0,2}$")


def label(
    paragraph: str, figures: Sequence[Figure], claims: Sequence[DatedClaim], language: str
) -> list[Figure]:
    """`figures` of one paragraph with their measure, kind, sign and period, from the
    paragraph's text and the dated `claims` found in it."""
    spans = sentences(paragraph)
    placed: list[tuple[tuple[int, int], int, Figure]] = []
    labelled: dict[int, Figure] = {}
    searched_from = 0
    for n, figure in enumerate(figures):
        at = paragraph.find(figure.text, searched_from)
        if at < 0:
            labelled[n] = figure
            continue
        searched_from = at + 1
        span = next(((s, e) for s, e in spans if s <= at < max(e, s + 1)), (0, 0))
        placed.append((span, n, figure))
    by_sentence: dict[tuple[int, int], list[tuple[int, int, Figure]]] = {}
    for span, n, figure in placed:
        at = paragraph.find(figure.text, span[0])
        by_sentence.setdefault(span, []).append((n, at - span[0], figure))
    for (begin, finish), group in by_sentence.items():
        sentence = paragraph[begin:finish]
        for n, figure in _label_sentence(sentence, group, claims, language):
            labelled[n] = figure
    return [labelled[n] for n in range(len(figures))]


def _label_sentence(
    sentence: str,
    group: list[tuple[int, int, Figure]],
    claims: Sequence[DatedClaim],
    language: str,
) -> list[tuple[int, Figure]]:
    spans = [(at, at + len(f.text)) for _, at, f in group]
    periods = _periods(sentence, spans, claims, language)
    out: list[tuple[int, Figure]] = []
    before: Reading | None = None
    for (n, _at, figure), period, (start, end) in zip(group, periods, spans, strict=True):
        if figure.unit == "nm":
            out.append((n, replace(figure, measure="process_node", kind="level")))
            continue
        own = read(sentence, start, end, figure.unit, language)
        gap = sentence[spans[len(out) - 1][1] if out else 0 : start]
        if before is not None and _PAREN.search(gap):  # `1 bn yuan (about $145 m)`
            own = before
        elif before is not None and (own is None or own.sign == 0):
            if own is None and _listed(gap, language):
                own = before
            elif own is not None and before.kind == "change":
                own = Reading(own.measure, own.kind, before.sign)
        if own is not None and own.sign == 0:  # `punge ut med 149 kroner`: no change named
            own = Reading(own.measure, "level", 1)
        reading = own or Reading(None, "change" if figure.unit == "pp" else "level", 1)
        before = reading if own is not None else None
        out.append((n, _apply(figure, reading, period)))
    return out


@lru_cache(maxsize=16)
def _list_pattern(language: str) -> re.Pattern[str]:
    joins = clause_words.AND.get(language, clause_words.AND["en"])
    words = "|".join(j for j in joins.split("|") if j != ",")
    return re.compile(rf"^[^;:]{{0,45}}(?:(?:^|\s)(?:{words})|,)\s[^;:]{{0,30}}$", re.IGNORECASE)


def _listed(gap: str, language: str) -> bool:
    """The words between two figures make the second an item of a list with the first."""
    return bool(_list_pattern(language).match(gap + " "))


def _apply(figure: Figure, reading: Reading, period: str | None) -> Figure:
    sign = -1.0 if reading.kind == "change" and reading.sign < 0 and figure.value > 0 else 1.0
    low, high = figure.low, figure.high
    if sign < 0 and low is not None and high is not None:
        low, high = -high, -low
    return replace(
        figure,
        value=sign * figure.value if low is None else low,
        low=low,
        high=high,
        measure=reading.measure,
        kind=reading.kind,
        period=period,
    )


@lru_cache(maxsize=16)
def _comparison(language: str) -> re.Pattern[str]:
    words = cue_words.COMPARISON.get(language, cue_words.COMPARISON["en"])
    ends = clause_words.CLAUSE_END.get(language, clause_words.CLAUSE_END["en"])
    return re.compile(rf"(?<!\w)(?:{words}|{ends})(?!\w)|;", re.IGNORECASE)


@lru_cache(maxsize=16)
def _clause_end(language: str) -> re.Pattern[str]:
    ends = clause_words.CLAUSE_END.get(language, clause_words.CLAUSE_END["en"])
    return re.compile(rf"(?<!\w)(?:{ends})(?!\w)|;", re.IGNORECASE)


@lru_cache(maxsize=16)
def _base(language: str) -> re.Pattern[str]:
    """Words just before a dated phrase that make it no figure's period: a comparison's base
    (`than in July 1995`) or the day a period ends (`the fiscal year ended February 3`)."""
    words = cue_words.COMPARISON.get(language, cue_words.COMPARISON["en"])
    return re.compile(rf"(?<!\w)(?:{words}|{_ENDED})(?:\s+\w+)?\s*$", re.IGNORECASE)


_ENDED = r"ended|ending|ends|as of|as at|per|pr\.|zum|bis zum|til og med|due|maturing|matures|"
_ENDED += r"expiring|forfall|förfall|fällig"


@lru_cache(maxsize=16)
def _apart(language: str) -> re.Pattern[str]:
    joins = clause_words.AND.get(language, clause_words.AND["en"])
    return re.compile(rf"(?<!\w)(?:{joins})(?!\w)|[,;\d]", re.IGNORECASE)


def _periods(
    sentence: str, spans: list[tuple[int, int]], claims: Sequence[DatedClaim], language: str
) -> list[str | None]:
    """The period of each figure at `spans` of `sentence`, from the dated claims in it:

    1. a phrase right after the figure, with nothing but words between (`3% in 2019/20`);
    2. else the nearest phrase before it in its clause that no figure between has taken by
       rule 1 (`In 2022 the group reported a 15% rise ... to $1.1bn`: both 2022);
    3. else the nearest phrase after it, with no comparison words between (`up 4,000 % from
       the same period last year`), unless a figure listed after it (`, and`) took it by
       rule 1 (`rose by 2 bn to 2.9 bn in 2025`: both 2025).
    A day (`On August 15, ...`) is when something was said, so only rule 1 gives one.
    A phrase just after comparison words (`than in July 1995`, `compared with 2010`) or after
    `ended` (`the year ended March 31`) is no figure's period."""
    placed, searched = [], 0
    for claim in claims:
        if not claim.when or claim.sentence.strip() != sentence.strip():
            continue
        where = sentence.find(claim.phrase, searched)
        if where < 0:
            where = sentence.find(claim.phrase)
        if where >= 0:
            searched = where + 1
            if not _base(language).search(sentence[max(0, where - 20) : where]):
                placed.append((where, where + len(claim.phrase), claim.when))
    blocked, ends = _comparison(language), _clause_end(language)

    def clear(a: int, b: int) -> bool:
        return not blocked.search(sentence[a:b])

    paren = [
        i > 0 and bool(_PAREN.search(sentence[spans[i - 1][1] : s]))
        for i, (s, _) in enumerate(spans)
    ]
    own = []
    for _, end in spans:
        follows = [
            (where, when)
            for where, _, when in placed
            if 0 <= where - end <= _OWN_GAP
            and not _apart(language).search(sentence[end:where])
            and clear(end, where)
        ]
        own.append(min(follows)[1] if follows else None)
    result = []
    for i, (start, end) in enumerate(spans):
        if own[i] is not None:
            result.append(own[i])
            continue
        between = [j for j in range(len(spans)) if j != i]
        before = [
            (where, when)
            for where, stop, when in placed
            if stop <= start
            and len(when) != _DAY  # `On August 15, X said it would buy Y for $1.5bn`
            and not ends.search(sentence[stop:start])
            and not any(stop <= spans[j][0] < start and own[j] == when for j in between)
        ]
        after = [
            (-where, when)
            for where, _, when in placed
            if end <= where <= end + _AFTER_REACH
            and len(when) != _DAY
            and clear(end, where)
            and not any(  # another figure between, unless `to`-linked: `rose by X to Y in 2025`
                end <= spans[j][0] < where
                and not paren[j]
                and not _LINKED.fullmatch(sentence[end : spans[j][0]])
                for j in between
            )
            and not any(
                end <= spans[j][0] < where
                and own[j] == when
                and not paren[j]
                and _apart(language).search(sentence[end : spans[j][0]])
                for j in between
            )
        ]
        nearest = max(before) if before else (max(after) if after else None)
        result.append(nearest[1] if nearest else None)
    return result
