"""Reading a web page saved as HTML: its main text, with trafilatura.

Owns what an article is in a page: the main text as paragraphs and subheadings (navigation,
related links, comments and ads left out, and a first block that repeats the headline or is
the byline), the line each paragraph starts on, and the publication date (trafilatura's
metadata, htmldate for the dates). The title, site name, outlet and author come from
`generator.read.pagemeta`. Also owns decoding a page's bytes by its declared or detected
charset, and the paragraphs of an HTML fragment (a feed entry's content).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from generator.model import Diagnostic, Level, Paragraph, ParsedText, Seed, SourceLocation
from generator.read.pagemeta import (
    author_names,
    comparable,
    headline,
    outlet,
    site_name,
    strip_site_name,
)
from generator.read.plaintext import parse_article

HTML_SUFFIXES = (".html", ".htm")
MAX_HTML_BYTES = 16 * 1024 * 1024
_MARKUP = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|p|div|title|meta)\b", re.I)
_SPACE = re.compile(r"\s+")
_BLOCKS = {"p": "paragraph", "quote": "paragraph", "head": "subheading", "item": "paragraph"}
_CONTAINERS = ("list", "div", "table", "row", "cell")
MAX_BYLINE_WORDS = 16
MIN_WORDS = 12  # less main text than this is a login, cookie or error page, not an article


@dataclass(frozen=True)
class PageText:
    """A page decoded to text, or the problem that kept it from being read."""

    text: str | None
    problem: str | None = None


def looks_like_html(data: bytes) -> bool:
    """True if the first 4 KiB hold HTML markup (a tag such as `<html>`, `<p>`, `<title>`)."""
    return _MARKUP.search(data[:4096]) is not None


def decode_page(data: bytes) -> PageText:
    """A page's text by its BOM, its declared charset or a detected one; or why not."""
    from trafilatura.utils import decode_file

    if len(data) > MAX_HTML_BYTES:
        limit = f"{MAX_HTML_BYTES:,}"
        return PageText(None, f"page is {len(data):,} bytes, over the limit of {limit} bytes")
    if not looks_like_html(data):
        return PageText(None, "not an HTML page (no HTML markup in its first 4 KiB)")
    text = decode_file(data)
    return PageText(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))


def _text(element: Any) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _blocks(body: Any) -> list[tuple[str, str]]:
    """(kind, text) of each paragraph, quote, list item and subheading of trafilatura's body,
    in document order; a table row is one paragraph of its cells joined by ` | `."""
    found: list[tuple[str, str]] = []
    for element in body:
        tag = element.tag
        if tag == "row":
            cells = [_text(cell) for cell in element if _text(cell)]
            if cells:
                found.append(("paragraph", " | ".join(cells)))
        elif tag in _CONTAINERS:
            found.extend(_blocks(element))
        elif tag in _BLOCKS and (text := _text(element)):
            found.append((_BLOCKS[tag], text))
    return found


def _without_head(
    blocks: list[tuple[str, str]], title: str | None, author: str | None
) -> list[tuple[str, str]]:
    """The blocks without the headline and byline that open them: before the first
    paragraph, a block that is the title, or a short one that names the author (`Von Lukas
    Becker, 30. August 2025`)."""
    names = [comparable(name) for name in (author or "").split(", ") if comparable(name)]
    heading = comparable(title or "")
    kept = list(blocks)
    while len(kept) > 1:
        text = comparable(kept[0][1])
        byline = len(kept[0][1].split()) <= MAX_BYLINE_WORDS and any(n in text for n in names)
        if (heading and text == heading) or byline:
            kept.pop(0)
        else:
            break
    return kept


def _line_of(html: str, text: str, start: int) -> tuple[int, int]:
    """The offset and line (from 0) at which `text`'s first words stand in `html`, searched
    from `start`; where markup or entities hide them, the position of `start`."""
    probe = text[:40]
    found = html.find(probe, start)
    offset = found if found >= 0 else start
    return offset, html.count("\n", 0, offset)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract(html: str, url: str | None = None) -> Any:
    """trafilatura's document for a page: metadata and the main text's XML body (or None)."""
    from trafilatura import bare_extraction

    return bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,  # True keeps a cache across pages: results would depend on order
        output_format="python",
    )


def parse_html(html: str, file: str, first_line: int = 1, url: str | None = None) -> ParsedText:
    """An article's structure from the page `html`, read from `file` where the page starts on
    line `first_line`; a page with no main text (under `MIN_WORDS` words) gives no paragraphs
    and an error naming it."""
    document = extract(html, url)
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    if sum(len(text.split()) for _, text in blocks) < MIN_WORDS:
        problem = Diagnostic(Level.ERROR, SourceLocation(file), "no article text found in the page")
        return ParsedText(None, None, (), diagnostics=(problem,))
    site = site_name(document.sitename, html)
    known = site or document.hostname or None
    title = strip_site_name(document.title, known) if document.title else None
    title = headline(title, html, site)
    author = author_names(document.author)
    paragraphs = []
    offset, lede_given = max(html.find("<body"), 0), False
    for kind, text in _without_head(blocks, title, author):
        offset, line = _line_of(html, text, offset)
        if kind == "paragraph" and not lede_given:
            kind, lede_given = "lede", True
        paragraphs.append(Paragraph(kind, text, first_line + line))
    return ParsedText(
        date=_date(document.date),
        title=title or None,
        paragraphs=tuple(paragraphs),
        author=author,
        url=document.url or url,
        outlet=outlet(site, document.hostname),
    )


def is_page(path: str) -> bool:
    """True for a seed that is a saved web page (`.html`, `.htm`), by its name."""
    return path.lower().endswith(HTML_SUFFIXES)


def parse_seed(seed: Seed) -> ParsedText:
    """The structure of a seed's text: a saved page's by `parse_html`, plain text's by
    `parse_article`."""
    if not is_page(seed.path):
        return parse_article(seed.lines, seed.path)
    first = seed.lines[0].number if seed.lines else 1
    return parse_html("\n".join(line.text for line in seed.lines), seed.path, first)


_FRAGMENT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def fragment_paragraphs(fragment: str) -> tuple[str, ...]:
    """The paragraphs of an HTML fragment (a feed entry's content): the text of each block
    element (`p`, `h1`-`h6`, `li`, `blockquote`, `pre`), or, with none, of the whole text
    split at blank lines and `<br>`s. Scripts and styles are left out."""
    import lxml.html

    if not fragment.strip():
        return ()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    blocks = [
        element
        for element in root.iter(*_FRAGMENT_BLOCKS)
        if not any(a.tag in _FRAGMENT_BLOCKS for a in element.iterancestors())
    ]
    if blocks:
        texts = [_text(element) for element in blocks]
    else:
        for br in root.iter("br"):
            br.tail = "\n\n" + (br.tail or "")
        texts = [" ".join(part.split()) for part in re.split(r"\n\s*\n", root.text_content())]
    return tuple(text for text in texts if text)
