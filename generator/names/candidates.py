"""One article's candidate names: every run of capitalised words, where it stands, and why.

Owns the per-article half of name finding (cached per article, like enrichment): the words of
each sentence, the runs of capitalised words (with `of`, `von`, `af` ... inside), and for each
run its form with genitives (`Nvidia's`, `SMIC:s`), legal suffixes (`Inc`), leading titles
(`President`, `statsminister`) and hyphenated compounds (`Huawei-chefen`) taken off, whether it
stood first in its sentence or in a headline (where every word is capitalised), and the cues
to its kind it stood with. Also the acronyms written with their long form
(`Semiconductor Manufacturing International Corporation (SMIC)`) and the words the article
writes in lower case (a capitalised word also written so is a sentence opener, not a name).
Bylines, boilerplate lines and datelines are read as such (a dateline names a place).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from generator.enrich import sentences
from generator.model import Article, Record
from generator.names import lexicon
from generator.names.gazetteer import first_names

_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[\w&]+(?:[-'’/][\w]+)*(?::s)?|[^\w\s]")
_DATE_START = re.compile(r"\s*(?:\d|\(|[-–—:]|,\s*\w+\s*\d|$)")
_GENITIVE = re.compile(r"(?:['’]s|['’]|:s)$")
_SCORE = re.compile(r"\d{1,3}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_SHORT_SUFFIXES = frozenset({"Inc", "Co", "Ltd", "plc", "Corp", "ApS", "Oyj", "GmbH", "KGaA"})


@dataclass(frozen=True, slots=True)
class Spot(Record):
    """A form a candidate name takes in one article, with its counts and cues.

    `mid` counts its uses inside a sentence (the strong evidence), `opening` those first in a
    sentence, `headline` those in a headline; `after_determiner` the mid uses after an article
    or determiner (`die Regierung`: a German common noun); `cues` the kind cues it stood with
    (`suffix:Inc`, `title:minister`, `place:in`, `dateline`); `forms` the forms as written
    (`Nvidia's`, `NVIDIA`); `line` and `sentence` its first use (a mid one if any)."""

    key: str
    mid: int
    opening: int
    headline: int
    after_determiner: int  # after an article or a number
    cues: tuple[str, ...]
    forms: tuple[str, ...]
    line: int
    sentence: str


@dataclass(frozen=True, slots=True)
class ArticleNames(Record):
    """The candidate names of one article, with what the corpus-level merge needs of it."""

    slug: str
    source_file: str
    language: str
    date: object  # dt.date | None (kept loose: the record is pickled into the cache)
    outlet: str | None
    spots: tuple[Spot, ...]
    acronyms: tuple[tuple[str, str], ...]  # (acronym, long form key)
    lower: frozenset[str]  # words written in lower case inside a sentence


class _Tally:
    """The spots of one article as they are found."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.cues: dict[str, list[str]] = defaultdict(list)
        self.forms: dict[str, list[str]] = defaultdict(list)
        self.first: dict[str, tuple[int, str, bool]] = {}

    def add(self, name: str, place: int, line: int, sentence: str, determiner: bool) -> str:
        key = normal(name)
        self.counts[key][place] += 1
        self.counts[key][3] += int(determiner and place == 0)
        if name not in self.forms[key]:
            self.forms[key].append(name)
        seen = self.first.get(key)
        if seen is None or (place == 0 and not seen[2]):
            self.first[key] = (line, sentence, place == 0)
        return key

    def spots(self) -> tuple[Spot, ...]:
        out = []
        for key, (mid, opening, headline, det) in sorted(self.counts.items()):
            line, sentence, _ = self.first[key]
            cues = tuple(sorted(set(self.cues[key])))
            forms = tuple(self.forms[key])
            out.append(Spot(key, mid, opening, headline, det, cues, forms, line, sentence))
        return tuple(out)


def normal(name: str) -> str:
    """The key a name is merged under: case-folded, apostrophes straightened, one space."""
    return " ".join(name.replace("’", "'").casefold().split())


def article_names(article: Article) -> ArticleNames:
    """The candidate names of `article` (its title, lede and paragraphs)."""
    tally = _Tally()
    acronyms: list[tuple[str, str]] = []
    lower: set[str] = set()
    author = normal(article.author or "")
    blocks = [(article.title, 0, True)]
    blocks += [(p.text, p.line, p.kind == "subheading") for p in article.paragraphs]
    for text, line, heading in blocks:
        if _boilerplate(text):
            continue
        for start, end in sentences(text):
            sentence = text[start:end].strip()
            if sentence:
                _read_sentence(sentence, line, heading, tally, acronyms, lower)
    tally.counts.pop(author, None)
    return ArticleNames(
        article.slug,
        article.source_file,
        article.language,
        article.date,
        article.outlet,
        tally.spots(),
        tuple(sorted(set(acronyms))),
        frozenset(lower),
    )


def _boilerplate(text: str) -> bool:
    opening = text.lstrip().casefold()
    return len(text) < 120 and opening.startswith(lexicon.BOILERPLATE_OPENINGS)


def _capital(word: str) -> bool:
    return word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word[:4]))


def _in_capitals(words: list[str]) -> bool:
    """Most words written in capitals throughout: a headline in capitals (`SOCCER - JAPAN GET
    LUCKY WIN`), whatever its paragraph kind."""
    letters = [w for w in words if w[0].isalpha() and len(w) > 1]
    return len(letters) >= 3 and sum(w.isupper() for w in letters) > 0.7 * len(letters)


def _read_sentence(
    sentence: str,
    line: int,
    heading: bool,
    tally: _Tally,
    acronyms: list[tuple[str, str]],
    lower: set[str],
) -> None:
    words = _WORD.findall(sentence)
    headline = heading or _in_capitals(words)
    first = next((i for i, w in enumerate(words) if w[0].isalnum()), len(words))
    i = 0
    last: tuple[str, int] | None = None
    while i < len(words):
        word = words[i]
        if not _capital(word):
            if word[0].isalpha() and not headline:
                lower.add(word.casefold())
            if word == "(" and last and last[1] == i and i + 2 < len(words) and words[i + 2] == ")":
                _acronym(last[0], words[i + 1], acronyms)
            i += 1
            continue
        end = _run_end(words, i, headline)
        run = words[i:end]
        place = 2 if headline else (1 if i == first else 0)
        key: str | None
        if i == first and not heading and _dateline(sentence, run):
            place = 0 if not heading else 2
            written = " ".join(run)
            key = tally.add(written.title(), place, line, sentence, False)
            tally.cues[key].append("dateline")
            if written not in tally.forms[key]:
                tally.forms[key].append(written)
        else:
            previous = words[i - 1].casefold() if i else ""
            key = _add_run(
                run, previous, words[end] if end < len(words) else "", place, line, sentence, tally
            )
        last = (key, end) if key else None
        i = end


def _run_end(words: list[str], i: int, headline: bool) -> int:
    """The end of the run of capitalised words from `i` (connectors inside allowed); in a
    headline a function word ends it too (`CLEVELAND AT DETROIT`)."""
    end = i + 1
    while end < len(words):
        word = words[end]
        if headline and word.casefold() in lexicon.NEVER:
            break
        if _capital(word) and word[0].isalnum() and not _closed(words[end - 1]):
            end += 1
        elif (
            end + 1 < len(words)
            and _capital(words[end + 1])
            and words[end + 1][0].isalnum()
            and _inside(words[i:end], word.casefold())
        ):
            end += 2
        else:
            break
    return end


def _inside(before: list[str], word: str) -> bool:
    """Whether `word` between two capitalised words stands inside one name: a particle after
    a given name (`Ole von Beust`), `of` after a head word (`Bank of England`)."""
    last = before[-1].casefold()
    if word in lexicon.PARTICLES:
        return last in first_names() or (len(before) > 1 and before[-2].casefold() in first_names())
    return word in lexicon.INNER_WORDS and last in lexicon.NAME_HEADS


def _closed(word: str) -> bool:
    """A word after which a name ends: a genitive, or a compound (`Huawei-chefen`)."""
    return bool(_GENITIVE.search(word)) or bool(_hyphen_part(word)[1])


def _dateline(sentence: str, run: list[str]) -> bool:
    """`LONDON (Reuters) -`, `OSLO (NTB):`, `BRUSSELS 1996-08-22`: capitals, then a date or
    a parenthesis or a dash."""
    if not all(w.isupper() and w.isalpha() for w in run) or len(run) > 3:
        return False
    rest = sentence[sum(len(w) + 1 for w in run) - 1 :]
    if not _DATE_START.match(rest):
        return False
    following = [w for w in _WORD.findall(rest) if w[0].isalpha() and len(w) > 1]
    return not following or not _in_capitals(following)


def _add_run(
    run: list[str],
    previous: str,
    following: str,
    place: int,
    line: int,
    sentence: str,
    tally: _Tally,
) -> str | None:
    """Adds the name a run holds; returns its key (None when it holds no name)."""
    cues: list[str] = []
    words = list(run)
    while words and (
        words[0].casefold() in lexicon.TITLES
        or (words[0].casefold() in lexicon.NEVER and (place or len(words) == 1))
        or (words[0].casefold() in lexicon.OPENERS and place)
        or words[0].casefold() in lexicon.CONNECTORS
        or words[0].casefold() in lexicon.PARTICLES
    ):
        if words[0].casefold() in lexicon.TITLES:
            cues.append(f"title:{words[0].casefold()}")
        words.pop(0)
        place = 0 if place == 1 else place  # what follows an opening word is inside
    if previous in lexicon.TITLES:
        cues.append(f"title:{previous}")
    if not words:
        return None
    words[-1], hyphen = _hyphen_part(words[-1])
    while len(words) > 1 and words[-1].casefold() in lexicon.COMMON_ACRONYMS:
        words.pop()  # `Huaweis AI-processorer`, `Australian CEO`: no part of the name
    while len(words) > 1 and words[0].casefold() in lexicon.DEMONYMS:
        words.pop(0)  # `Chinese Acme`: an adjective before the name
    if hyphen in lexicon.COMPANY_HYPHENS:
        cues.append(f"compound:{hyphen}")
    elif hyphen in lexicon.PLACE_HYPHENS:
        cues.append(f"place-compound:{hyphen}")
    words[-1] = _GENITIVE.sub("", words[-1])
    if _PLURAL_ACRONYM.fullmatch(words[-1]):
        words[-1] = words[-1][:-1]
    if any(c.isdigit() for word in words for c in word):
        return None  # a product or model (`H20`, `Ascend 910D`), not a name
    written = " ".join(words)
    while len(words) > 1 and len(words[-1].rstrip(".")) == 1:
        words.pop()  # an initial cut off by the sentence's end (`Carl I. Hagen`)
    while len(words) > 1 and _legal_suffix(words[-1]):
        cues.append(f"suffix:{words.pop().rstrip('.')}")
    if _legal_suffix(following):
        cues.append(f"suffix:{following.rstrip('.')}")
    if previous in lexicon.PLACE_PREPOSITIONS:
        cues.append(f"place:{previous}")
    if _SCORE.fullmatch(following) and (previous[:1].isdigit() or previous in ("", ",")):
        cues.append("score")  # `Bradford 2 Oldham 1`: a team in a table of results
    name = " ".join(words)
    if not name or not name[0].isalpha() or normal(name) in lexicon.NEVER:
        return None
    determiner = previous in _DETERMINERS or previous[:1].isdigit()
    key = tally.add(name, place, line, sentence, determiner)
    tally.cues[key].extend(cues)
    if written != name and written not in tally.forms[key]:
        tally.forms[key].append(written)
    return key


_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
        "ins",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "jeder",
        "jede",
        "jedes",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "seine",
        "seiner",
        "ihre",
        "ihrer",
        "unsere",
    ]
)


def _hyphen_part(word: str) -> tuple[str, str]:
    """`Huawei-chefen`, `Huawei-Chef` -> (`Huawei`, `chefen`); `Hewlett-Packard` stays whole."""
    head, _, tail = word.partition("-")
    known = tail.casefold() in lexicon.COMPANY_HYPHENS or tail.casefold() in lexicon.PLACE_HYPHENS
    if tail and (tail[0].islower() or known) and head[:1].isupper():
        return head, tail.casefold()
    return word, ""


def _legal_suffix(word: str) -> bool:
    bare = word.rstrip(".")
    if bare.casefold() not in lexicon.LEGAL_SUFFIXES or bare.casefold() in ("group", "holding"):
        return False
    return len(bare) > 4 or bare.isupper() or bare in _SHORT_SUFFIXES


def _acronym(long_key: str, word: str, acronyms: list[tuple[str, str]]) -> None:
    """`(SMIC)` after `Semiconductor Manufacturing International Corporation`: the
    acronym's letters are the long form's initials (its legal suffix may be left out)."""
    if not (word.isupper() and 2 <= len(word) <= 8 and word.isalpha()):
        return
    initials = "".join(w[0] for w in long_key.split() if w not in lexicon.CONNECTORS).upper()
    if initials.startswith(word) or (word.startswith(initials) and len(initials) >= 2):
        acronyms.append((normal(word), long_key))
