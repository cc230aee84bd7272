"""Reading a web page saved as HTML: its main text and metadata, with trafilatura.

Owns what an article is in a page: the title (without the site's name after `|`, `-`, `–`
or `·`), the publication date (trafilatura's metadata, htmldate for the dates), the author,
the site's name (else its domain), the canonical URL, and the main text as paragraphs and
subheadings, with navigation, related links, comments and ads left out. Also owns decoding
a page's bytes by its declared or detected charset.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from generator.model import Diagnostic, Level, Paragraph, ParsedText, Seed, SourceLocation
from generator.read.plaintext import parse_article

HTML_SUFFIXES = (".html", ".htm")
MAX_HTML_BYTES = 16 * 1024 * 1024
_MARKUP = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|p|div|title|meta)\b", re.I)
_SEPARATORS = ("|", " - ", " – ", " — ", " · ", " :: ", " » ")
_SEPARATOR_CHARS = "|-–—·:»"
_SPACE = re.compile(r"\s+")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_HANDLE = re.compile(
    r"<meta\b[^>]*?(?:name|property)=[\"']twitter:(?:site|creator)[\"'][^>]*?content=[\"']@?([^\"']+)"
    r"|<meta\b[^>]*?content=[\"']@([^\"']+)[\"'][^>]*?(?:name|property)=[\"']twitter:(?:site|creator)",
    re.I,
)
_BLOCKS = {"p": "paragraph", "quote": "paragraph", "head": "subheading", "item": "paragraph"}
_CONTAINERS = ("list", "div", "table", "row", "cell")
MAX_SITE_SUFFIX_WORDS = 3
MAX_BYLINE_WORDS = 16
MAX_SITE_WORDS = 5
MAX_HEAD_CHARS = 200_000  # where a page's <title> and meta tags are looked for
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40
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


def strip_site_name(title: str, site: str | None) -> str:
    """`Kina satser på egne brikker | NRK` -> `Kina satser på egne brikker`.

    Drops a last segment after a separator (`|`, ` - `, ` – `, ` — `, ` · `) when it names
    the site (`site`, its domain, or, when neither is known, at most three capitalised words)
    and also a first segment that names the site (`NRK | Kina ...`)."""
    title = _SPACE.sub(" ", title).strip()
    known = _norm(site) if site else ""
    if site and title.lower().endswith(site.lower().strip()):  # a name with a separator in it
        head = title[: len(title) - len(site.strip())].rstrip()
        if head[-1:] in _SEPARATOR_CHARS and head[:-1].strip():
            return strip_site_name(head[:-1], site)
    for sep in _SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _is_site(tail, known):
            return strip_site_name(head, site)
        tail, found, rest = title.partition(sep)
        if found and rest.strip() and known and _norm(tail) == known:
            return strip_site_name(rest, site)
    return title


def headline(title: str | None, html: str, site: str | None) -> str | None:
    """The page's visible headline: its first `<h1>` with text other than the site's name, if
    that has at least three words (the `<title>` is often a search-engine title, or has a
    label such as `Opinion |` before the headline); else `title`."""
    import html as entities

    for match in _H1.finditer(html):
        heading = _SPACE.sub(" ", entities.unescape(_TAG.sub(" ", match[1]))).strip()
        if not heading or _norm(heading) == _norm(site or ""):
            continue  # an empty heading, or the site's name as a logo
        if MIN_HEADLINE_WORDS <= len(heading.split()) <= MAX_HEADLINE_WORDS:
            return heading
        break  # the first heading is a section's name: the title stands
    return title


def _norm(name: str) -> str:
    return re.sub(r"[^\w]", "", name.lower().removeprefix("www."))


def _is_site(segment: str, known: str) -> bool:
    name = _norm(segment)
    if not name:
        return False
    if known:
        return name == known or name.startswith(known) or (len(name) > 2 and known.startswith(name))
    words = segment.split()
    return len(words) <= MAX_SITE_SUFFIX_WORDS and all(w[0].isupper() or "." in w for w in words)


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
    names = [_norm(name) for name in (author or "").split(", ") if _norm(name)]
    heading = _norm(title or "")
    kept = list(blocks)
    while len(kept) > 1:
        text = _norm(kept[0][1])
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
    site = _site_name(document.sitename, html)
    known = site or document.hostname or None
    title = strip_site_name(document.title, known) if document.title else None
    title = headline(title, html, site)
    author = _author(document.author)
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
        outlet=_outlet(site, document.hostname),
    )


def _author(value: str | None) -> str | None:
    if not value:
        return None
    names = [name.strip() for name in value.split(";") if name.strip()]
    return ", ".join(dict.fromkeys(names)) or None


def _site_name(found: str | None, html: str) -> str | None:
    """The site's name: trafilatura's, unless that is only the site's social-media handle
    (`NYTimes` from `@nytimes`) or missing; then the last segment of the page's `<title>`
    after a separator (`… - The New York Times`), if it is short."""
    site = (found or "").strip()
    handles = {h.lower() for pair in _HANDLE.findall(html[:MAX_HEAD_CHARS]) for h in pair if h}
    if site and site.lstrip("@").lower() not in handles:
        return site
    title = _TITLE.search(html[:MAX_HEAD_CHARS])
    text = _SPACE.sub(" ", title[1]).strip() if title else ""
    for sep in _SEPARATORS:
        head, separated, tail = text.rpartition(sep)
        if separated and head.strip() and 0 < len(tail.split()) <= MAX_SITE_WORDS:
            import html as entities

            return entities.unescape(tail.strip())
    return site or None


def _outlet(site: str | None, host: str | None) -> str | None:
    site = (site or "").strip().lstrip("@").strip()
    if site and not site.startswith(("http://", "https://")):
        return site
    host = (host or "").removeprefix("www.")
    return host or None


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
