"""Finding registry names and topic keywords in text with one Aho-Corasick pass.

Owns the matching rules: word boundaries (never inside another word, a domain name or an
e-mail address), Nordic inflections (genitive `Nvidias`, `SMIC:s`; hyphen compounds
`Nvidia-brikker`), case rules (an all-capitals alias such as `FT` or `AMD` matches only in
capitals; a capitalised name such as `Trump` never matches the ordinary word `trump`),
trailing `*` for a prefix keyword, longest-match-wins for overlapping names (`New York Times`
keeps `New York` from matching), and blocking phrases: matches that must not count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

_NO_START_AFTER = frozenset("./@_")


BLOCK = ""  # the key of a blocking phrase: it wins the span it covers and is never reported


@dataclass(frozen=True)
class Pattern:
    """`text` to find for `key`; `proper`: a capitalised name matches only capitalised."""

    text: str
    key: str
    case_sensitive: bool = False
    prefix: bool = False
    proper: bool = False


@dataclass(frozen=True)
class Match:
    key: str
    start: int
    end: int


def needs_exact_case(alias: str) -> bool:
    """Aliases written all in capitals (FT, AMD, U.S.) are acronyms: match them only so."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() never shortens, so no character grew
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _ends_word(text: str, end: int) -> bool:
    """True if a name ending at `end` is not part of a longer word (inflections allowed)."""
    if end >= len(text):
        return True
    following = text[end]
    if following == "s" and (end + 1 == len(text) or not text[end + 1].isalnum()):
        return True  # Nordic genitive: Nvidias, Huaweis
    if following == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return False  # a domain name: cnbc.com
    return not (following.isalnum() or following == "_")


def _starts_word(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before in _NO_START_AFTER)


class Matcher:
    """An automaton over many patterns, built once and used on every text."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self._automaton = ahocorasick.Automaton()
        grouped: dict[str, list[tuple[str, str, bool, bool, bool]]] = {}
        for pattern in patterns:
            word = pattern.text.rstrip("*")
            if word.strip():  # (key, word, case-sensitive, prefix, proper): how a match is checked
                proper = pattern.proper and word[0].isupper()
                rule = (pattern.key, word, pattern.case_sensitive, pattern.prefix, proper)
                grouped.setdefault(_fold(word), []).append(rule)
        for folded, group in grouped.items():
            self._automaton.add_word(folded, (len(folded), tuple(group)))
        self._empty = not grouped
        if not self._empty:
            self._automaton.make_automaton()

    def _candidates(self, text: str) -> list[tuple[int, int, str, int]]:
        """(start, -length, key, end) of every accepted match."""
        candidates = []
        for last, (length, group) in self._automaton.iter(_fold(text)):
            start, end = last - length + 1, last + 1
            for key, word, case_sensitive, prefix, proper in group:
                if case_sensitive and text[start:end] != word:
                    continue
                if proper and not text[start].isupper():
                    continue  # `trump` the verb, `apple` the fruit
                if _starts_word(text, start) and (prefix or _ends_word(text, end)):
                    candidates.append((start, -length, key, end))
        return candidates

    def _chosen(self, text: str) -> list[tuple[int, int, str, int]]:
        """The candidates kept: longest first where they overlap, in text order."""
        if self._empty:
            return []
        candidates = self._candidates(text)
        candidates.sort()
        chosen: list[tuple[int, int, str, int]] = []
        taken_until = -1
        for match in candidates:
            if match[0] >= taken_until:
                chosen.append(match)
                taken_until = match[3]
            elif chosen and chosen[-1][0] == match[0] and chosen[-1][3] == match[3]:
                chosen.append(match)  # one alias shared by two entities tags both
        return chosen

    def find(self, text: str) -> list[Match]:
        """Every accepted match, longest first where matches overlap, in text order."""
        return [Match(key, s, e) for s, _, key, e in self._chosen(text) if key != BLOCK]

    def keys(self, text: str) -> set[str]:
        return {key for _, _, key, _ in self._chosen(text) if key != BLOCK}
