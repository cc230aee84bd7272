"""Reading what an analyst brings to `generator add`: pages, feeds, folders, URLs, lists.

Owns telling the kinds apart (by content, then by name: a feed has an `<rss>`, `<feed>` or
`<rdf:RDF>` element, a page has HTML markup, a `.txt` whose lines are all URLs is a list of
URLs, any other text is an article as received), walking a folder (sorted; a browser's
`*_files/` folders of page assets are left out), fetching URLs with a timeout, and turning
each into `Incoming` articles. Every source that cannot be read is one `Diagnostic` naming
it; the others are still read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.model import Diagnostic, Level, SourceLocation, internal_error
from generator.read.feeds import FEED_SUFFIXES, FeedError, looks_like_feed, read_feed
from generator.read.fetch import FetchError, fetch, is_url
from generator.read.html import HTML_SUFFIXES, decode_page, looks_like_html, parse_html

TEXT_SUFFIXES = (".txt",)
FOLDER_SUFFIXES = (*HTML_SUFFIXES, *FEED_SUFFIXES, *TEXT_SUFFIXES)


@dataclass(frozen=True)
class Incoming:
    """One article to add. `source` is the file or URL it came from (for messages), `label`
    how messages name it (`entry 3 'Title'` in a feed). An extracted article has its
    metadata, `paragraphs` and, from a page, the `page` as received; a plain-text article
    has only `received`, its bytes to be saved as they are, and their text."""

    source: str
    label: str  # how messages name it after the source: `entry 3 'Title': `, or nothing
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    paragraphs: tuple[str, ...] = ()
    page: bytes | None = None
    received: bytes | None = None
    received_text: str = ""

    @property
    def text(self) -> str:
        """The article's text, as compared for duplicates."""
        return "\n".join(self.paragraphs) if self.received is None else self.received_text


def _error(source: str, message: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, SourceLocation(source), message)


def _page(source: str, data: bytes, url: str | None) -> tuple[list[Incoming], list[Diagnostic]]:
    page = decode_page(data)
    if page.text is None:
        return [], [_error(source, str(page.problem))]
    parsed = parse_html(page.text, source, url=url)
    if not parsed.paragraphs:
        return [], [_error(source, "no article text found in the page")]
    item = Incoming(
        source,
        "",
        title=parsed.title,
        date=parsed.date,
        author=parsed.author,
        outlet=parsed.outlet,
        url=parsed.url or url,
        paragraphs=tuple(p.text for p in parsed.paragraphs),
        page=data,
    )
    return [item], []


def _feed(source: str, data: bytes) -> tuple[list[Incoming], list[Diagnostic]]:
    try:
        entries = read_feed(data)
    except FeedError as exc:
        return [], [_error(source, str(exc))]
    items, problems = [], []
    for entry in entries:
        label = f"entry {entry.number}" + (f" '{entry.title}'" if entry.title else "") + ": "
        if not entry.paragraphs:
            problems.append(_error(source, f"{label}no text in its content or summary"))
            continue
        outlet = entry.outlet
        items.append(
            Incoming(
                source,
                label,
                entry.title,
                entry.date,
                entry.author,
                outlet,
                entry.url,
                entry.paragraphs,
            )
        )
    return items, problems


def _urls(text: str) -> list[str] | None:
    """The URLs of a list of URLs (one a line; blank and `#` lines ignored), else None."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    return lines if lines and all(is_url(line) for line in lines) else None


def _bytes(
    source: str, data: bytes, name: str, timeout: float
) -> tuple[list[Incoming], list[Diagnostic]]:
    """The articles in `data`, read from `source` (a file called `name`, or a URL)."""
    if looks_like_feed(data) or (name.endswith(FEED_SUFFIXES) and not looks_like_html(data)):
        return _feed(source, data)
    if looks_like_html(data) or name.endswith(HTML_SUFFIXES):
        return _page(source, data, source if is_url(source) else None)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    urls = _urls(text) if text else None
    if urls is not None and not is_url(source):
        return read_sources(urls, timeout)
    if is_url(source):
        return [], [_error(source, "not an HTML page or an RSS or Atom feed")]
    return [Incoming(source, "", received=data, received_text=text)], []


def _fetched(url: str, timeout: float) -> tuple[list[Incoming], list[Diagnostic]]:
    try:
        got = fetch(url, timeout)
    except FetchError as exc:
        return [], [_error(url, f"cannot fetch: {exc}")]
    return _bytes(url, got.data, url, timeout)


def _folder(folder: Path, timeout: float) -> tuple[list[Incoming], list[Diagnostic]]:
    files = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in FOLDER_SUFFIXES
        and not any(part.endswith("_files") or part.startswith(".") for part in path.parts)
    )
    if not files:
        kinds = ", ".join(FOLDER_SUFFIXES)
        return [], [_error(str(folder), f"no pages, feeds or text files ({kinds}) in the folder")]
    return read_sources([str(path) for path in files], timeout)


def _read_one(
    source: str, timeout: float, stdin: bytes | None
) -> tuple[list[Incoming], list[Diagnostic]]:
    if is_url(source):
        return _fetched(source, timeout)
    if source == "-":
        return _bytes("-", stdin or b"", "-", timeout)
    if Path(source).is_dir():
        return _folder(Path(source), timeout)
    if Path(source).is_file():
        return _bytes(source, Path(source).read_bytes(), source.lower(), timeout)
    return [], [_error(source, "no such file, folder or URL")]


def read_sources(
    sources: list[str], timeout: float, stdin: bytes | None = None
) -> tuple[list[Incoming], list[Diagnostic]]:
    """Every article in `sources` (files, folders, URLs, `-` for `stdin`), in order, and a
    diagnostic for each source (or feed entry) that could not be read: a file that cannot
    be opened, or an unexpected exception while reading one, is that source's error."""
    items: list[Incoming] = []
    problems: list[Diagnostic] = []
    for source in sources:
        try:
            found, trouble = _read_one(source, timeout, stdin)
        except OSError as exc:
            found, trouble = [], [_error(source, f"cannot read: {exc.strerror or exc}")]
        except Exception as exc:  # one source's fault is its error, never the run's end
            found, trouble = [], [internal_error(source, "reading", exc)]
        items.extend(found)
        problems.extend(trouble)
    return items, problems
