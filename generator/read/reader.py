"""Reading `seeds/`: the only module that reads files a person wrote or received.

Owns the layout of the seeds folder (which files are articles: `.txt`, and `.html`/`.htm`
pages unless a `.txt` of the same name beside one was extracted from it; which are registry entries,
where the front-page brief lives), the article slug rule, and the checks that need the whole
folder (two seeds that would write the same page).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator.model import (
    Diagnostic,
    Level,
    Line,
    Registry,
    Seed,
    SourceLocation,
    internal_error,
)
from generator.read import frontmatter_io
from generator.read.frontmatter_io import Split
from generator.read.html import HTML_SUFFIXES, decode_page, is_page
from generator.read.ignore import IGNORE_FILE
from generator.read.registry import ENTITY_COLLECTIONS, RegistryFile, build_registry

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
_SLUG_UNSAFE = re.compile(r"[^a-z0-9_-]+")
_T = TypeVar("_T")


@dataclass(frozen=True)
class SeedTree:
    """Everything read from `seeds/`, and every problem found while reading it."""

    articles: tuple[Seed, ...]
    registry_files: tuple[RegistryFile, ...]
    story_files: tuple[RegistryFile, ...]
    home_brief: str
    pages: tuple[tuple[str, str, str], ...]  # hand-written pages: (name, text, seed path)
    failed: frozenset[str]  # slugs of articles that exist but could not be read
    diagnostics: tuple[Diagnostic, ...]
    # pages (`companies/x.md`) of other seeds that could not be read: kept as they are
    failed_pages: frozenset[str] = frozenset()
    # `seeds/registry-ignore.yml` as (its path as shown, its text), if there is one
    ignore_file: tuple[str, str] | None = None


def slugify(stem: str) -> str:
    """A URL- and file-safe slug: lower case ASCII letters, digits, `_` and `-`."""
    slug = _SLUG_UNSAFE.sub("-", stem.lower()).strip("-")
    return slug or "article"


def display_path(seeds: Path, path: Path) -> str:
    """How a seed file is named in messages and output: `seeds/articles/x.txt`."""
    return (Path(seeds.name) / path.relative_to(seeds)).as_posix()


def _files(folder: Path, suffixes: tuple[str, ...]) -> list[tuple[Path, str]]:
    """(path, path relative to `folder` with `/`) of each file under `folder` with one of
    `suffixes`, in path order (by parts). Walks with strings: pathlib's parsing was half of
    reading ten thousand articles."""
    found: list[tuple[list[str], str, str]] = []
    root = str(folder)
    for top, folders, names in os.walk(root):
        folders.sort()
        inner = top[len(root) :].strip(os.sep).replace(os.sep, "/")
        for name in names:
            full = os.path.join(top, name)
            if os.path.splitext(name)[1] in suffixes and os.path.isfile(full):
                relative = f"{inner}/{name}" if inner else name
                found.append((relative.split("/"), full, relative))
    found.sort(key=lambda item: item[0])
    return [(Path(full), relative) for _, full, relative in found]


def read_article(
    seeds: Path, path: Path, name: str | None = None
) -> tuple[Seed | None, list[Diagnostic]]:
    """The seed in the article file `path`, or the problems that keep it from being read;
    `name` is its `display_path`, if the caller has it."""
    name = name or display_path(seeds, path)
    data = path.read_bytes()
    if is_page(name):
        page = decode_page(data)
        if page.text is None:
            return None, [Diagnostic(Level.ERROR, SourceLocation(name), str(page.problem))]
        decoded = frontmatter_io.Decoded(page.text)
    else:
        decoded = frontmatter_io.decode(data, name)
    if decoded.text is None:
        return None, list(decoded.diagnostics)
    split = frontmatter_io.split(decoded.text, name)
    if split.diagnostics:
        return None, list(split.diagnostics)
    lines = tuple(
        Line(split.body_first_line + i, text) for i, text in enumerate(split.body.split("\n"))
    )
    if not any(line.text.strip() for line in lines):
        return None, [
            Diagnostic(
                Level.ERROR,
                SourceLocation(name, split.body_first_line),
                "no article text below the frontmatter",
            )
        ]
    digest = hashlib.sha256(data).hexdigest()
    seed = Seed(name, slugify(path.stem), split.meta, split.key_lines, lines, digest)
    return seed, []


def _guarded(
    read: Callable[[Path, Path, str], tuple[_T | None, list[Diagnostic]]],
    seeds: Path,
    path: Path,
    name: str,
) -> tuple[_T | None, list[Diagnostic]]:
    """`read(seeds, path, name)`, with a file that cannot be opened, or an unexpected
    exception while reading it, as that file's error."""
    try:
        return read(seeds, path, name)
    except OSError as exc:
        problem = Diagnostic(Level.ERROR, SourceLocation(name), f"cannot read: {exc.strerror}")
        return None, [problem]
    except Exception as exc:  # one file's fault is its error, never the build's end
        return None, [internal_error(name, "reading", exc)]


def _read_articles(seeds: Path) -> tuple[list[Seed], set[str], list[Diagnostic]]:
    articles: list[Seed] = []
    failed: set[str] = set()
    diagnostics: list[Diagnostic] = []
    owners: dict[str, str] = {}
    folder = display_path(seeds, seeds / "articles")
    files = _files(seeds / "articles", ARTICLE_SUFFIXES)
    texts = {relative.rsplit(".", 1)[0] for _, relative in files if relative.endswith(".txt")}
    for path, relative in files:
        if is_page(relative) and relative.rsplit(".", 1)[0] in texts:
            continue  # the page a `.txt` seed was extracted from (`add --keep-html`)
        slug, name = slugify(path.stem), f"{folder}/{relative}"
        if slug in owners:
            message = (
                f"output path docs/articles/{slug}.md is already written from "
                f"{owners[slug]}; rename one of the two files"
            )
            diagnostics.append(Diagnostic(Level.ERROR, SourceLocation(name), message))
            continue
        owners[slug] = name
        seed, problems = _guarded(read_article, seeds, path, name)
        diagnostics.extend(problems)
        if seed is None:
            failed.add(slug)
        else:
            articles.append(seed)
    return articles, failed, diagnostics


def _read_text(seeds: Path, path: Path, name: str) -> tuple[str | None, list[Diagnostic]]:
    decoded = frontmatter_io.decode(path.read_bytes(), name)
    return decoded.text, list(decoded.diagnostics)


def _read_split(seeds: Path, path: Path, name: str) -> tuple[Split | None, list[Diagnostic]]:
    decoded = frontmatter_io.decode(path.read_bytes(), name)
    if decoded.text is None:
        return None, list(decoded.diagnostics)
    return frontmatter_io.split(decoded.text, name), []


def _read_markdown(
    seeds: Path, collections: tuple[str, ...]
) -> tuple[list[RegistryFile], list[Diagnostic], set[str]]:
    """Every `seeds/<collection>/<slug>.md`, decoded and with its frontmatter split off,
    and the pages (`<collection>/<slug>.md`) of those that could not be read."""
    files: list[RegistryFile] = []
    diagnostics: list[Diagnostic] = []
    unread: set[str] = set()
    for collection in collections:
        for path, _ in _files(seeds / collection, (".md",)):
            name = display_path(seeds, path)
            split, problems = _guarded(_read_split, seeds, path, name)
            diagnostics.extend(problems)
            if split is None:
                unread.add(f"{collection}/{slugify(path.stem)}.md")
            else:
                files.append(RegistryFile(collection, slugify(path.stem), name, split))
    return files, diagnostics, unread


def read_registry(seeds: Path) -> Registry:
    """The registry of `seeds` alone (its entity and topic files), without reading an article:
    what `accept` checks a name against. Files that cannot be used are left out."""
    files, _, _ = _read_markdown(seeds, (*ENTITY_COLLECTIONS, "topics"))
    registry, _ = build_registry(files)
    return registry


def read_seeds(seeds: Path) -> SeedTree:
    """Read every article, registry file and the home brief under `seeds`."""
    articles, failed, diagnostics = _read_articles(seeds)
    registry_files, registry_problems, unread = _read_markdown(
        seeds, (*ENTITY_COLLECTIONS, "topics")
    )
    story_files, story_problems, unread_stories = _read_markdown(seeds, ("stories",))
    pages = []
    for path, _ in _files(seeds / "pages", (".md",)):
        shown, name = display_path(seeds, path), path.relative_to(seeds / "pages").as_posix()
        text, problems = _guarded(_read_text, seeds, path, shown)
        diagnostics.extend(problems)
        if text is None:
            unread.add(name)  # published as it is: it keeps its last good page
        else:
            pages.append((name, text, shown))
    home = seeds / "index.md"
    home_brief = ""
    if home.is_file():
        text, problems = _guarded(_read_text, seeds, home, display_path(seeds, home))
        diagnostics.extend(problems)
        home_brief = text or ""
    ignore_file = None
    ignore = seeds / IGNORE_FILE
    if ignore.is_file():
        shown = display_path(seeds, ignore)
        text, problems = _guarded(_read_text, seeds, ignore, shown)
        diagnostics.extend(problems)
        ignore_file = (shown, text) if text is not None else None
    return SeedTree(
        tuple(articles),
        tuple(registry_files),
        tuple(story_files),
        home_brief,
        tuple(pages),
        frozenset(failed),
        tuple(diagnostics + registry_problems + story_problems),
        frozenset(unread | unread_stories),
        ignore_file,
    )
