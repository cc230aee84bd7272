"""One article's candidate names: every run of capitalised words, where it stands, and why.

Owns the per-article half of name finding (cached per article, like enrichment): the runs of
capitalised words in each paragraph (found by one regular expression, with `of`, `von`, `af`
... between them), for each the name it holds (`runs`), whether it stood first in its
sentence or in a headline (a heading, or a paragraph in capitals), and the cues to its kind
around it (a title before it, a legal suffix, a preposition of place or an article after it;
a results table's score). Also the acronyms written with their long form (`Semiconductor
Manufacturing International Corporation (SMIC)`) and the words the article writes in lower
case (a capitalised word also written so is a sentence opener, not a name). Bylines,
boilerplate lines and the article's author are left out; a dateline names a place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from generator.enrich import sentences
from generator.model import Article, Record
from generator.names import lexicon
from generator.names.runs import held, legal_suffix, pieces

_UP = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_LOW = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
_NAME_WORD = rf"(?:[{_UP}]\.){{2,}}|[{_UP}][\w&]*(?:[-'’/]\w+)*(?::s)?"
_JOIN = "|".join(
    re.escape(w) for w in sorted(lexicon.PARTICLES | lexicon.INNER_WORDS, key=len)[::-1]
)
_RUN = re.compile(rf"(?<![\w.@/])(?:{_NAME_WORD})(?:[ \t]+(?:(?:{_JOIN})[ \t]+)?(?:{_NAME_WORD}))*")
_LOWER = re.compile(rf"(?<![\w'’-])[{_LOW}][\w'’-]+")
_CAPITALS = re.compile(rf"(?<!\w)[{_UP}][{_UP}\d&'’-]+(?!\w)")
_LETTERS = re.compile(r"(?<!\w)[^\W\d_][\w&'’-]+")
_NEXT = re.compile(r"\s*([\w&'’./-]+|[^\w\s])")
_PAREN = re.compile(r"\s*\(([A-Z]{2,8})\)")
_OPENS = re.compile(r"(?:^|[.!?:…][\"'”’»)\]]*\s)[\s\"'“”‘’«»(\[–—-]*$")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Gov|Lt|Col|Jr|Sr|Nr|nr)\.\s*$"
)
_DATE_START = re.compile(r"\s*(?:\d|\(|[-–—:]|,\s*\w+\s*\d|$)")
_SCORE = re.compile(r"\d{1,3}")
_MODEL = re.compile(r"\d[\w-]*[^\W\d_][\w-]*")  # a model number after a name: `910D`, `5nm`


@dataclass(frozen=True, slots=True)
class Spot(Record):
    """A form a candidate name takes in one article, with its counts and cues.

    `mid` counts its uses inside a sentence (the strong evidence), `opening` those first in a
    sentence, `headline` those in a headline; `after_determiner` the mid uses after an article
    or determiner (`die Regierung`: a German common noun); `cues` the kind cues it stood with
    (`suffix:Inc`, `title:minister`, `place:in`, `dateline`); `forms` the forms as written
    (`Nvidia's`, `NVIDIA`); `line` and `at` where its first use (a mid one if any) stands:
    the seed line of its paragraph (0: the title) and the offset in it."""

    key: str
    mid: int
    opening: int
    headline: int
    after_determiner: int  # after an article or a number
    cues: tuple[str, ...]
    forms: tuple[str, ...]
    line: int
    at: int


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
        self.first: dict[str, tuple[_Block, int, bool]] = {}

    def add(self, name: str, place: int, block: _Block, at: int, determiner: bool) -> str:
        key = normal(name)
        self.counts[key][place] += 1
        self.counts[key][3] += int(determiner and place == 0)
        if name not in self.forms[key]:
            self.forms[key].append(name)
        seen = self.first.get(key)
        if seen is None or (place == 0 and not seen[2]):
            self.first[key] = (block, at, place == 0)
        return key

    def spots(self) -> tuple[Spot, ...]:
        out = []
        for key, (mid, opening, headline, det) in sorted(self.counts.items()):
            block, at, _ = self.first[key]
            line = block.line
            cues = tuple(sorted(set(self.cues[key])))
            forms = tuple(self.forms[key])
            out.append(Spot(key, mid, opening, headline, det, cues, forms, line, at))
        return tuple(out)


@lru_cache(maxsize=1 << 16)
def normal(name: str) -> str:
    """The key a name is merged under: case-folded, apostrophes straightened, one space."""
    return " ".join(name.replace("’", "'").casefold().split())


class _Block:
    """A paragraph (or the title, line 0) being read: its text and seed line."""

    def __init__(self, text: str, line: int, heading: bool) -> None:
        self.text, self.line, self.heading = text, line, heading
        self.lower = _LOWER.findall(text)
        # prose has a word in lower case every dozen characters: only a paragraph with few
        # is looked at as a headline in capitals
        few = len(self.lower) * 20 < len(text)
        self.headline = heading or (few and _in_capitals(text))


def article_names(article: Article) -> ArticleNames:
    """The candidate names of `article` (its title, lede and paragraphs)."""
    tally = _Tally()
    acronyms: list[tuple[str, str]] = []
    lower: set[str] = set()
    blocks = [_Block(article.title, 0, True)]
    blocks += [_Block(p.text, p.line, p.kind == "subheading") for p in article.paragraphs]
    for block in blocks:
        if not _boilerplate(block.text):
            _read(block, tally, acronyms, lower)
    tally.counts.pop(normal(article.author or ""), None)
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


def sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds offset `at`."""
    spans = sentences(text)
    index = max(bisect_right(spans, (at, len(text) + 1)) - 1, 0)
    start, end = spans[index]
    return text[start:end].strip()


def _boilerplate(text: str) -> bool:
    opening = text.lstrip().casefold()
    return len(text) < 120 and opening.startswith(lexicon.BOILERPLATE_OPENINGS)


def _in_capitals(text: str) -> bool:
    """Most words written in capitals throughout: a headline in capitals (`SOCCER - JAPAN GET
    LUCKY WIN`), whatever its paragraph kind."""
    capitals = len(_CAPITALS.findall(text))
    return capitals >= 3 and capitals > 0.7 * len(_LETTERS.findall(text))


def _read(block: _Block, tally: _Tally, acronyms: list[tuple[str, str]], lower: set[str]) -> None:
    text = block.text
    if not block.headline:
        lower.update(block.lower)
    for match in _RUN.finditer(text):
        start, end = match.span()
        words = tuple(match.group().split())
        if start < 3 and words[0].isupper() and not block.heading and _dateline(text, match):
            _add_dateline(" ".join(words), block, start, tally)
            continue
        opening = block.headline or _opens(text, start)
        after = _NEXT.match(text, end)
        outside = (_previous(text, start), after.group(1) if after else "")
        key = None
        for first, last in pieces(words, block.headline):
            previous = words[first - 1] if first else outside[0]
            following = words[last] if last < len(words) else outside[1]
            place = 2 if block.headline else (1 if opening and not first else 0)
            context = (previous.casefold(), following, place)
            key = _add(words[first:last], context, block, start, tally) or key
        paren = _PAREN.match(text, end)
        if paren and key:
            _acronym(key, paren.group(1), acronyms)


def _add_dateline(written: str, block: _Block, at: int, tally: _Tally) -> None:
    """`LONDON (Reuters) -`: the place, named in its own case (`London`), written so too."""
    key = tally.add(written.title(), 0, block, at, False)
    tally.cues[key].append("dateline")
    if written not in tally.forms[key]:
        tally.forms[key].append(written)


def _previous(text: str, start: int) -> str:
    """The word before `start`, or the punctuation mark right before it (`(`, `,`)."""
    prefix = text[max(0, start - 30) : start]
    if prefix and prefix[-1] not in " \t":
        return prefix[-1]
    words = prefix.split()
    if not words:
        return ""
    word = words[-1]
    return word if word[-1].isalnum() else word[-1]


def _opens(text: str, start: int) -> bool:
    """Whether a run at `start` opens its sentence (after `. `, `? "`, `: `, or the start)."""
    before = text[max(0, start - 12) : start]
    if start > 12 and not _OPENS.search(before):
        return False
    if start <= 12 and not _OPENS.search(before) and before.strip(" \"'“”‘’«»([–—-"):
        return False
    return not _ABBREVIATION.search(before)


def _dateline(text: str, match: re.Match[str]) -> bool:
    """`LONDON (Reuters) -`, `OSLO (NTB):`, `BRUSSELS 1996-08-22`: capitals, then a date or
    a parenthesis or a dash, and a sentence that is no headline."""
    words = match.group().split()
    if len(words) > 3 or text[: match.start()].strip():
        return False
    if not all(w.isupper() and w.isalpha() for w in words):
        return False
    rest = text[match.end() :]
    return bool(_DATE_START.match(rest)) and not _in_capitals(rest)


def _add(
    words: tuple[str, ...], context: tuple[str, str, int], block: _Block, at: int, tally: _Tally
) -> str | None:
    """Adds the name `words` hold, with the cues around them; returns its key (None when
    they hold no name). `context`: the word before (case-folded), the word after, and the
    place (0 inside a sentence, 1 first in it, 2 in a headline)."""
    previous, following, place = context
    found = held(words, place > 0)
    digit = following[:1].isdigit()
    if not found.name or (digit and _MODEL.fullmatch(following)):
        return None  # no name, or a product's (`Ascend 910D`)
    place = 0 if place == 1 and found.shifted else place
    cues = list(found.cues)
    if previous in lexicon.TITLES:
        cues.append(f"title:{previous}")
    if following[:1].isupper() and legal_suffix(following):
        cues.append(f"suffix:{following.rstrip('.')}")
    if previous in lexicon.PLACE_PREPOSITIONS:
        cues.append(f"place:{previous}")
    if digit and _SCORE.fullmatch(following) and (previous[:1].isdigit() or previous in ("", ",")):
        cues.append("score")  # `Bradford 2 Oldham 1`: a team in a table of results
    determiner = previous in _DETERMINERS or previous[:1].isdigit()
    key = tally.add(found.name, place, block, at, determiner)
    tally.cues[key].extend(cues)
    if found.written != found.name and found.written not in tally.forms[key]:
        tally.forms[key].append(found.written)
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


def _acronym(long_key: str, word: str, acronyms: list[tuple[str, str]]) -> None:
    """`(SMIC)` after `Semiconductor Manufacturing International Corporation`: the
    acronym's letters are the long form's initials (its legal suffix may be left out)."""
    if not (word.isupper() and 2 <= len(word) <= 8 and word.isalpha()):
        return
    initials = "".join(w[0] for w in long_key.split() if w not in lexicon.CONNECTORS).upper()
    if initials.startswith(word) or (word.startswith(initials) and len(initials) >= 2):
        acronyms.append((normal(word), long_key))
