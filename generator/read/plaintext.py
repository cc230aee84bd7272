"""Reading the structure out of a plain-text article as it arrives.

Owns the format rules seen in the corpus: a ` date YYYY-MM-DD` header that runs on into the
lede, a headline line, short unpunctuated subheading lines, paragraphs separated by newlines or
blank lines, and trailing boilerplate (share buttons, `Original article, Author: ...`,
translation notices) that is dropped but mined for author, url and the translated flag.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import Diagnostic, Level, Line, Paragraph, ParsedText, SourceLocation

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
_DROP = re.compile(
    r"^(?:share|like \(\d+\)|(?:previous|next) \d+ \w+ ago|related news|print|tweet)$",
    re.IGNORECASE,
)
_HEADING_END = tuple(".!?…:;,\"”»’'")
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 16


@dataclass(frozen=True)
class _Tail:
    """What the trailing boilerplate held, and where the article proper ends."""

    end: int
    author: str | None
    url: str | None
    translated: bool


def is_heading_like(text: str) -> bool:
    """A short line that does not end like a sentence: a headline or subheading."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS:
        return False
    if len(stripped.split()) > MAX_HEADING_WORDS or stripped.endswith(_HEADING_END):
        return False
    return stripped[0].isupper() or stripped[0].isdigit()


def parse_date(token: str) -> dt.date | None:
    """An ISO `YYYY-MM-DD` date, or None if the token is not one."""
    if not _ISO_DATE.match(token):
        return None
    try:
        return dt.date.fromisoformat(token)
    except ValueError:
        return None


def _read_tail(lines: list[Line]) -> _Tail:
    author = url = None
    translated = False
    end = len(lines)
    while end > 0:
        text = lines[end - 1].text.strip()
        if original := _ORIGINAL.match(text):
            author, url = original["author"], original["url"]
        elif source := _SOURCE.match(text):
            url = source["url"]
        elif _TRANSLATED.match(text):
            translated = True
        elif text and not _DROP.match(text):
            break
        end -= 1
    return _Tail(end, author, url, translated)


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


def _classify(blocks: list[Line], lede: Line | None) -> tuple[str | None, list[Paragraph]]:
    """Headline, lede, subheadings and paragraphs from the non-blank lines after the header."""
    title: str | None = None
    paragraphs: list[Paragraph] = []
    rest = list(blocks)
    if lede is not None:
        paragraphs.append(Paragraph("lede", lede.text, lede.number))
        if rest and is_heading_like(rest[0].text) and len(rest) > 1:
            title = rest.pop(0).text
    elif rest and is_heading_like(rest[0].text) and len(rest) > 1:
        title = rest.pop(0).text
    for index, line in enumerate(rest):
        if not paragraphs:
            kind = "lede"
        elif is_heading_like(line.text) and index < len(rest) - 1:
            kind = "subheading"
        else:
            kind = "paragraph"
        paragraphs.append(Paragraph(kind, line.text, line.number))
    return title, paragraphs


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
    title, paragraphs = _classify(body, lede)
    return ParsedText(
        date=header.date,
        title=title,
        paragraphs=tuple(paragraphs),
        author=tail.author,
        url=tail.url,
        translated=tail.translated,
        diagnostics=header.diagnostics,
    )
