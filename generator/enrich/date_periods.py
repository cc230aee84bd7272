"""Resolving a matched date phrase to a period against the publication date.

Owns what the words of `date_phrases` stand for (`tables`) and the period a phrase names,
with a precision: year, half, quarter, month or day; a range of two (`1985/1992`,
`2025-02/2025-04`); an open interval (`2001/..` since, `../2030` until); or a fiscal period
(`FY2026-Q1`), whose calendar dates depend on the company and stay unknown. A relative phrase
in an article with no publication date stays unresolved: it is kept, never guessed.
`resolved_claim` makes the `DatedClaim` of one match; `dates` finds the matches.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.enrich import date_phrases
from generator.model import DatedClaim

_CODES = {1: "1", 2: "2", 3: "3", 4: "4"}  # h1, q3: the number after the letter


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
        "hn": words({1: "1", 2: "2"}),
        "q": words(_CODES, "q"),
        "qn": words(_CODES),
        "rel": date_phrases.RELATIVE_YEARS.get(language, date_phrases.RELATIVE_YEARS["en"]),
        "part": date_phrases.PARTS.get(language, date_phrases.PARTS["en"]),
    }


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
        number = _number(words, lang, "half", "h", "hn")
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
        if kind == "fiscal-half":
            number = _number(words, lang, "half", "h", "hn")
            return _Period(f"FY{year}-H{number}", "fiscal_half", None, None)
        number = _number(words, lang, "quarter", "q", "qn")
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


def resolved_claim(
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
        "fiscal-half": "fiscal_half",
        "fiscal-quarter": "fiscal_quarter",
        "fiscal-year": "fiscal_year",
    }
    return precision.get(kind, kind if kind in ("half", "quarter", "since", "until") else "year")
