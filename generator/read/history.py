"""Reading the briefing as it was at a git revision: the `docs/` pages that changed since.

Owns the git side of `python -m generator digest --since REV`: resolving REV (a revision, or a
date `YYYY-MM-DD`, meaning the last commit before that day on the first-parent history of
HEAD), listing the pages of `docs/` that differ between REV and the working tree (untracked
pages included, so a build not yet committed counts), and reading both versions of each:
the frontmatter as a mapping and the Markdown body. Only what changed is read, so a digest
of one new article in ten thousand reads two files, not twenty thousand.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FOLDERS = (
    "articles",
    "stories",
    "companies",
    "organizations",
    "people",
    "places",
    "media",
    "topics",
)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class HistoryError(Exception):
    """The revision or the repository cannot be read; the message says why."""


@dataclass(frozen=True)
class Page:
    """One version of a docs page: its frontmatter and its Markdown body."""

    meta: dict[str, Any]
    body: str


@dataclass(frozen=True)
class PageChange:
    """A page of docs/ (path relative to docs/) as it was at the revision and as it is now;
    None where it did not exist."""

    path: str
    before: Page | None
    after: Page | None


@dataclass(frozen=True)
class Since:
    """The revision compared with: its short hash and commit date, or none before a date."""

    commit: str | None
    label: str


def _git(repo: Path, *args: str, data: bytes | None = None) -> bytes:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], input=data, capture_output=True, check=False
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def resolve(repo: Path, since: str) -> Since:
    """REV as a commit; a date as the last commit before that day (None if there is none)."""
    if DATE.match(since):
        found = _git(repo, "rev-list", "-1", "--first-parent", f"--before={since}T00:00:00", "HEAD")
        if not found.strip():
            return Since(None, f"{since} (before the first commit)")
    else:
        try:
            found = _git(repo, "rev-parse", "--verify", "--quiet", f"{since}^{{commit}}")
        except HistoryError:
            raise HistoryError(
                f"unknown revision '{since}' (give a git revision or a date YYYY-MM-DD)"
            ) from None
    commit = found.decode().strip()
    short, day = _git(repo, "show", "-s", "--format=%h %cs", commit).decode().split()
    return Since(commit, f"{since} (commit {short})" if DATE.match(since) else f"{short} ({day})")


def parse_page(text: str) -> Page:
    """A docs page's frontmatter (`---` block, read as YAML) and body."""
    if text.startswith("---\n"):
        head, _, body = text[4:].partition("\n---\n")
        meta = yaml.load(head, Loader=_Loader)
        return Page(meta if isinstance(meta, dict) else {}, body)
    return Page({}, text)


def _blobs(repo: Path, names: list[str]) -> dict[str, str]:
    """Texts of `names` (`REV:path`) in one `git cat-file --batch`."""
    if not names:
        return {}
    out = _git(repo, "cat-file", "--batch", data="".join(f"{n}\n" for n in names).encode())
    texts: dict[str, str] = {}
    at = 0
    for name in names:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        if header[-1] == b"missing":
            at = header_end + 1
            continue
        size = int(header[2])
        texts[name] = out[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace")
        at = header_end + 1 + size + 1
    return texts


def _watched(relative: str) -> bool:
    folder, _, name = relative.partition("/")
    return folder in FOLDERS and name.endswith(".md") and "/" not in name and name != "index.md"


def changes(docs: Path, since: Since) -> list[PageChange]:
    """The article, story, entity and topic pages of `docs` that differ from `since`."""
    repo = Path(_git(docs, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    relative = docs.resolve().relative_to(repo).as_posix()
    prefix = "" if relative == "." else relative + "/"
    if since.commit is None:
        paths = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    else:
        # `diff` names paths from the repository's top, `ls-files` from the folder it runs in
        listed = _git(docs, "diff", "--name-only", "-z", "--no-renames", since.commit, "--", ".")
        paths = {p[len(prefix) :] for p in listed.decode().split("\0") if p}
        untracked = _git(docs, "ls-files", "-z", "--others", "--exclude-standard", "--", ".")
        paths |= {p for p in untracked.decode().split("\0") if p}
    paths = {p for p in paths if _watched(p)}
    old = _blobs(
        repo, [f"{since.commit}:{prefix}{p}" for p in sorted(paths)] if since.commit else []
    )
    found = []
    for path in sorted(paths):
        before = old.get(f"{since.commit}:{prefix}{path}")
        now = docs / path
        after = now.read_text("utf-8") if now.is_file() else None
        if before != after:
            found.append(
                PageChange(
                    path,
                    parse_page(before) if before is not None else None,
                    parse_page(after) if after is not None else None,
                )
            )
    return found
