"""What a run of capitalised words holds: the name in it, its form as written, inner cues.

Owns splitting a run where one name ends and the next begins (a connector that stands between
two names, a genitive, a compound, a function word in a headline in capitals) and taking off
what is no part of a name: leading titles (`President`, `statsminister`: a cue to a person),
opening words (`Meanwhile`, `Enligt`), demonyms (`Chinese`), genitives (`Nvidia's`, `SMIC:s`),
compound heads (`Huawei-chefen`: a cue to a company), legal suffixes (`Inc`, `AB`: a cue to a
company), initials cut off by a sentence's end, and acronyms of things (`AI`, `CEO`). A run
with a digit is a product or model (`H20`), no name. The results are cached: a corpus repeats
its runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.names import lexicon
from generator.names.gazetteer import first_names

_GENITIVE = re.compile(r"(?:['’]s|['’]|:s)$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_DIGIT = re.compile(r"\d")
_SHORT_SUFFIXES = frozenset({"Inc", "Co", "Ltd", "plc", "Corp", "ApS", "Oyj", "GmbH", "KGaA"})


@dataclass(frozen=True, slots=True)
class Held:
    """The name a run holds (`name` empty when none), as written with its suffix
    (`written`), the cues inside the run, and whether words before it were taken off (so
    the name stands inside its sentence even where the run opened it)."""

    name: str
    written: str
    cues: tuple[str, ...]
    shifted: bool


@lru_cache(maxsize=1 << 16)
def pieces(words: tuple[str, ...], headline: bool) -> tuple[tuple[int, int], ...]:
    """(start, end) of each name's words within a run of capitalised words and the
    connectors between them (`Bank of England` is one; `Tim Henman of Britain` two)."""
    spans = []
    start, i = 0, 1
    while i < len(words):
        word = words[i]
        if not word[:1].isupper():  # a connector, a capitalised word after it
            if _inside(words[start:i], word.casefold()):
                i += 2
                continue
            spans.append((start, i))
            start, i = i + 1, i + 2
            continue
        previous = words[i - 1]
        if closed(previous) or (
            headline and (previous.casefold() in lexicon.NEVER or word.casefold() in lexicon.NEVER)
        ):
            spans.append((start, i))
            start = i
        i += 1
    spans.append((start, len(words)))
    return tuple(spans)


def _inside(before: tuple[str, ...], word: str) -> bool:
    """Whether `word` between two capitalised words stands inside one name: a particle after
    a given name (`Ole von Beust`), `of` after a head word (`Bank of England`)."""
    if not before:
        return False
    last = before[-1].casefold()
    if word in lexicon.PARTICLES:
        given = first_names()
        return last in given or (len(before) > 1 and before[-2].casefold() in given)
    return word in lexicon.INNER_WORDS and last in lexicon.NAME_HEADS


def closed(word: str) -> bool:
    """A word after which a name ends: a genitive, or a compound (`Huawei-chefen`)."""
    return bool(_GENITIVE.search(word)) or bool(hyphen_part(word)[1])


def hyphen_part(word: str) -> tuple[str, str]:
    """`Huawei-chefen`, `Huawei-Chef` -> (`Huawei`, `chefen`); `Hewlett-Packard` stays whole."""
    head, _, tail = word.partition("-")
    folded = tail.casefold()
    known = folded in lexicon.COMPANY_HYPHENS or folded in lexicon.PLACE_HYPHENS
    if tail and (tail[0].islower() or known) and head[:1].isupper():
        return head, folded
    return word, ""


@lru_cache(maxsize=1 << 16)
def held(words: tuple[str, ...], opening: bool) -> Held:
    """The name `words` hold; an `opening` run (first in its sentence, or in a headline)
    also loses its leading function words (`Meanwhile`, `The`, `Enligt`)."""
    cues: list[str] = []
    names = list(words)
    shifted = False
    while names and _leading(names[0].casefold(), opening, len(names)):
        if names[0].casefold() in lexicon.TITLES:
            cues.append(f"title:{names[0].casefold()}")
        names.pop(0)
        shifted = True
    if not names:
        return Held("", "", (), shifted)
    names[-1], hyphen = hyphen_part(names[-1])
    while len(names) > 1 and (
        names[-1].casefold() in lexicon.TITLES
        or (hyphen and names[-1].casefold() in lexicon.COMMON_ACRONYMS)
    ):
        names.pop()  # `Huaweis AI-processorer`, `Australian CEO` (not `Unconventional AI`)
    while (
        len(names) > 1
        and names[0].casefold() in lexicon.DEMONYMS
        and names[1].casefold() not in lexicon.DEMONYM_HEADS
        and names[-1].casefold() not in lexicon.ORGANIZATION_WORDS
    ):
        # `Chinese Acme`: an adjective before the name; but `European Union`, and an
        # organisation's own name (`Norwegian Battery Agency`, `Swedish Energy Agency`)
        names.pop(0)
    if any(word.casefold() in lexicon.QUANTITIES for word in names):
        return Held("", "", (), shifted)  # an amount (`Millionen Euro`), no name
    if hyphen in lexicon.COMPANY_HYPHENS:
        cues.append(f"compound:{hyphen}")
    elif hyphen in lexicon.PLACE_HYPHENS:
        cues.append(f"place-compound:{hyphen}")
    names[-1] = _GENITIVE.sub("", names[-1])
    if _PLURAL_ACRONYM.fullmatch(names[-1]):
        names[-1] = names[-1][:-1]
    written = " ".join(names)
    if _DIGIT.search(written):
        return Held("", "", (), shifted)  # a product or model (`H20`, `Ascend 910D`)
    while len(names) > 1 and len(names[-1].rstrip(".")) == 1:
        names.pop()  # an initial cut off by the sentence's end (`Carl I. Hagen`)
    while len(names) > 1 and legal_suffix(names[-1]):
        cues.append(f"suffix:{names.pop().rstrip('.')}")
    name = " ".join(names)
    if not name[:1].isalpha() or name.casefold() in lexicon.NEVER:
        return Held("", "", (), shifted)
    return Held(name, written, tuple(cues), shifted)


def _leading(word: str, opening: bool, count: int) -> bool:
    """A word to take off the front of a run: a title, a connector, a function word (`Im
    Namen`, `Alle Stücke`), or (first in a sentence or headline) an opening word."""
    if word in lexicon.TITLES or word in lexicon.CONNECTORS or word in lexicon.PARTICLES:
        return True
    if word in lexicon.NEVER and (opening or count == 1 or word not in lexicon.NAME_STARTS):
        return True
    return opening and word in lexicon.OPENERS


def legal_suffix(word: str) -> bool:
    """`Inc`, `Inc.`, `AB`, `ASA`, `GmbH`, `A/S` (a short one only as a company writes it)."""
    bare = word.rstrip(".")
    if bare.casefold() not in lexicon.LEGAL_SUFFIXES or bare.casefold() in ("group", "holding"):
        return False
    return len(bare) > 4 or bare.isupper() or bare in _SHORT_SUFFIXES
