"""The site folder's files: what is there before a build, which reused page files are intact,
and the stale files (and empty folders) a build leaves behind.

Owns removing what a build no longer makes. A file is stale when it was in the site folder
before the build, the build did not reuse it (a reused page's HTML is kept as it is), and it is
still exactly as it was then (same modification and change time): so the build did not write
it. Only those candidates are looked at again after the build, not the whole folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

Stamp = tuple[int, int]  # (st_mtime_ns, st_ctime_ns)


def listing(site: Path) -> dict[str, Stamp]:
    """Every file below `site` (full paths) with its stamp."""
    found = {}
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            info = os.stat(path)
            found[path] = (info.st_mtime_ns, info.st_ctime_ns)
    return found


def _stamp(path: str) -> Stamp | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_mtime_ns, info.st_ctime_ns)


def remove_stale(site: Path, before: dict[str, Stamp], kept: set[str]) -> int:
    """Remove the files this build neither wrote nor kept (`kept`: full paths), then the
    folders left empty; the number of files removed."""
    stale = [p for p, stamp in before.items() if p not in kept and _stamp(p) == stamp]
    for path in stale:
        os.remove(path)
    _remove_empty(site, {os.path.dirname(path) for path in stale})
    return len(stale)


def _remove_empty(site: Path, folders: Iterable[str]) -> None:
    """Each of `folders` and its parents below `site`, deepest first, while they are empty."""
    top = str(site)
    for folder in sorted(folders, key=lambda path: -len(path)):
        while folder != top and folder.startswith(top) and os.path.isdir(folder):
            if os.listdir(folder):
                break
            os.rmdir(folder)
            folder = os.path.dirname(folder)


def html_unchanged(site: Path, dest: str, stat: tuple[int, int] | None) -> bool:
    """Whether the page file `dest` below `site` is still the one a record saw written:
    the same (size, mtime_ns), or absent if it was (a page that wrote no file)."""
    try:
        info = os.stat(site / dest)
    except FileNotFoundError:
        return stat is None
    return stat == (info.st_size, info.st_mtime_ns)
