"""Reading the structure out of a plain-text article as it arrives.

Owns the format rules seen in the corpus: a ` date YYYY-MM-DD` header that runs on into the
lede (or into the headline, when what follows the date reads as one and the next line as
prose: `headline_on_date_line`), a headline line (news headlines may open with a quote, a
guillemet, a dash or a lower-case brand such as `xAI`, and end with `?`, `!` or a closing
quote), short unpunctuated subheading lines, paragraphs separated by newlines or blank lines,
and trailing boilerplate (share buttons, `Original article, Author: ...`, translation notices)
that is dropped but mined for author, url, outlet and the translated flag. Boilerplate inside
the body (captions, credits, cross-links, bylines, update stamps) is dropped by
`boilerplate`, and what it carries is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import Diagnostic, Level, Line, Paragraph, ParsedText, SourceLocation
from generator.read import boilerplate

_DATE_HEADER = re.compile(r"^\s*date\s+(?P<token>\S+)\s*(?P<rest>.*)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TRANSLATED = re.compile(
    r"^this article (?:was|has been) (?:ai-|machine[- ])?translated\b", re.IGNORECASE
)
_ORIGINAL = re.compile(
    r"^original article,\s*author:\s*(?P<author>[^.]+?)\s*\.(?:.*?source:\s*(?P<url>https?://\S+))?",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^(?:source|kilde|källa):\s*(?P<url>https?://\S+)$", re.IGNORECASE)
# `Source: Reuters`, `Kilde: NTB`, `Källa: TT`, `© 2025 Reuters`: the outlet, named at the end
_SOURCE_NAME = re.compile(
    r"^(?:(?:source|kilde|källa):|©|\(c\))\s*(?:\d{4}\s+)?(?P<name>[^\W\d][\w&.' -]{1,40}?)\.?$",
    re.IGNORECASE,
)
_DROP = re.compile(
    r"^(?:share|like \(\d+\)|(?:previous|next) \d+ \w+ ago|related news|print|tweet)$",
    re.IGNORECASE,
)
_HEADING_END = tuple(".!?…:;,\"”»’'")
# a headline may end like this (a question, an exclamation, a closing quote) but not with `.`
_HEADLINE_END = tuple(".…:;,")
_PROSE_END = tuple(".!?…:")
_HEADLINE_START = tuple("«»\"“”„‘’'‹›–—-")
_SENTENCE_BREAK = re.compile(r"[.!?] +[A-ZÆØÅÄÖÜ«\"“–]")
# the end of a sentence within a line, not an initial or abbreviation (`U.S. Open`, `S. Korea`)
_WORD_THEN_BREAK = re.compile(r"\w[a-zæøåäöüß)]{2,}[.!?] +[A-ZÆØÅÄÖÜ«\"“–]")
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 16
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30


@dataclass(frozen=True)
class _Tail:
    """What the trailing boilerplate held, and where the article proper ends."""

    end: int
    author: str | None
    url: str | None
    translated: bool
    outlet: str | None = None


def is_heading_like(text: str) -> bool:
    """A short line that does not end like a sentence: a headline or subheading."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS:
        return False
    if len(stripped.split()) > MAX_HEADING_WORDS or stripped.endswith(_HEADING_END):
        return False
    return _starts_like_a_name(stripped)


def _starts_like_a_name(text: str) -> bool:
    """Upper case, a digit, or a lower-case brand with a capital inside (`xAI`, `eBay`)."""
    first_word = text.split()[0]
    return text[0].isupper() or text[0].isdigit() or any(c.isupper() for c in first_word[1:])


def is_headline_like(text: str, set_apart: bool = False) -> bool:
    """The first line of an article as a headline: short, and not ending like a sentence of
    prose, though it may be a question, an exclamation or a quote (`«…»`, `"…"`, `– …`); or,
    if a blank line sets it apart, two short sentences (`Myrhol går glipp av EM. Kolstad-spiller
    blir erstatter.`), which without that blank line read as often as a lede."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADLINE_CHARS:
        return False
    words = len(stripped.split())
    if words > MAX_HEADLINE_WORDS:
        return False
    if stripped.endswith(_HEADLINE_END):
        two_short = words <= MAX_HEADING_WORDS and len(stripped) <= MAX_HEADING_CHARS
        two_sentences = stripped.endswith(".") and bool(_SENTENCE_BREAK.search(stripped))
        if not (set_apart and two_short and two_sentences):
            return False
    return stripped.startswith(_HEADLINE_START) or _starts_like_a_name(stripped)


def parse_date(token: str) -> dt.date | None:
    """An ISO `YYYY-MM-DD` date, or None if the token is not one."""
    if not _ISO_DATE.match(token):
        return None
    try:
        return dt.date.fromisoformat(token)
    except ValueError:
        return None


def _read_tail(lines: list[Line]) -> _Tail:
    author = url = outlet = None
    translated = False
    end = len(lines)
    while end > 0:
        text = lines[end - 1].text.strip()
        if original := _ORIGINAL.match(text):
            author, url = original["author"], original["url"]
        elif source := _SOURCE.match(text):
            url = source["url"]
        elif named := _SOURCE_NAME.match(text):
            outlet = named["name"].strip()
        elif _TRANSLATED.match(text):
            translated = True
        elif text and not _DROP.match(text):
            break
        end -= 1
    return _Tail(end, author, url, translated, outlet)


@dataclass(frozen=True)
class _Header:
    present: bool
    date: dt.date | None = None
    rest: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()


def _date_header(first: Line, file: str) -> _Header:
    match = _DATE_HEADER.match(first.text)
    if match is None:
        return _Header(False)
    token, rest = match["token"], match["rest"]
    date = parse_date(token)
    if date is None:
        location = SourceLocation(file, first.number)
        message = f"date: expected YYYY-MM-DD (got '{token}')"
        return _Header(True, None, rest, (Diagnostic(Level.ERROR, location, message),))
    return _Header(True, date, rest)


def headline_on_date_line(
    rest: Line, below: list[Line], blank: set[int], date: dt.date | None
) -> bool:
    """Whether the text after ` date YYYY-MM-DD` is the headline rather than the lede: it reads
    as a headline (short, not ending like a sentence of prose; a question, an exclamation or a
    quote may be), holds no sentence break, is not boilerplate (a credit, a cross-link), and
    the line below it is prose that does not itself read as a headline (when it does, that line
    is the headline and the date line's text the lede, the corpus's usual order); two
    sentences below it are prose unless a blank line sets them apart. A line below that goes
    on in lower case continues the date line's sentence, and one that does not end like a
    sentence (a table's row) makes the date line its caption: neither is a headline."""
    if not below or not is_headline_like(rest.text) or _WORD_THEN_BREAK.search(rest.text):
        return False
    if not boilerplate.clean([rest], date).lines:
        return False
    first, set_apart = below[0], below[0].number + 1 in blank
    if first.text[0].islower() or not _reads_as_prose(first.text):
        return False  # the date line's sentence goes on below; or it is a table's caption
    one_sentence = set_apart or not _WORD_THEN_BREAK.search(first.text)
    return len(below) == 1 or not (is_headline_like(first.text, set_apart) and one_sentence)


def _reads_as_prose(text: str) -> bool:
    """A line of prose: it ends like a sentence (`.`, `!`, `?`, `…`, `:`, a closing quote or
    bracket after one), or runs longer than any heading."""
    ending = text.rstrip("\"”»’')")
    return ending.endswith(_PROSE_END) or len(text.split()) > MAX_HEADING_WORDS


def _classify(lines: list[Line], lede: Line | None) -> list[Paragraph]:
    """Lede, subheadings and paragraphs from the prose lines below the headline."""
    paragraphs: list[Paragraph] = []
    if lede is not None:
        paragraphs.append(Paragraph("lede", lede.text, lede.number))
    for index, line in enumerate(lines):
        if not paragraphs:
            kind = "lede"
        elif is_heading_like(line.text) and index < len(lines) - 1:
            kind = "subheading"
        else:
            kind = "paragraph"
        paragraphs.append(Paragraph(kind, line.text, line.number))
    return paragraphs


def parse_article(lines: tuple[Line, ...], file: str) -> ParsedText:
    """Read headline, date, lede, subheadings, paragraphs and boilerplate metadata."""
    clean = [Line(line.number, " ".join(line.text.split())) for line in lines]
    clean = [line for line in clean if line.text]
    if not clean:
        return ParsedText(None, None, ())
    header = _date_header(clean[0], file)
    tail = _read_tail(clean)
    body = clean[1 : tail.end] if header.present else clean[: tail.end]
    lede = Line(clean[0].number, header.rest) if header.rest else None
    blank = {line.number for line in lines if not line.text.strip()}
    prose = boilerplate.clean(body, header.date)  # a caption or credit is never the headline
    kept = list(prose.lines)
    headline = None
    if lede is not None and headline_on_date_line(lede, kept, blank, header.date):
        headline, lede = lede, None  # the next line is the lede
    elif len(kept) > 1 and is_headline_like(kept[0].text, kept[0].number + 1 in blank):
        headline = kept.pop(0)
    authors = ", ".join(prose.authors) or None
    return ParsedText(
        date=header.date,
        title=headline.text if headline else None,
        paragraphs=tuple(_classify(kept, lede)),
        author=tail.author or authors,
        url=tail.url,
        translated=tail.translated,
        updated=prose.updated,
        diagnostics=header.diagnostics,
        outlet=tail.outlet,
    )
