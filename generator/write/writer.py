"""Writing `docs/`: the only module that writes files.

Owns the rules that keep people's work safe: every output path is checked to stay inside
`docs/` and to be unique before anything is written; a file is rewritten only if its bytes
change; a stale page is removed only if the manifest (`docs/.generated`) says an earlier
run wrote it, and never the page of a seed that failed to read this run (it keeps its last
good version). A file someone put in `docs/` by hand is left alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.model import Diagnostic, Level, OutputPage, SourceLocation

MANIFEST = ".generated"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def _symlinks(folder: Path) -> frozenset[str]:
    """The names of the symbolic links in `folder` (none if it does not exist)."""
    try:
        with os.scandir(folder) as entries:
            return frozenset(entry.name for entry in entries if entry.is_symlink())
    except OSError:
        return frozenset()


def check_pages(pages: Iterable[OutputPage], docs: Path) -> list[Diagnostic]:
    """Problems that must stop the writer before it touches disk: a page outside `docs`
    (through `..` or a symbolic link) or two pages at one path. Each folder is resolved and
    listed once, not each of 10,000 pages."""
    problems = []
    owners: dict[str, str] = {}
    root = docs.resolve()
    folders: dict[str, tuple[bool, frozenset[str]]] = {}  # inside docs/, its symlinks
    for page in pages:
        folder, _, name = page.path.rpartition("/")
        if folder not in folders:
            resolved = (root / folder).resolve()
            folders[folder] = (resolved.is_relative_to(root), _symlinks(resolved))
        inside, links = folders[folder]
        if name in ("", ".", "..") or not inside or name in links:
            problems.append(
                Diagnostic(
                    Level.ERROR,
                    SourceLocation(page.source),
                    f"output path '{page.path}' is outside docs/",
                )
            )
        elif page.path in owners:
            problems.append(
                Diagnostic(
                    Level.ERROR,
                    SourceLocation(page.source),
                    (f"output path docs/{page.path} is also written from {owners[page.path]}"),
                )
            )
        else:
            owners[page.path] = page.source
    return problems


def _files_in(folder: Path) -> set[str]:
    """The names of the files in `folder`, which is made if missing."""
    folder.mkdir(parents=True, exist_ok=True)
    with os.scandir(folder) as entries:
        return {entry.name for entry in entries if entry.is_file()}


def write_pages(pages: list[OutputPage], docs: Path, keep: set[str]) -> WriteReport:
    """Write `pages` under `docs`, remove stale `.md` pages except those in `keep` (a path
    there ending in `/` keeps every page under it)."""
    docs.mkdir(parents=True, exist_ok=True)
    written = []
    unchanged = 0
    present: dict[str, set[str]] = {}  # each folder listed once, not a stat per page
    for page in pages:
        folder, _, name = page.path.rpartition("/")
        if folder not in present:
            present[folder] = _files_in(docs / folder)
        target = docs / page.path
        data = page.data
        if name in present[folder] and target.read_bytes() == data:
            unchanged += 1
            continue
        target.write_bytes(data)
        written.append(page.path)
    produced = {page.path for page in pages}
    previous = previous_manifest(docs)
    kept = {path for path in previous | keep if _kept(path, keep)}
    removed = []
    for relative in sorted(previous - produced - kept):
        path = docs / relative
        if path.is_file():
            path.unlink()
            removed.append(relative)
    manifest = "".join(f"{path}\n" for path in sorted(produced | kept) if not path.endswith("/"))
    manifest_path = docs / MANIFEST
    if not manifest_path.is_file() or manifest_path.read_text("utf-8") != manifest:
        manifest_path.write_text(manifest, "utf-8")
    return WriteReport(tuple(written), unchanged, tuple(removed))


def _kept(path: str, keep: set[str]) -> bool:
    """True if `keep` holds `path`, or a folder (`archive/`) that holds it."""
    return path in keep or any(path.startswith(k) for k in keep if k.endswith("/"))


def previous_manifest(docs: Path) -> set[str]:
    """The pages an earlier run wrote (and so may remove), as paths relative to `docs`."""
    path = docs / MANIFEST
    if not path.is_file():
        return set()
    return {line for line in path.read_text("utf-8").splitlines() if line and ".." not in line}
