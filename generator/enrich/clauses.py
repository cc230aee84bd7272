"""What a figure's own clause says it is: the measure it is the object of, and whether it is
a change (with its direction) or a level.

Owns the clause patterns, tried in this order on the words just before and after the figure
(qualifiers such as `about` or `opptil` set aside), with the words of `clause_words`:

- `<measure> <rise|fall> by X`, `X` after `med`/`um` with the verb after it (`um 5 Prozent
  gesunken`), `<rise|fall> X` — a change, negative for a fall;
- `<measure> <rise|fall> ... to|from X` — a level;
- `<change noun> of X` (`an increase of`, `en nedgang på`, `ein Minus von`), `X <change noun>
  in <measure>` (`a 15% rise in operating profit`), `X higher|lower|cheaper`, `<rise> N
  points, or X` — a change;
- `<measure> of|was|reached|: X`, `X in <measure>`, `a X <measure>`, `<measure> X`
  (`Revenue $15,400`, `Pris kr. 349`) — a level;
- `X of <a group>` for a percentage — a share; `X a share`, `X per tonne` — a price;
- `raised|invested|cost|lost|earned|valued at X` — a level of the measure the verb names;
  an amount per hour or month is a wage or a fee, of no measure.

The measure's noun is the head of its phrase (`budget deficit` is a deficit, `the price of
the deal` a price, `price index` no price); the subject of a rise after `and` is the noun
after `and`. A measure is named only when one of these holds: a cue word elsewhere in the
sentence names nothing. Precision first: a clause none of them fits gives no reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.enrich import clause_words as cw
from generator.enrich.clause_patterns import (
    ClausePatterns,
    direction,
    last_noun,
    last_noun_at,
    patterns,
)

_LOOK = 120  # characters of the clause read on either side of a figure
# Just before a figure: a word, then at most a colon (`Revenue $15,400`, `Pris: kr 349`).
_ADJACENT = re.compile(r"[^\W\d_]\s*:?\s*$")
# `the price of the deal`: the head noun before `of`.
_OF_HEAD = re.compile(r"(\w+) (?:of|av|af|des|der) (?:the |a |an |its |den |det )?[\w-]*$")
# Words between a verb and `by` that are no object of it: adverbs and determiners.
_MINOR = re.compile(
    r"\w+ly|its|their|his|her|our|the|a|an|sitt|sin|sine|seine|ihre|den|det|die|der|das",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """What a figure's clause says: `measure` (or None), `kind` (`change` or `level`) and
    `sign` (-1 a fall, 1 a rise or a level, 0 a change whose direction its clause leaves to
    the figure before it: `BNP med 10,2 prosent` after `gikk ned med 16,4 prosent`)."""

    measure: str | None
    kind: str
    sign: int


def _left(sentence: str, start: int, pats: ClausePatterns) -> str:
    """The clause before the figure, asides dropped, qualifiers and articles trimmed."""
    left = sentence[max(0, start - 2 * _LOOK) : start]
    ends = list(pats.clause_end.finditer(left))
    if ends:
        left = left[ends[-1].end() :]
    left = pats.aside.sub(" ", left)
    return pats.trim.sub("", left)[-_LOOK:]


def _right(sentence: str, end: int, pats: ClausePatterns) -> str:
    right = sentence[end : end + _LOOK]
    found = pats.clause_end.search(right)
    return right[: found.start()] if found else right


def _subject(left: str, where: int, language: str) -> str | None:
    """The measure a rise or fall at `left[where]` is of: a noun between it and the figure
    (`stieg der Umsatz um`, `raised its policy rate by`), else the last one before it."""
    pats = patterns(language)
    before = left[:where]
    joined = list(pats.joins.finditer(before))  # `X fell and Y rose 8 %`, not `X fell and rose`
    if joined and any(
        not (pats.rise.fullmatch(w) or pats.fall.fullmatch(w) or pats.filler.fullmatch(w))
        for w in re.findall(r"\w+", before[joined[-1].end() :])
    ):
        before = before[joined[-1].end() :]
    return last_noun(left[where:], language) or last_noun(before, language)


def _change_reading(left: str, right: str, language: str, pats: ClausePatterns) -> Reading | None:
    if pats.by_end.search(left):
        body = pats.by_end.sub("", left)
        found = direction(body, pats)
        last = body.split()[-1:]
        if found is None and last and pats.change_word.fullmatch(last[0]):  # `ökning med 5 %`
            sign = 1 if pats.rise_noun.fullmatch(last[0]) else -1
            return Reading(last_noun(body, language), "change", sign)
        if found is None:
            after = pats.right_dir.match(right)
            if after:
                sign = 1 if pats.rise.fullmatch(after["dir"]) else -1
                return Reading(last_noun(body, language), "change", sign)
            return Reading(last_noun(body, language), "change", 0)
        between = body[found[1] :].split()[1:]  # `cut income taxes by 15 %`: not of a measure
        objects = [w for w in between if not (pats.filler.fullmatch(w) or _MINOR.fullmatch(w))]
        if objects and last_noun(" ".join(between), language) is None:
            return Reading(None, "change", found[0])
        return Reading(_subject(body, found[1], language), "change", found[0])
    noun = pats.change_noun_end.search(left)
    if noun:
        sign = 1 if pats.rise_noun.fullmatch(noun["cn"]) else -1
        measure = last_noun(left, language)
        if measure is None and sign == 1 and last_noun(noun["cn"], language) == "growth":
            measure = "growth"
        return Reading(measure, "change", sign)
    return None


def read(sentence: str, start: int, end: int, unit: str, language: str) -> Reading | None:
    """What the clause of the figure at `sentence[start:end]` says of it, or None."""
    pats = patterns(language)
    left, right = _left(sentence, start, pats), _right(sentence, end, pats)
    adjacent = bool(_ADJACENT.search(sentence[max(0, start - 40) : start]))
    reading = _change_reading(left, right, language, pats) or _read_rest(
        left, right, unit, language, pats, adjacent
    )
    return _allowed(reading, unit)


def _read_rest(
    left: str, right: str, unit: str, language: str, pats: ClausePatterns, adjacent: bool
) -> Reading | None:
    money = unit not in ("percent", "pp")
    if money and pats.per_time.match(right):  # a wage or a fee: `tjänade 8 kronor i timmen`
        return Reading(None, "level", 1)
    if money:
        for measure, verb in pats.verbs:
            if verb.search(left):
                if measure == "market_value" and last_noun(left, language) == "deal_value":
                    return Reading("deal_value", "level", 1)
                return Reading(measure, "level", 1)
    if money and pats.per_unit.match(right):  # `earnings of $0.08 a share`, `$5 a share`
        noun = last_noun(pats.link_end.sub("", left)[-45:], language)
        linked = pats.link_end.search(left) and noun not in (None, *cw.LEVEL_ONLY)
        return Reading(noun if linked else "price", "level", 1)
    modified = pats.right_noun.match(right)
    if modified and not re.match(r"\s*(?:in|of|i|av|af|im)\s", right, re.IGNORECASE):
        head = last_noun(modified["noun"], language)  # `a 41.5% stake`
        if head == "debt" and unit == "percent":
            head = "interest_rate"  # `a 5.75 percent bond`: its coupon
        return Reading(head, "level", 1)
    found = direction(left, pats)
    if found is not None and pats.or_end.search(left[found[1] :]):  # `rose 2.6 points, or`
        return Reading(_subject(left, found[1], language), "change", found[0])
    if found is not None and pats.to_end.search(left):
        return Reading(_subject(left, found[1], language), "level", 1)
    if found is not None and not left[found[1] :].split(maxsplit=1)[1:]:
        return Reading(_subject(left, found[1], language), "change", found[0])
    return _right_reading(left, right, unit, language, pats, adjacent)


def _right_reading(
    left: str, right: str, unit: str, language: str, pats: ClausePatterns, adjacent: bool
) -> Reading | None:
    change = pats.right_change.match(right)
    if change and last_noun(change["cn"], language) in (None, "growth"):
        sign = 1 if pats.rise_noun.fullmatch(change["cn"]) else -1
        rest = right[change.end() :]
        measure = last_noun(rest[:40], language) if change.group(0) != change["cn"] else None
        return Reading(measure or last_noun(left, language), "change", sign)
    for pattern, sign in ((pats.right_above, 1), (pats.right_below, -1)):
        if pattern.match(right):
            return Reading(last_noun(left, language), "change", sign)
    return _level_reading(left, right, unit, language, pats, adjacent)


def _level_reading(
    left: str, right: str, unit: str, language: str, pats: ClausePatterns, adjacent: bool
) -> Reading | None:
    """A level: `X of <a group>`, `X <measure>`, `X a share`, `<measure> of|was X`,
    `<measure> X`, `X ... cost`."""
    if unit in ("percent", "pp") and pats.of_group.match(right):
        return Reading("share", "level", 1)
    noun = pats.right_noun.match(right)
    if noun:
        return Reading(last_noun(noun["noun"], language), "level", 1)
    if unit not in ("percent", "pp") and pats.per_unit.match(right):
        return Reading("price", "level", 1)
    if pats.link_end.search(left):
        body = pats.link_end.sub("", left)
        last = body.split()[-1:] or [""]
        if pats.change_word.fullmatch(last[0]):  # `Topplinjevekst: 4 000 prosent`
            sign = 1 if pats.rise_noun.fullmatch(last[0]) else -1
            return Reading(last_noun(body[-45:], language), "change", sign)
        linked, at = last_noun_at(body[-45:], language)
        head = _OF_HEAD.search(body[-45:][:at])
        if linked is not None and head:  # `the price of the deal is`: a price
            linked = last_noun(head.group(1), language) or linked
        if direction(body[-45:][at:], pats) is None:  # `investment of`, not `rose ... of`
            return Reading(linked, "level", 1)
    word = left.split()[-1:]
    if adjacent and word and last_noun(word[0], language):  # `Revenue $15,400`, `Pris: 349`
        return Reading(last_noun(word[0], language), "level", 1)
    verb = pats.right_verb.match(right)
    if verb and unit not in ("percent", "pp"):
        return Reading(next(m for m, v in pats.verbs if v.search(verb["verb"] + " ")), "level", 1)
    return None


def _allowed(reading: Reading | None, unit: str) -> Reading | None:
    """`reading` with its measure dropped where the unit or kind cannot have it."""
    if reading is None or reading.measure is None:
        return reading
    measure: str | None = reading.measure
    kind = reading.kind
    percent = unit in ("percent", "pp")
    if (
        (kind == "change" and measure in cw.LEVEL_ONLY)
        or (percent and kind == "level" and measure not in cw.PERCENT_LEVELS)
        or (not percent and measure in cw.MONEY_EXCLUDED)
    ):
        measure = None
    return Reading(measure, kind, reading.sign)
