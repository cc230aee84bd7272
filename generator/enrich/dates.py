"""Finding dated claims and resolving them against the publication date.

Owns the per-language date phrases (`nästa år`, `neste år`, `by the end of this year`,
`vid årsskiftet`, `første halvår`, `in 2025`, `Q3 2025`, `August 2025`) and their
resolution to a period with a precision: year, half, quarter, month or day. dateparser reads
`next year` but not halves, quarters or `vid årsskiftet`, and returns an instant where a claim
needs a period, so the phrases are a small table here. A relative phrase in an article with no
publication date stays unresolved: it is kept, never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.model import DatedClaim

_YEAR = r"((?:19|20)\d{2})"
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
}
_MONTHS["nn"] = _MONTHS["nb"]
# Ordinal words of halves and quarters, by number, per language; nb, nn and da share one
# table because short Norwegian and Danish texts are easily taken for one another.
_NORDIC = {1: "første fyrste", 2: "andre anden andet", 3: "tredje", 4: "fjerde"}
_ORDINAL_WORDS: dict[str, dict[int, str]] = {
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth"},
    "sv": {1: "första", 2: "andra", 3: "tredje", 4: "fjärde"},
    "nb": _NORDIC,
    "nn": _NORDIC,
    "da": _NORDIC,
    "de": {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten"},
}
_CODES = {1: "1", 2: "2", 3: "3", 4: "4"}  # h1, q3: the number after the letter

# (kind, template) per language; kinds are resolved by _resolve. A template's placeholders
# become named groups whose alternatives are the keys of the table that resolves them
# (`_tables`), so every word a pattern captures resolves:
#   {year}  a four-digit year           {month}  a month name
#   {half}  an ordinal 1-2 ("andre")    {quarter}  an ordinal 1-4 ("tredje")
#   {h}  h1 or h2                       {q}  q1 to q4
_PHRASES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "year-end",
            r"(?:(?:by|before|until|at|towards?|around)\s+)?the end of (?:this|the) "
            r"year|(?:by\s+)?(?:this\s+)?year-end",
        ),
        ("next-year", r"next year"),
        ("this-year", r"(?:later |earlier )?this year"),
        ("half", r"{half} half of (?:this year|{year})"),
        ("half", r"{h} {year}"),
        ("quarter", r"{quarter} quarter of {year}"),
        ("quarter", r"{q} {year}"),
        ("year", r"(?:in|by|during|until|through|from|since|before|after) {year}"),
    ],
    "sv": [
        (
            "year-end",
            r"vid årsskiftet|(?:vid|före|innan|mot) årets slut|(?:i|mot) slutet av "
            r"(?:året|detta år)",
        ),
        ("next-year", r"nästa år"),
        ("this-year", r"i år|under året"),
        ("half", r"{half} halvåret(?: {year})?"),
        ("quarter", r"{quarter} kvartalet {year}"),
        ("year", r"(?:i|under|till|senast|från|före|efter|inom) {year}"),
    ],
    "nb": [
        (
            "year-end",
            r"ved årsskiftet|mot slutten av (?:inneværende år|året|dette året)|"
            r"(?:innen|før|ved) utgangen av (?:året|inneværende år)|i slutten av året",
        ),
        ("next-year", r"neste år"),
        ("this-year", r"i år|i løpet av året"),
        ("half", r"{half} halvår(?:et)?(?: {year})?"),
        ("quarter", r"{quarter} kvartal(?:et)? {year}"),
        ("year", r"(?:i|innen|fra|til|under|før|etter) {year}"),
    ],
    "de": [
        ("year-end", r"(?:bis |zum )?ende (?:dieses|des) jahres"),
        ("next-year", r"(?:im )?nächsten jahr|nächstes jahr"),
        ("this-year", r"(?:in )?diesem jahr"),
        ("half", r"{half} halbjahr(?: {year})?"),
        ("year", r"(?:im jahr|bis|ab|seit|vor|nach) {year}"),
    ],
}
_PHRASES["nn"] = _PHRASES["da"] = _PHRASES["nb"]
_MONTH_PHRASE = ("month", r"{month} {year}")
_NEEDS_YEAR = frozenset({"year", "quarter", "month"})  # kinds that only match with a year


@lru_cache(maxsize=16)
def _tables(language: str) -> dict[str, dict[str, int]]:
    """Placeholder -> (lower-case word -> number) for `language`: the one source of both the
    alternatives a pattern can capture and what each of them resolves to."""
    ordinals = _ORDINAL_WORDS.get(language, _ORDINAL_WORDS["en"])
    months = _MONTHS.get(language, _MONTHS["en"]).split()

    def words(numbers: dict[int, str], prefix: str = "") -> dict[str, int]:
        return {prefix + w: n for n, text in numbers.items() for w in text.split()}

    return {
        "month": {name: number for number, name in enumerate(months, start=1)},
        "half": words({n: w for n, w in ordinals.items() if n <= 2}),
        "quarter": words(ordinals),
        "h": words({1: "1", 2: "2"}, "h"),
        "q": words(_CODES, "q"),
    }


def _expand(template: str, tables: dict[str, dict[str, int]]) -> str:
    """`template` with each placeholder replaced by a named group of its table's words."""

    def group(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "year":
            return f"(?P<year>{_YEAR[1:-1]})"
        words = sorted(tables[name], key=len, reverse=True)
        return f"(?P<{name}>{'|'.join(re.escape(w) for w in words)})"

    return re.sub(r"\{([a-z]+)\}", group, template)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’]?\s+(?=[\"“”«–—-]?\s?[A-ZÅÄÖÆØÉ0-9])")


@dataclass(frozen=True)
class _Period:
    when: str
    precision: str
    start: dt.date
    end: dt.date


def _month_period(year: int, month: int) -> _Period:
    last = calendar.monthrange(year, month)[1]
    return _Period(
        f"{year}-{month:02d}", "month", dt.date(year, month, 1), dt.date(year, month, last)
    )


def _span(year: int, first_month: int, months: int, when: str, precision: str) -> _Period:
    last_month = first_month + months - 1
    end = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return _Period(when, precision, dt.date(year, first_month, 1), end)


def _resolve(kind: str, match: re.Match[str], base: dt.date | None, lang: str) -> _Period | None:
    words = match.groupdict()
    year_text = words.get("year")
    year = int(year_text) if year_text else (base.year if base else None)
    if kind == "next-year":
        year = base.year + 1 if base else None
    if year is None or year > dt.MAXYEAR:
        return None
    if kind in ("year", "this-year", "next-year"):
        return _span(year, 1, 12, str(year), "year")
    if kind == "year-end":
        return _month_period(year, 12)
    number = next(
        _tables(lang)[name][word] for name, word in words.items() if name != "year" and word
    )
    if kind == "month":
        return _month_period(year, number)
    if kind == "half":
        return _span(year, 6 * number - 5, 6, f"{year}-H{number}", "half")
    return _span(year, 3 * number - 2, 3, f"{year}-Q{number}", "quarter")


@lru_cache(maxsize=16)
def _compiled(language: str) -> list[tuple[str, re.Pattern[str], bool]]:
    """(kind, pattern, whether it can only match with a four-digit year) per phrase.

    Patterns match lower-cased text, and where a word starts (see `_word_matches`): a pattern
    that begins with its words lets the regex engine skip ahead to them, three times faster
    than a case-insensitive pattern that begins with a look-behind."""
    tables = _tables(language)
    phrases = [*_PHRASES.get(language, _PHRASES["en"]), _MONTH_PHRASE]
    return [
        (kind, re.compile(rf"(?:{_expand(template, tables)})(?!\w)"), kind in _NEEDS_YEAR)
        for kind, template in phrases
    ]


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
        claims.append(_claim(kind, match, phrase, sentence, base, language, line))
    return claims


def _claim(
    kind: str,
    match: re.Match[str],
    phrase: str,
    sentence: str,
    base: dt.date | None,
    language: str,
    line: int,
) -> DatedClaim:
    period = _resolve(kind, match, base, language)
    return DatedClaim(
        phrase=phrase,
        sentence=sentence.strip(),
        when=period.when if period else None,
        precision=period.precision if period else _precision_of(kind),
        start=period.start if period else None,
        end=period.end if period else None,
        relative=match.groupdict().get("year") is None,
        line=line,
    )


def _precision_of(kind: str) -> str:
    return {"year-end": "month", "half": "half", "quarter": "quarter"}.get(kind, "year")
