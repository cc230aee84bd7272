"""What the site cache keeps of each rendered page, and the cache file itself.

Owns `PageRecord` (everything a page's render left behind that the rest of the build needs: the
keys it was rendered under, the paths its links looked up, its title (and frontmatter, for pages
in the navigation), its anchors and links to anchors for MkDocs' anchor validation, its
search-index entries as a JSON fragment, the log messages it raised, and the size and
modification time of the HTML file it wrote) and `SiteCache` (one pickle per site folder in
`.briefing-cache/`, written atomically; a cache of another environment is discarded, never
read). Link lookups are kept once for the whole site: `SiteCache.paths` numbers every path a
page looked up and `SiteCache.resolved` says what it resolved to at the last build, when every
record was consistent with it; a record keeps only the numbers. At ten thousand articles that
is half a million lookups, too many to keep as a tuple per page. Records pickle as calls of
their constructor (`model.Record`): seventeen thousand load in half the time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.model import Record
from generator.publish.fingerprint import lookup_summary

FORMAT = 3
RACY_NS = 2_000_000_000  # a file changed this recently is hashed again next time
Lookup = tuple[str, tuple[str, str, str] | None]
LogLine = tuple[str, int, str]  # logger name, level, message


@dataclass(slots=True)
class PageRecord(Record):
    """One rendered page. `stat` is (size, mtime_ns) of its HTML file right after writing."""

    src_uri: str
    source: str  # fingerprint.source_key
    navigation: str  # fingerprint.navigation_key it was rendered with
    lookups: array[int]  # numbers of SiteCache.paths
    seen: tuple[Lookup, ...]  # from a worker: the lookups themselves, until numbered
    all_files: str | None  # fingerprint.files_key, if the page read the whole file list
    title: str | None
    meta: dict[str, Any]  # pages in the navigation only (the theme reads it there)
    anchors: frozenset[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None
    search: str  # its entries in the search index, as JSON items joined by commas
    read_logs: tuple[LogLine, ...]  # said while reading and converting the Markdown
    build_logs: tuple[LogLine, ...]  # said while rendering the template
    dest: str
    stat: tuple[int, int] | None


@dataclass(slots=True)
class SourceStat(Record):
    """A Markdown file's identity on disk, so that its bytes are hashed only when it changed."""

    size: int
    mtime_ns: int
    inode: int
    sha256: str


@dataclass
class SiteCache:
    environment: str
    pages: dict[str, PageRecord] = field(default_factory=dict)
    sources: dict[str, SourceStat] = field(default_factory=dict)
    paths: dict[str, int] = field(default_factory=dict)
    resolved: list[tuple[str, str, str] | None] = field(default_factory=list)

    def number(self, lookups: tuple[Lookup, ...]) -> array[int]:
        """The numbers of these looked-up paths (new ones added with what they resolved to)."""
        numbers = array("I")
        for path, summary in lookups:
            if path not in self.paths:
                self.paths[path] = len(self.resolved)
                self.resolved.append(summary)
            numbers.append(self.paths[path])
        return numbers

    def changed_paths(self, files: Any) -> set[int]:
        """The numbers of the looked-up paths that `files` (MkDocs' `Files`) resolves
        differently now; what they resolve to is brought up to date."""
        changed = set()
        for path, number in self.paths.items():
            now = lookup_summary(files.get_file_from_path(path))
            if now != self.resolved[number]:
                changed.add(number)
                self.resolved[number] = now
        return changed


def cache_file(site_dir: Path) -> Path:
    """`.briefing-cache/site-<name>-<hash of its path>.pickle` next to the site folder."""
    site = site_dir.resolve()
    name = hashlib.sha256(str(site).encode("utf-8")).hexdigest()[:12]
    return site.parent / ".briefing-cache" / f"{site.name}-{name}.pickle"


def load(path: Path, environment: str) -> SiteCache:
    """The cache at `path` if it was written for `environment`, else an empty one."""
    try:
        with path.open("rb") as stream:
            version, cache = pickle.load(stream)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return SiteCache(environment)
    if version != FORMAT or not isinstance(cache, SiteCache) or cache.environment != environment:
        return SiteCache(environment)
    return cache


def save(path: Path, cache: SiteCache) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    with temporary.open("wb") as stream:
        pickle.dump((FORMAT, cache), stream, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def source_digest(file: Any, cache: SiteCache, fresh: dict[str, SourceStat]) -> str:
    """The sha256 of a page's Markdown, hashing the file only if its size, mtime or inode moved.

    Generated files (a plugin's, with no file on disk) are hashed every time."""
    if file.abs_src_path is None or file.generated_by:
        return hashlib.sha256(file.content_bytes).hexdigest()
    info = os.stat(file.abs_src_path)
    known = cache.sources.get(file.src_uri)
    if known and (known.size, known.mtime_ns, known.inode) == (
        info.st_size,
        info.st_mtime_ns,
        info.st_ino,
    ):
        fresh[file.src_uri] = known
        return known.sha256
    with open(file.abs_src_path, "rb") as stream:
        sha = hashlib.sha256(stream.read()).hexdigest()
    if info.st_mtime_ns < time.time_ns() - RACY_NS:  # else a same-size rewrite could hide
        fresh[file.src_uri] = SourceStat(info.st_size, info.st_mtime_ns, info.st_ino, sha)
    return sha
