"""Reading key figures (money, percentages, process nodes) and normalising them.

Owns number reading with each language's own separators (`1,04` and `4.000` in Norwegian,
`4 000` in Swedish, `1,040.5` in English) and the one pattern that reads an amount around a
number: a sign (`-$45 million`), a currency before it (`$`, `£`, `kr`), a scale glued to it
or after it (`£3.7bn`, `1,2 mrd.`), a range (`$2-3 billion`, `mellom 10 og 11 millioner`),
and the currency after it (`dollar`, `norske kroner`, `mdkr`), with the words in
`figure_words`. A figure is never a truncated number: a number is read whole or not at all.
No library reads Nordic amounts correctly, so this is a table of words per language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from generator.enrich import clause_words
from generator.enrich import figure_words as words
from generator.model import Figure

COMMA_DECIMAL = frozenset({"sv", "nb", "nn", "da", "de", "fi", "fr"})

_NUMBER = r"(?>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_PERCENT = r"%|procent|prosent|percent|per cent|prozent|pct\.?"
# Percentage points are their own unit (`pp`); a basis point is a hundredth of one.
_POINTS = (
    r"(?P<points>percentage[- ]points?|procentenheter|procentenhet|prosentpoeng|"
    r"procentpoint|prozentpunkte?n?|pp\b|p\.p\.)|(?P<basis>basis points?|bps?\b|"
    r"basispunkte?|baspunkter|basispunkter)"
)
_NANOMETRE = r"(?:nm|nanomet(?:er|re)s?)(?:[a-zåäöæø]*)"

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


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


def _words(table: dict[str, str]) -> dict[str, str]:
    """word -> code from a table of code -> space-separated words."""
    return {w: code for code, text in table.items() for w in text.split()}


_CURRENCY = _words(words.CURRENCY_WORDS)


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str]:
    scales = _alternation([*words.SCALES.get(language, words.SCALES["en"])])
    compound = _alternation([*words.COMPOUND.get(language, {})]) or "(?!)"
    prefix = rf"(?:{_alternation([*words.PREFIXES])}|(?-i:{'|'.join(words.CODES)}))"
    between, joined_by = words.BETWEEN.get(language, words.BETWEEN["en"])
    joins = "|".join(
        rf"\s?{re.escape(j)}\s?" if len(j) == 1 else rf"\s{j}\s" for j in words.RANGE_JOINS.split()
    )
    joins_words = "|".join(j for j in words.RANGE_JOINS.split() if len(j) > 1)
    currency = rf"(?:{_alternation([*_CURRENCY])}|(?-i:{'|'.join(words.CODES)}))"
    adjective = _alternation([*words.CURRENCY_ADJECTIVES])
    hundredths = _alternation(words.HUNDREDTHS.split())
    return re.compile(
        rf"(?<![\w.,$€£¥])(?:(?P<between>{between})\s+)?"
        rf"(?P<amount>(?P<sign>[-\u2212](?=[$€£¥\d])|{words.MINUS_WORDS}\s)?"
        rf"(?:(?P<prefix>{prefix})\s?)?(?P<num>{_NUMBER})(?:\s?(?P<scale1>{scales})(?=[-–—\s])"
        rf"|\s?(?P<percent1>{_PERCENT})(?=(?:\s?[-–—]\s?|\s(?:{joined_by}|{joins_words})\s)"
        rf"{_NUMBER}\s?(?:{_PERCENT})(?!\w))"
        rf"|\s(?P<currency1>{currency})(?=\s{joined_by}\s{_NUMBER}\s(?P=currency1)(?!\w)))?"
        rf"(?:(?P<join>(?(currency1)(?!)|(?:{joins}))|(?(between)\s{joined_by}\s|(?!)))"
        rf"(?:(?P<prefix2>{prefix})\s?)?(?P<num2>{_NUMBER}))?"
        rf"(?:(?:\s|-)?(?P<nm>{_NANOMETRE})"
        rf"|\s(?:{_POINTS})"
        rf"|\s?(?P<percent>{_PERCENT})"
        rf"|\s?(?P<compound>{compound})"
        rf"|(?:\s?(?P<scale>{scales}))?(?:\s(?:(?P<adjective>{adjective})[\s-])?"
        rf"(?P<currency>{currency})(?:\s(?P<hundredths>{hundredths}))?)?))"
        r"(?!\w)",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _Amount:
    """What one match of the pattern says, before it becomes one or two `Figure`s."""

    unit: str
    low: float
    high: float | None  # None: no range
    split: bool  # `$1.64 to $47.10`: two figures, not a range


def _unit(match: re.Match[str], language: str) -> str | None:
    if match["nm"]:
        return "nm"
    if match["points"] or match["basis"]:
        return None if match["percent1"] or match["prefix"] else "pp"
    if match["percent"]:
        return "percent"
    if match["percent1"]:
        return None
    code: str | None = None
    if match["compound"]:
        code = _lookup(words.COMPOUND[language], match["compound"])[1]
    elif match["currency"]:
        word = match["currency"]
        code = (
            words.CODE_ALIASES.get(word, word) if word in words.CODES else _lookup(_CURRENCY, word)
        )
        if match["adjective"]:
            return _lookup(words.CURRENCY_ADJECTIVES, match["adjective"])
    for given in (match["prefix"], match["prefix2"]):
        if given:
            code = words.CODE_ALIASES.get(given, words.PREFIXES.get(given.lower(), given))
    if code == "kr":
        word = (match["currency"] or "").lower()
        code = words.KRONE.get(language) or words.KRONE_ELSEWHERE.get(word)
        if code is None and word == "kroner" and language == "en":
            code = "NOK"
    return code


def _read(match: re.Match[str], language: str, given_scale: float = 1.0) -> _Amount | None:
    unit = _unit(match, language)
    first = parse_number(match["num"], language)
    if unit is None or first is None:
        return None
    scales = words.SCALES.get(language, words.SCALES["en"])
    scale = 1.0 if unit in ("percent", "nm", "pp") else given_scale
    if match["basis"]:
        scale = 0.01
    if match["compound"]:
        scale = _lookup(words.COMPOUND[language], match["compound"])[0]
    elif match["scale"]:
        scale = _lookup(scales, match["scale"])
    scale1 = _lookup(scales, match["scale1"]) if match["scale1"] else scale
    sign = -1.0 if match["sign"] else 1.0
    if match["hundredths"]:
        scale, scale1 = scale / 100, scale1 / 100
    low = sign * first * scale1
    if not match["num2"]:
        return _Amount(unit, low, None, False) if math.isfinite(low) else None
    second = parse_number(match["num2"], language)
    if second is None:
        return None
    high = sign * second * scale
    word_join = match["join"].strip() not in "-–—"
    if not (math.isfinite(low) and math.isfinite(high)) or (low >= high and not word_join):
        return None
    if low >= high:  # `a 53 percent to 39 percent lead`: two figures, never a range
        return _Amount(unit, low, high, True) if match["percent1"] or match["prefix"] else None
    split = word_join and not match["between"] and bool(match["prefix"] or match["scale1"])
    return _Amount(unit, low, high, split)


def _lookup(table: dict[str, _T], word: str) -> _T:
    """`table`'s value for `word` as matched case-insensitively by `re` (which also takes
    `ſ` for `s` and `İ` for `i`, where `str.lower` does not)."""
    if word.lower() in table:
        return table[word.lower()]
    return next(v for k, v in table.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE))


@lru_cache(maxsize=16)
def _qualifier_pattern(language: str) -> re.Pattern[str]:
    table = words.QUALIFIERS.get(language, words.QUALIFIERS["en"])
    return re.compile(rf"(?:^|\W)({_alternation([*table])})\s+$", re.IGNORECASE)


def qualifier_before(text: str, at: int, language: str) -> str | None:
    """`approximate`, `at_least` or `at_most` when the words just before `at` say so."""
    found = _qualifier_pattern(language).search(text[max(0, at - 24) : at])
    if found is None:
        return None
    return _lookup(words.QUALIFIERS.get(language, words.QUALIFIERS["en"]), found[1])


_DIGIT = re.compile(r"\d")
# After `pounds`: its conversion to kilograms, so a weight, not money.
_WEIGHT = re.compile(r"\s*\(\s*(?:about |some |ca\. )?[\d.,]+\s?(?:kg|kilos?|kilograms?)\b")


@lru_cache(maxsize=16)
def _from_change(language: str) -> re.Pattern[str]:
    """A rise or fall, then `from` just before a range: `rose from 45 to 65 %` gives two
    levels, the one before and the one after, not a range."""
    rise = clause_words.RISE.get(language, clause_words.RISE["en"])
    fall = clause_words.FALL.get(language, clause_words.FALL["en"])
    return re.compile(
        rf"(?<!\w)(?:{rise}|{fall})(?!\w)[^;.\d]{{0,60}}(?<!\w)(?:from|fra|frå|från|von)\s+$",
        re.IGNORECASE,
    )


def find_figures(text: str, language: str, line: int, scale: float = 1.0) -> list[Figure]:
    """Every money amount, percentage and process node stated in one paragraph; `scale`
    multiplies an amount of money that has no scale word of its own (a table's cells under
    `$ in millions`)."""
    if not _DIGIT.search(text):  # every figure has a digit; most paragraphs have none
        return []
    figures = []
    for match in _pattern(language).finditer(text):
        amount = _read(match, language, scale)
        if amount is None or (amount.unit == "GBP" and _WEIGHT.match(text, match.end())):
            continue  # `40 pounds (18 kg)` is a weight
        start, end = match.span("amount")
        qualifier = qualifier_before(text, match.start(), language)
        if amount.high is not None and _from_change(language).search(
            text[max(0, start - 90) : start]
        ):
            amount = _Amount(amount.unit, amount.low, amount.high, True)
        if amount.high is None or not amount.split:
            low, high = (None, None) if amount.high is None else (amount.low, amount.high)
            figures.append(
                Figure(
                    text[start:end],
                    amount.low,
                    amount.unit,
                    line,
                    qualifier=qualifier,
                    low=low,
                    high=high,
                )
            )
            continue
        middle = match.start("join")
        figures.append(
            Figure(text[start:middle], amount.low, amount.unit, line, qualifier=qualifier)
        )
        figures.append(Figure(text[match.end("join") : end], amount.high, amount.unit, line))
    return figures
