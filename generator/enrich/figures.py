"""Reading key figures (money, percentages, process nodes) and normalising them.

Owns number reading with each language's own separators (`1,04` and `4.000` in Norwegian,
`4 000` in Swedish, `1,040.5` in English), scale words (`milliarder`, `miljarder`, `billion`,
where a Nordic `billion` is 10^12) and units (`$`, `dollar`, `yuan`, `procent`, `7-nanometer`).
No library reads Nordic amounts correctly, so this is a small table of patterns per language.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TypeVar

from generator.model import Figure

COMMA_DECIMAL = frozenset({"sv", "nb", "nn", "da", "de", "fi", "fr"})

_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_PREFIX = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "usd": "USD",
    "cny": "CNY",
    "rmb": "CNY",
    "eur": "EUR",
    "sek": "SEK",
    "nok": "NOK",
}
_CURRENCY_WORDS = {
    "USD": r"dollars?|us-dollars?|usd",
    "CNY": r"yuan|renminbi|rmb|cny",
    "EUR": r"euros?|eur",
    "GBP": r"pounds?|pund|gbp",
    "SEK": r"kronor|sek",
    "NOK": r"kroner|nok",
}
_PERCENT = r"%|procent|prosent|percent|per cent|prozent"
_NANOMETRE = r"(?:nm|nanomet(?:er|re)s?)(?:[a-zåäöæø]*)"
# scale word -> multiplier, per language (a Nordic or German "billion" is 10^12)
_SCALES: dict[str, dict[str, float]] = {
    "en": {
        "thousand": 1e3,
        "million": 1e6,
        "millions": 1e6,
        "mn": 1e6,
        "billion": 1e9,
        "billions": 1e9,
        "bn": 1e9,
        "trillion": 1e12,
    },
    "sv": {
        "tusen": 1e3,
        "miljon": 1e6,
        "miljoner": 1e6,
        "mn": 1e6,
        "miljard": 1e9,
        "miljarder": 1e9,
        "mdr": 1e9,
        "biljon": 1e12,
        "biljoner": 1e12,
    },
    "nb": {
        "tusen": 1e3,
        "million": 1e6,
        "millioner": 1e6,
        "mill.": 1e6,
        "milliard": 1e9,
        "milliarder": 1e9,
        "mrd.": 1e9,
        "billion": 1e12,
        "billioner": 1e12,
    },
    "da": {
        "tusind": 1e3,
        "million": 1e6,
        "millioner": 1e6,
        "mio.": 1e6,
        "milliard": 1e9,
        "milliarder": 1e9,
        "mia.": 1e9,
        "billion": 1e12,
    },
    "de": {
        "tausend": 1e3,
        "million": 1e6,
        "millionen": 1e6,
        "mio.": 1e6,
        "milliarde": 1e9,
        "milliarden": 1e9,
        "mrd.": 1e9,
        "billion": 1e12,
        "billionen": 1e12,
    },
}
_SCALES["nn"] = _SCALES["nb"]


_T = TypeVar("_T")
_SPACES = re.compile(r"[ \u00a0\u202f]")
# A well-formed number: digits, or digits grouped in threes by one kind of separator (a
# space, or the language's grouping mark), then optionally the decimal mark and digits.
_WELL_FORMED = {
    decimal: re.compile(
        rf"(?P<int>[0-9]+|[0-9]{{1,3}}(?:(?P<sep>[ {re.escape(grouping)}])[0-9]{{3}})"
        rf"(?:(?P=sep)[0-9]{{3}})*)(?:{re.escape(decimal)}(?P<frac>[0-9]+))?"
    )
    for decimal, grouping in ((",", "."), (".", ","))
}


def parse_number(text: str, language: str) -> float | None:
    """A number written with `language`'s separators: `4.000` is 4000 in nb, 4.0 in en.

    None for anything that is not a well-formed number in that language (`110,00` in en,
    `1.234,5` in en, `1,234.5` in nb, mixed or misplaced grouping marks, digits past a
    float's range); never raises."""
    digits = _SPACES.sub(" ", text)
    decimal = "," if language in COMMA_DECIMAL else "."
    match = _WELL_FORMED[decimal].fullmatch(digits)
    if match is None:
        return None
    whole = match["int"].replace(match["sep"], "") if match["sep"] else match["int"]
    value = float(f"{whole}.{match['frac'] or 0}")
    return value if math.isfinite(value) else None


def _word_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str]:
    scales = _SCALES.get(language, _SCALES["en"])
    currency = "|".join(f"(?P<{code}>{words})" for code, words in _CURRENCY_WORDS.items())
    prefix = _word_alternation(list(_PREFIX))
    return re.compile(
        rf"(?<![\w.,$€£¥])(?:(?P<prefix>{prefix})\s?)?{_NUMBER}"
        rf"(?:(?:\s|-)?(?P<nm>{_NANOMETRE})"
        rf"|\s?(?P<percent>{_PERCENT})"
        rf"|(?:\s(?P<scale>{_word_alternation(list(scales))}))?(?:\s(?:{currency}))?)"
        r"(?![\w])",
        re.IGNORECASE,
    )


def _unit_and_value(match: re.Match[str], language: str) -> tuple[str, float] | None:
    number = parse_number(match["num"], language)
    if number is None:
        return None
    if match["nm"]:
        return "nm", number
    if match["percent"]:
        return "percent", number
    scale = 1.0
    if match["scale"]:
        scale = _lookup(_SCALES.get(language, _SCALES["en"]), match["scale"])
    code = next((c for c in _CURRENCY_WORDS if match[c]), None)
    if code == "NOK" and language == "da":
        code = "DKK"
    if match["prefix"]:
        code = _lookup(_PREFIX, match["prefix"])
    value = number * scale
    return (code, value) if code and math.isfinite(value) else None


def _lookup(table: dict[str, _T], word: str) -> _T:
    """`table`'s value for `word` as matched case-insensitively by `re` (which also takes
    `ſ` for `s` and `İ` for `i`, where `str.lower` does not)."""
    if word.lower() in table:
        return table[word.lower()]
    return next(v for k, v in table.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE))


_DIGIT = re.compile(r"\d")


def find_figures(text: str, language: str, line: int) -> list[Figure]:
    """Every money amount, percentage and process node stated in one paragraph."""
    if not _DIGIT.search(text):  # every figure has a digit; most paragraphs have none
        return []
    figures = []
    for match in _pattern(language).finditer(text):
        found = _unit_and_value(match, language)
        if found is not None:
            unit, value = found
            figures.append(Figure(match.group(0).strip(), value, unit, line))
    return figures
