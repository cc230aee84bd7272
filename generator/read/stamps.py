"""Reading the time out of an update stamp: `Oppdatert i går 21:39`, `Updated 5 Aug 2024, 13:52`.

Owns the stamp formats met in news text: numeric dates (`05.08.2024`, `2024-08-05`), day and
month name (`23 okt 2025`, `5. August`), relative days (`i går`, `yesterday`, `gestern`, from
`newsrules.RELATIVE_DAYS`) and a clock time (`21:39`, `kl. 13.52`). A stamp without a date of
its own is read against the publication date on the same line, else the article's date; one
that cannot be placed in time gives None rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.read import newsrules as rules

_UPDATED = re.compile(
    "(?i:" + "|".join(re.escape(w) for w in rules.every(rules.UPDATED_WORDS)) + r")\b\s*:?\s*"
)
_PUBLISHED = re.compile(
    "(?i:" + "|".join(re.escape(w) for w in rules.every(rules.PUBLISHED_WORDS)) + r")\b"
)
_MONTH_NUMBER = {
    name[:3]: number
    for months in rules.MONTHS.values()
    for number, name in enumerate(months, start=1)
}
_RELATIVE = {word: days for table in rules.RELATIVE_DAYS.values() for word, days in table.items()}
_NUMERIC = re.compile(
    r"\b(?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{2,4}))\b"
)
_NAMED = re.compile(
    r"\b(?P<d>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,})\.?(?:\s+(?P<y>\d{4}))?", re.UNICODE
)
_TIME = re.compile(r"(?<![\d.])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?![\d.]\d)")
_RELATIVE_WORD = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _RELATIVE) + r")\b"
)


def _date(text: str) -> dt.date | None:
    try:
        if match := _NUMERIC.search(text):
            if match["y"]:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            year = int(match["y2"])
            return dt.date(year + 2000 if year < 100 else year, int(match["m2"]), int(match["d2"]))
        if (match := _NAMED.search(text)) and match["y"]:
            month = _MONTH_NUMBER.get(match["month"].lower()[:3])
            if month:
                return dt.date(int(match["y"]), month, int(match["d"]))
    except ValueError:
        return None
    return None


def _relative(text: str, base: dt.date | None) -> dt.date | None:
    match = _RELATIVE_WORD.search(text)
    if match is None or base is None:
        return None
    days = _RELATIVE[" ".join(match.group(0).lower().split())]
    return base - dt.timedelta(days=days)


def stamp_time(text: str, article_date: dt.date | None) -> str | None:
    """The update time a stamp line gives, as ISO `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.

    None if the line is only a publication stamp, or its time cannot be placed (a relative
    `i går` in an article without a date).
    """
    found = _UPDATED.search(text)
    if found is None:
        return None
    when = text[found.end() :]
    if following := _PUBLISHED.search(when):
        when = when[: following.start()]
    when = when.split("|")[0]
    published = _date(text[: found.start()]) or _date(text[found.end() :])
    day = _date(when) or _relative(when, article_date) or published or article_date
    if day is None:
        return None
    clock = _TIME.search(_NUMERIC.sub(" ", when))
    if clock is None:
        return day.isoformat()
    return f"{day.isoformat()}T{int(clock['h']):02d}:{clock['min']}"
