"""`generator add`: articles from saved pages, feeds, folders, URLs and lists of URLs.

Owns turning what an analyst brings into reviewable seeds: each article's extracted text
under `received:` in a frontmatter block (url, outlet, author, date, title), named
`YYYY-MM-DD-outlet-title-words.txt`; plain text saved as received (as `add article.txt`
always did); the page as received kept beside its seed with `--keep-html`. An article whose
URL or text (the same, or nearly the same by shingle similarity) is already in `seeds/` or
earlier in the same run is skipped with a message naming the seed it duplicates. Every
source that fails is named in its own message, and the rest are still added; no file is
half-written or overwritten.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from anyascii import anyascii

from generator.model import Diagnostic, Level, SourceLocation
from generator.read import read_seeds, slugify
from generator.read.html import parse_seed
from generator.read.overrides import given_text
from generator.read.sources import Incoming, read_sources
from generator.stories import DuplicateIndex
from generator.write.scaffold import add_article

TITLE_WORDS = 8
MAX_TITLE_CHARS = 60
OUTLET_WORDS = 3
_TRACKING = ("utm_", "fbclid=", "gclid=")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class AddReport:
    """What `add` did: the seeds written (with their sources), the duplicates skipped and
    every problem (errors for sources that could not be read, warnings for duplicates)."""

    added: tuple[tuple[Path, str], ...]
    skipped: int
    diagnostics: tuple[Diagnostic, ...]


class _Corpus:
    """The articles already in `seeds/articles/` and those added in this run: by URL and by
    text, each under the seed path that messages name."""

    def __init__(self, seeds: Path) -> None:
        self.urls: dict[str, str] = {}
        self.texts = DuplicateIndex()
        for seed in read_seeds(seeds).articles:
            parsed = parse_seed(seed)
            url = given_text(seed.meta, "url") or parsed.url
            self.remember(seed.path, url, "\n".join(p.text for p in parsed.paragraphs))

    def remember(self, name: str, url: str | None, text: str) -> None:
        if url:
            self.urls.setdefault(url_key(url), name)
        self.texts.add(name, text)

    def duplicate(self, item: Incoming) -> str | None:
        """Why `item` is a duplicate, naming the seed (None if it is new)."""
        if item.url and (seed := self.urls.get(url_key(item.url))):
            return f"{seed} (same URL)"
        found = self.texts.match(item.text)
        return None if found is None else f"{found.name} ({found.describe()})"


def url_key(url: str) -> str:
    """A URL as compared for duplicates: the host without `www.` and in lower case, `http`
    as `https`, no fragment, no trailing `/`, no tracking parameters (`utm_*`, `fbclid`,
    `gclid`)."""
    parts = urlsplit(url.strip())
    query = [
        pair for pair in parts.query.split("&") if pair and not pair.lower().startswith(_TRACKING)
    ]
    host = (parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if parts.port else ""
    path = parts.path.rstrip("/")
    return f"https://{host}{port}{path}" + (f"?{'&'.join(query)}" if query else "")


def seed_text(item: Incoming) -> str:
    """The seed file for an extracted article: what the source gave (title, date, outlet,
    author, url) under `received:` in the frontmatter, where a correction written above it
    wins, then one paragraph a line with blank lines between."""
    from generator.render import dump_frontmatter

    values: dict[str, object] = {
        "title": item.title,
        "date": item.date,
        "outlet": item.outlet,
        "author": item.author,
        "url": item.url,
    }
    received = {key: value for key, value in values.items() if value is not None}
    body = "\n\n".join(item.paragraphs)
    head = dump_frontmatter({"received": received}) if received else ""
    return head + "\n" + body + "\n"


def _words(text: str, words: int, chars: int) -> str:
    """The first `words` words of `text` as a slug of at most `chars` characters, cut between
    words; any script is transliterated (`Næringsliv` -> `naeringsliv`, `Кина` -> `kina`)."""
    kept: list[str] = []
    for word in _NOT_WORD.split(anyascii(text).replace("'", "").lower()):
        if word and len(kept) < words and len("-".join([*kept, word])) <= chars:
            kept.append(word)
    return "-".join(kept)


def seed_name(item: Incoming, taken: set[str]) -> str:
    """`YYYY-MM-DD-outlet-title-words`: `undated` without a date; the outlet's first three
    words, else the URL's domain; the title's first eight words (at most 60 characters), else
    the text's; with `-2`, `-3`, ... when the name is in `taken`."""
    site = item.outlet or ""
    if not site and item.url:
        site = (urlsplit(item.url).hostname or "").removeprefix("www.")
    parts = [
        item.date.isoformat() if item.date else "undated",
        _words(site, OUTLET_WORDS, MAX_TITLE_CHARS),
        _words(item.title or "", TITLE_WORDS, MAX_TITLE_CHARS)
        or _words(item.text, TITLE_WORDS, MAX_TITLE_CHARS),
    ]
    stem = "-".join(part for part in parts if part)
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def _write_new(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, never over an existing file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    try:
        os.link(partial, path)  # fails if `path` exists: nothing is ever overwritten
    finally:
        partial.unlink()


def _save(folder: Path, item: Incoming, stem: str, keep_html: bool) -> Path:
    """Write the seed `<stem>.txt` (and the page as received as `<stem>.html`), both or
    neither."""
    path = folder / f"{stem}.txt"
    page = folder / f"{stem}.html" if keep_html and item.page is not None else None
    if page is not None and item.page is not None:
        _write_new(page, item.page)
    try:
        _write_new(path, seed_text(item).encode("utf-8"))
    except OSError:
        if page is not None:
            page.unlink()
        raise
    return path


def _add_one(
    seeds: Path,
    item: Incoming,
    taken: set[str],
    keep_html: bool,
    name: str | None,
) -> tuple[Path | None, list[Diagnostic]]:
    if item.received is not None:  # plain text: saved as received
        return add_article(seeds, item.received, name)
    stem = slugify(name) if name else seed_name(item, taken)
    if stem in taken:
        message = f"{seeds.name}/articles/{stem}.txt already exists; choose another --name"
        return None, [Diagnostic(Level.ERROR, SourceLocation(item.source), message)]
    path = _save(seeds / "articles", item, stem, keep_html)
    taken.add(stem)
    return path, []


def add_sources(
    seeds: Path,
    sources: Iterable[str],
    keep_html: bool = False,
    timeout: float = 20.0,
    name: str | None = None,
    stdin: bytes | None = None,
) -> AddReport:
    """Add every article in `sources` (paths, folders, URLs, `-` for `stdin`) to
    `seeds/articles/`; `name` names the seed when there is one article. A fetch waits at
    most `timeout` seconds."""
    items, diagnostics = read_sources(list(sources), timeout, stdin)
    if name is not None and len(items) > 1:
        message = f"--name names one article, but the sources hold {len(items)}"
        problem = Diagnostic(Level.ERROR, SourceLocation("add"), message)
        return AddReport((), 0, (*diagnostics, problem))
    corpus = _Corpus(seeds)
    folder = seeds / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    taken = {slugify(path.stem) for path in folder.iterdir()}
    added: list[tuple[Path, str]] = []
    skipped = 0
    for item in items:
        why = corpus.duplicate(item)
        if why is not None:
            skipped += 1
            message = f"{item.label}a duplicate of {why}; skipped"
            diagnostics.append(Diagnostic(Level.WARNING, SourceLocation(item.source), message))
            continue
        try:
            path, problems = _add_one(seeds, item, taken, keep_html, name)
        except OSError as exc:
            path, problems = (
                None,
                [
                    Diagnostic(
                        Level.ERROR, SourceLocation(item.source), f"{item.label}cannot write: {exc}"
                    )
                ],
            )
        diagnostics.extend(problems)
        if path is not None:
            corpus.remember(f"{seeds.name}/articles/{path.name}", item.url, item.text)
            added.append((path, item.source))
    return AddReport(tuple(added), skipped, tuple(diagnostics))
