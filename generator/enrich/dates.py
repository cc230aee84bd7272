"""Finding dated claims: the date phrases of `date_phrases` in an article's paragraphs.

Owns the phrase patterns per language and their matching (`nästa år`, `i fjor`, `16. März`,
`Q1 FY26`, `from 1985 to 1992`, `seit 2014`; leftmost, then longest, none overlapping), the
sentences of a paragraph, and the claims found (`find_claims`, `claims_in`); what each phrase
resolves to is `date_periods`'. dateparser reads `next year` but not halves, quarters or `vid
årsskiftet`, and returns an instant where a claim needs a period, so the phrases are a table.
A year followed by a currency, scale or percent word (`under 2000 kroner`, `1500 bis 2000
Euro`) is an amount, not a date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from generator.enrich import date_phrases, figure_words
from generator.enrich.date_periods import resolved_claim, tables
from generator.model import DatedClaim

_YEAR = r"((?:19|20)\d{2})"
# kinds whose every template names a four-digit year: skipped in texts that name none
_NEEDS_YEAR = frozenset(
    {"year", "month", "part", "year-range", "since", "since-part", "after", "until", "before"}
)


def _amount_words() -> str:
    words = {w for text in figure_words.CURRENCY_WORDS.values() for w in text.split()}
    words |= {w for scales in figure_words.SCALES.values() for w in scales if len(w) > 1}
    words |= {w.lower() for w in figure_words.CODES}
    words |= {"%", "percent", "per cent", "prozent", "procent", "prosent", "pct"}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# after a year: not a date when an amount's word follows (`under 2000 kroner`)
# after a year: not a decade either (`1980s`, `1980-årene`, `1950'erne`; `2004's` is a year)
_NOT_AMOUNT = (
    rf"(?![.,]?\d)(?!\s?(?:{_amount_words()})(?!\w))"
    r"(?!s\b)(?!-[^\W\d])(?!['’](?!s\b)[^\W\d])"
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”»’]?\s+(?=[\"“”«–—-]?\s?[A-ZÅÄÖÆØÉ0-9])"
    r"(?!(?<=\d\.\s)(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember|Halbjahr|Quartal|Geschäftsquartal|Halvår|Kvartal)\b)"
)


_NUMBERS = {
    "year": rf"{_YEAR[1:-1]}{_NOT_AMOUNT}",
    "yy": r"\d{2}(?!\d)",
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
}


def _expand(template: str, table: dict[str, dict[str, int]]) -> str:
    """`template` with each placeholder replaced by a named group of its table's words."""

    def group(match: re.Match[str]) -> str:
        name = match.group(1)
        base = name.rstrip("2")
        if base in _NUMBERS:
            return f"(?P<{name}>{_NUMBERS[base]})"
        words = sorted(table[base], key=len, reverse=True)
        return f"(?P<{name}>{'|'.join(re.escape(w) for w in words)})"

    return re.sub(r"\{([a-z]+2?)\}", group, template)


@lru_cache(maxsize=16)
def _compiled(language: str) -> list[tuple[str, re.Pattern[str], bool]]:
    """(kind, pattern, whether it can only match with a four-digit year) per phrase.

    Patterns match lower-cased text, and where a word starts (see `_word_matches`): a pattern
    that begins with its words lets the regex engine skip ahead to them, three times faster
    than a case-insensitive pattern that begins with a look-behind."""
    table = tables(language)
    phrases = date_phrases.PHRASES.get(language, date_phrases.PHRASES["en"])
    return [
        (kind, re.compile(rf"(?:{_expand(one, table)})(?!\w)"), kind in _NEEDS_YEAR)
        for kind, template in phrases
        for one in _alternatives(template)
    ]


def _alternatives(template: str) -> list[str]:
    """`template` cut at its top-level `|`, so that each part may use a placeholder once."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(template):
        if char == "\\":
            continue
        depth += {"(": 1, ")": -1}.get(char, 0) if template[at - 1 : at] != "\\" else 0
        if char == "|" and depth == 0:
            parts.append(template[start:at])
            start = at + 1
    return [*parts, template[start:]]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


_ANY_YEAR = re.compile(_YEAR)
_WORD = re.compile(r"\w")


def _folded(text: str) -> str:
    """`text` lower-cased, one character for each (only İ lower-cases to two)."""
    return text.replace("İ", "I").lower()


def _word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""The matches `pattern.finditer` would give if it began with `(?<!\w)`."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        if match.start() and _WORD.match(text, match.start() - 1):
            at = match.start() + 1
        else:
            yield match
            at = max(match.end(), match.start() + 1)


def _phrase_matches(text: str, language: str) -> list[tuple[str, re.Match[str]]]:
    """The phrases found in `text`, leftmost and then longest first, none overlapping; the
    matches are made in `_folded(text)`."""
    folded = _folded(text)
    has_year = _ANY_YEAR.search(folded) is not None  # most texts name no year: skip those
    found = [
        (kind, m)
        for kind, pattern, needs_year in _compiled(language)
        if has_year or not needs_year
        for m in _word_matches(pattern, folded)
    ]
    found.sort(key=lambda item: (item[1].start(), -len(item[1].group(0))))
    chosen: list[tuple[str, re.Match[str]]] = []
    for kind, match in found:
        if not chosen or match.start() >= chosen[-1][1].end():
            chosen.append((kind, match))
    return chosen


def find_claims(text: str, language: str, base: dt.date | None, line: int) -> list[DatedClaim]:
    """Every dated claim in one paragraph, resolved against the publication date `base`."""
    return claims_in([(text, line)], language, base)


_APART = "\x00"  # joins paragraphs: no phrase matches it, and it ends a word


def claims_in(
    paragraphs: Sequence[tuple[str, int]], language: str, base: dt.date | None
) -> list[DatedClaim]:
    """Every dated claim in (text, line) paragraphs, in order, resolved against `base`.

    The paragraphs are searched as one text, so each phrase pattern runs once per article
    rather than once per paragraph; no phrase can span two paragraphs."""
    starts, offset = [], 0
    for text, _ in paragraphs:
        starts.append(offset)
        offset += len(text) + len(_APART)
    joined = _APART.join(text for text, _ in paragraphs)
    claims = []
    for kind, match in _phrase_matches(joined, language):
        which = bisect_right(starts, match.start()) - 1
        text, line = paragraphs[which]
        at = match.start() - starts[which]
        sentence = next(text[s:e] for s, e in sentences(text) if s <= at < max(e, s + 1))
        phrase = joined[match.start() : match.end()]
        claims.append(resolved_claim(kind, match, phrase, sentence, base, language, line))
    return claims
