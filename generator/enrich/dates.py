"""Finding dated claims and resolving them against the publication date.

Owns the resolution of the phrases of `date_phrases` (`nästa år`, `i fjor`, `16. März`,
`Q1 FY26`, `from 1985 to 1992`, `seit 2014`) to a period with a precision: year, half,
quarter, month or day; a range of two (`1985/1992`, `2025-02/2025-04`); an open interval
(`2001/..` since, `../2030` until); or a fiscal period (`FY2026-Q1`), whose calendar dates
depend on the company and stay unknown. dateparser reads `next year` but not halves,
quarters or `vid årsskiftet`, and returns an instant where a claim needs a period, so the
phrases are a table. A relative phrase in an article with no publication date stays
unresolved: it is kept, never guessed. A year followed by a currency, scale or percent word
(`under 2000 kroner`, `1500 bis 2000 Euro`) is an amount, not a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.enrich import date_phrases, figure_words
from generator.model import DatedClaim

_YEAR = r"((?:19|20)\d{2})"
_CODES = {1: "1", 2: "2", 3: "3", 4: "4"}  # h1, q3: the number after the letter
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
    r"September|Oktober|November|Dezember)\b)"
)


@lru_cache(maxsize=16)
def tables(language: str) -> dict[str, dict[str, int]]:
    """Placeholder -> (lower-case word -> number) for `language`: the one source of both the
    alternatives a pattern can capture and what each of them resolves to."""
    ordinals = date_phrases.ORDINALS.get(language, date_phrases.ORDINALS["en"])
    months = date_phrases.MONTHS.get(language, date_phrases.MONTHS["en"]).split()

    def words(numbers: dict[int, str], prefix: str = "") -> dict[str, int]:
        return {prefix + w: n for n, text in numbers.items() for w in text.split()}

    return {
        "month": {name: n for n, names in enumerate(months, start=1) for name in names.split("/")},
        "half": words({n: w for n, w in ordinals.items() if n <= 2}),
        "quarter": words(ordinals),
        "h": words({1: "1", 2: "2"}, "h"),
        "q": words(_CODES, "q"),
        "qn": words(_CODES),
        "rel": date_phrases.RELATIVE_YEARS.get(language, date_phrases.RELATIVE_YEARS["en"]),
        "part": date_phrases.PARTS.get(language, date_phrases.PARTS["en"]),
    }


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


@dataclass(frozen=True)
class _Period:
    when: str
    precision: str
    start: dt.date | None
    end: dt.date | None


def _month_period(year: int, month: int) -> _Period:
    last = calendar.monthrange(year, month)[1]
    return _Period(
        f"{year}-{month:02d}", "month", dt.date(year, month, 1), dt.date(year, month, last)
    )


def _span(year: int, first_month: int, months: int, when: str, precision: str) -> _Period:
    last_month = first_month + months - 1
    end = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return _Period(when, precision, dt.date(year, first_month, 1), end)


def _joined(first: _Period, last: _Period) -> _Period | None:
    """One period from the start of `first` to the end of `last` (`1985/1992`)."""
    if first.start is None or last.end is None or last.end < first.start:
        return None
    precision = first.precision if first.precision == last.precision else "month"
    return _Period(f"{first.when}/{last.when}", precision, first.start, last.end)


def _year(words: dict[str, str | None], base: dt.date | None, lang: str, key: str) -> int | None:
    if words.get(key):
        return int(words[key] or 0)
    if key == "year" and words.get("yy"):
        return 2000 + int(words["yy"] or 0)
    if base is None:
        return None
    if words.get("rel"):
        return base.year + tables(lang)["rel"][words["rel"] or ""]
    return base.year


def _number(words: dict[str, str | None], lang: str, *names: str) -> int:
    table = tables(lang)
    return next(table[n.rstrip("2")][w] for n in names if (w := words.get(n)) is not None)


def _resolve(kind: str, match: re.Match[str], base: dt.date | None, lang: str) -> _Period | None:
    """The period `match` names, or None when it has none: a relative phrase without a
    publication date, an empty range, or a date outside the calendar (`i fjor` in year 1)."""
    try:
        return _resolve_kind(kind, match, base, lang)
    except (ValueError, OverflowError):  # year 0 or 10000, reached by `after`, `last year`...
        return None


def _resolve_kind(
    kind: str, match: re.Match[str], base: dt.date | None, lang: str
) -> _Period | None:
    words = match.groupdict()
    year = _year(words, base, lang, "year")
    offsets = {"next-year": 1, "last-year": -1}
    if kind in offsets:
        year = base.year + offsets[kind] if base else None
    if year is None or not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    if kind in ("year", "this-year", "next-year", "last-year"):
        return _span(year, 1, 12, str(year), "year")
    if kind == "year-end":
        return _month_period(year, 12)
    if kind in ("month", "month-rel"):
        return _month_period(year, _number(words, lang, "month"))
    if kind == "day":
        return _day(year, _number(words, lang, "month"), int(words.get("day") or 0))
    if kind == "half":
        number = _number(words, lang, "half", "h")
        return _span(year, 6 * number - 5, 6, f"{year}-H{number}", "half")
    if kind == "quarter":
        number = _number(words, lang, "quarter", "q", "qn")
        return _span(year, 3 * number - 2, 3, f"{year}-Q{number}", "quarter")
    if kind in ("part", "part-rel"):
        third = _number(words, lang, "part")
        return _joined(_month_period(year, 4 * third - 3), _month_period(year, 4 * third))
    if kind.startswith("fiscal"):
        if not (words.get("year") or words.get("yy")):
            return None  # `sitt regnskapsmessige andre kvartal`: which fiscal year is unknown
        if kind == "fiscal-year":
            return _Period(f"FY{year}", "fiscal_year", None, None)
        number = _number(words, lang, "quarter", "q")
        return _Period(f"FY{year}-Q{number}", "fiscal_quarter", None, None)
    return _interval(kind, words, year, base, lang)


def _day(year: int, month: int, day: int) -> _Period:
    if day > calendar.monthrange(year, month)[1]:
        return _month_period(year, month)  # `31. februar`: the month is all that is sure
    date = dt.date(year, month, day)
    return _Period(date.isoformat(), "day", date, date)


def _interval(
    kind: str, words: dict[str, str | None], year: int, base: dt.date | None, lang: str
) -> _Period | None:
    """Ranges (`1985/1992`, `2025-02/2025-04`) and open intervals (`2001/..`, `../2030`)."""
    if kind == "since-part":
        third = _number(words, lang, "part")
        inner = _joined(_month_period(year, 4 * third - 3), _month_period(year, 4 * third))
        return (
            _Period(f"{year}-{4 * third - 3:02d}/..", "since", inner.start, None) if inner else None
        )
    if kind.endswith("-day"):
        return _open(
            kind.removesuffix("-day"),
            _day(year, _number(words, lang, "month"), int(words.get("day") or 0)),
        )
    if kind == "day-range":
        return _day_range(words, year, lang)
    if kind == "year-range":
        second = _year(words, base, lang, "year2") or year
        if words.get("yy"):  # `2005-06`: the season or fiscal year across two
            second = year // 100 * 100 + int(words["yy"] or 0)
        return _joined(
            _span(year, 1, 12, str(year), "year"), _span(second, 1, 12, str(second), "year")
        )
    if kind == "month-range":
        second = int(words.get("year2") or year)
        first_year = year if words.get("year") or not words.get("year2") else second
        return _joined(
            _month_period(first_year, _number(words, lang, "month")),
            _month_period(second, _number(words, lang, "month2")),
        )
    year += {"after": 1, "before": -1}.get(kind, 0)
    inner = (
        _month_period(year, _number(words, lang, "month"))
        if words.get("month")
        else _span(year, 1, 12, str(year), "year")
    )
    return _open(kind, inner)


def _open(kind: str, inner: _Period) -> _Period:
    """An open interval from (`since`, `after`) or up to (`until`, `before`) `inner`."""
    if kind in ("since", "after"):
        return _Period(f"{inner.when}/..", "since", inner.start, None)
    if kind == "before" and inner.precision == "day" and inner.start and inner.start > dt.date.min:
        day = inner.start - dt.timedelta(days=1)
        return _Period(f"../{day.isoformat()}", "until", None, day)
    return _Period(f"../{inner.when}", "until", None, inner.end)


def _day_range(words: dict[str, str | None], year: int, lang: str) -> _Period | None:
    """`from 6 to 9 January`, `15 November 2004 and 5 January 2005`, `30. Jänner bis 3. April`."""
    first_month = _number(words, lang, "month")
    last_month = _number(words, lang, "month2") if words.get("month2") else first_month
    last_year = int(words.get("year2") or year)
    if not words.get("year") and words.get("year2"):
        year = last_year if first_month <= last_month else last_year - 1
    first = _day(year, first_month, int(words.get("day") or 0))
    return _joined(first, _day(last_year, last_month, int(words.get("day2") or 0)))


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
        relative=not any(match.groupdict().get(k) for k in ("year", "yy")),
        line=line,
    )


def _precision_of(kind: str) -> str:
    precision = {
        "year-end": "month",
        "month-rel": "month",
        "day": "day",
        "part": "month",
        "part-rel": "month",
        "day-range": "day",
        "since-day": "since",
        "since-part": "since",
        "until-day": "until",
        "before-day": "until",
        "fiscal-quarter": "fiscal_quarter",
        "fiscal-year": "fiscal_year",
    }
    return precision.get(kind, kind if kind in ("half", "quarter", "since", "until") else "year")
