"""How values read on the site: amounts, percentages, periods, dates and language names.

Owns display only; nothing here changes what is stored in frontmatter.
"""

from __future__ import annotations

import datetime as dt

from generator.model import format_value

__all__ = ["format_value", "language_name", "month_label", "period_label"]

LANGUAGE_NAMES = {
    "en": "English",
    "sv": "Swedish",
    "nb": "Norwegian",
    "nn": "Norwegian Nynorsk",
    "da": "Danish",
    "de": "German",
    "fi": "Finnish",
    "fr": "French",
}
PRECISION_NAMES = {
    "year": "year",
    "half": "half-year",
    "quarter": "quarter",
    "month": "month",
    "day": "day",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def period_label(when: str) -> str:
    """`2025-H1` -> `first half of 2025`; `2025-12` -> `December 2025`; `2026` -> `2026`;
    `2020-03-16` -> `16 March 2020`; `1985/1992` -> `1985 to 1992`; `2001/..` -> `since 2001`;
    `../2030` -> `until 2030`; `FY2026-Q1` -> `fiscal Q1 2026`; `FY2026` -> `fiscal 2026`."""
    if "/" in when:
        first, last = when.split("/", 1)
        if last == "..":
            return f"since {period_label(first)}"
        if first == "..":
            return f"until {period_label(last)}"
        return f"{period_label(first)} to {period_label(last)}"
    if when.startswith("FY"):
        year, _, quarter = when[2:].partition("-")
        return f"fiscal {quarter} {year}" if quarter else f"fiscal {year}"
    if "-H" in when:
        year, half = when.split("-H")
        return f"{'first' if half == '1' else 'second'} half of {year}"
    if "-Q" in when:
        year, quarter = when.split("-Q")
        return f"Q{quarter} {year}"
    if len(when) == 7:
        return dt.date(int(when[:4]), int(when[5:]), 1).strftime("%B %Y")
    if len(when) == 10:
        day = dt.date.fromisoformat(when)
        return f"{day.day} {day.strftime('%B %Y')}"
    return when


def month_label(date: dt.date) -> str:
    return date.strftime("%B %Y")
