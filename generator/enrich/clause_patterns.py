"""The compiled patterns of a figure's clause, per language, and the two look-ups on them:
the measure whose noun stands last in a text, and the last rise or fall word.

Owns the regular expressions built from `clause_words` (and the qualifiers of
`figure_words`, the relative-clause words of `cue_words`), compiled once per language;
`clauses` reads a clause with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.enrich import clause_words as cw
from generator.enrich import cue_words, figure_words


def words(table: dict[str, str], language: str) -> str:
    return table.get(language, table["en"])


@dataclass(frozen=True)
class ClausePatterns:
    """A language's clause patterns (see the module docstring)."""

    nouns: re.Pattern[str]  # one named group per measure
    verbs: tuple[tuple[str, re.Pattern[str]], ...]
    rise: re.Pattern[str]
    fall: re.Pattern[str]
    by_end: re.Pattern[str]
    to_end: re.Pattern[str]
    link_end: re.Pattern[str]
    change_noun_end: re.Pattern[str]
    right_change: re.Pattern[str]
    right_above: re.Pattern[str]
    right_below: re.Pattern[str]
    right_dir: re.Pattern[str]
    right_noun: re.Pattern[str]
    right_verb: re.Pattern[str]
    of_group: re.Pattern[str]
    per_unit: re.Pattern[str]
    per_time: re.Pattern[str]
    joins: re.Pattern[str]
    head: re.Pattern[str]
    filler: re.Pattern[str]
    or_end: re.Pattern[str]
    trim: re.Pattern[str]
    clause_end: re.Pattern[str]
    aside: re.Pattern[str]
    rise_noun: re.Pattern[str]
    change_word: re.Pattern[str]


def whole(words: str) -> str:
    return rf"(?<!\w)(?:{words})(?!\w)"


@lru_cache(maxsize=16)
def patterns(language: str) -> ClausePatterns:
    """The clause patterns of `language` (English's words where it has none)."""

    def p(words: str) -> re.Pattern[str]:
        return re.compile(words, re.IGNORECASE)

    nouns = "|".join(words(t, language) for t in cw.NOUNS.values())
    rise, fall = words(cw.RISE, language), words(cw.FALL, language)
    change = f"{words(cw.RISE_NOUNS, language)}|{words(cw.FALL_NOUNS, language)}"
    verbs = "|".join(words(t, language) for t in cw.VERBS.values())
    qualifiers = "|".join(
        re.escape(q) for q in figure_words.QUALIFIERS.get(language, figure_words.QUALIFIERS["en"])
    )
    filler = r"a|an|the|some|just|only|en|ett|et|ei|ein|eine|einen|einem|einer|je|rund|totalt|"
    filler += r"til sammen|til saman|sammanlagt|insgesamt|another|a further|nearly|almost|"
    filler += r"an average of|average|averaging|on average|somit|damit|nun|jetzt|also|bereits|"
    filler += r"noch|nur|dermed|nå|no|altså|allerede|bare|således|nu|redan|endast|thus|now|"
    filler += r"already|still|only|between|mellan|mellom|mellem|zwischen|"
    filler += r"(?:last |this |next )?(?:\w+day|week|month|year|quarter|half)'s|record|"
    filler += r"ranging from|ranged from|range from"
    # an inflected adjective between the link and the figure (`på rekordhøye`, `um satte`)
    adjective = "" if language == "en" else r"(?:\s+[a-zäöåæøüß]+e)?"
    return ClausePatterns(
        nouns=p("|".join(f"(?P<{m}>{whole(words(t, language))})" for m, t in cw.NOUNS.items())),
        verbs=tuple((m, p(whole(words(t, language)) + r"\s*$")) for m, t in cw.VERBS.items()),
        rise=p(whole(rise)),
        fall=p(whole(fall)),
        by_end=p(whole(words(cw.BY, language)) + adjective + r"\s*$"),
        to_end=p(whole(words(cw.TO, language)) + r"\s*$"),
        link_end=p(rf"(?:{whole(words(cw.LINKS, language))}|:){adjective}\s*$"),
        change_noun_end=p(rf"(?P<cn>{whole(change)})\s+(?:of|in|på|om|von|with|med|af|i)\s*$"),
        right_change=p(rf"^\s*(?P<cn>{whole(change)})(?:\s+(?:in|of|i|im|der|des|av|af)\s+)?"),
        right_above=p(r"^\s*" + whole(words(cw.ABOVE, language))),
        right_below=p(r"^\s*" + whole(words(cw.BELOW, language))),
        right_dir=p(rf"^\s*(?:[\w.,]+\s+){{0,2}}?(?P<dir>{whole(rise + '|' + fall)})"),
        right_noun=p(
            rf"^\s*(?:(?:in|of|i|av|af|an|im)\s+)?(?:[\w-]+\s+)??(?P<noun>{whole(nouns)})"
        ),
        right_verb=p(rf"^\s*(?:[\w.]+\s+){{0,4}}?(?P<verb>{whole(verbs)})"),
        of_group=p(r"^\s*" + whole(words(cw.OF_GROUP, language))),
        per_unit=p(r"^\s*" + whole(words(cw.PER_UNIT, language))),
        per_time=p(r"^\s*" + whole(words(cw.PER_TIME, language))),
        joins=p(whole("|".join(w for w in words(cw.AND, language).split("|") if w != ","))),
        or_end=p(rf"^\w+\s[^;,]{{1,30}},?\s{whole(words(cw.OR, language))}\s*$"),
        trim=p(rf"(?:{whole(qualifiers + '|' + filler)}|[\s(,]|\bover\b)+$"),
        filler=p(whole(qualifiers + "|" + filler)),
        head=p(r"[\s-]+" + whole(words(cw.HEADS, language))),
        clause_end=p(rf"[;]|{whole(words(cw.CLAUSE_END, language))}"),
        aside=p(rf",\s*{whole(words(cue_words.RELATIVE, language))}[^,;]*,|\([^)]*\)"),
        rise_noun=p(whole(words(cw.RISE_NOUNS, language))),
        change_word=p(whole(change)),
    )


def last_noun(text: str, language: str) -> str | None:
    """The measure whose noun stands last in `text` (the head of `budget deficit`)."""
    return last_noun_at(text, language)[0]


def last_noun_at(text: str, language: str) -> tuple[str | None, int]:
    """(the measure whose noun stands last in `text`, where that noun ends)."""
    pats = patterns(language)
    last: tuple[str | None, int] = (None, 0)
    for found in pats.nouns.finditer(text):  # at one place, the first measure listed wins
        if not pats.head.match(text, found.end()):  # `price index`: an index, not a price
            last = (found.lastgroup, found.end())
    return last


def direction(text: str, pats: ClausePatterns) -> tuple[int, int] | None:
    """(sign, where) of the last rise or fall word in `text`."""
    found = [(m.start(), 1) for m in pats.rise.finditer(text)]
    found += [(m.start(), -1) for m in pats.fall.finditer(text)]
    if not found:
        return None
    where, sign = max(found)
    return sign, where
