"""`briefing check`: validate seeds/ and compare docs/ with it, writing nothing.

Owns the pull-request gate (and its notes: the names the articles use most that the registry
lacks, which never fail it): every problem the build would report, warnings included (an
alias claimed by two entities fails the check), a warning for each pair of seeds with nearly
the same text, and every page of docs/ that is not what
seeds/ gives, each named by file. While an article seed cannot be read at all, docs/ is not
compared: every page would differ, and the seed's own message is the one to act on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from generator.model import Article, Diagnostic, Level, NameSuggestion, SourceLocation
from generator.pipeline import generate
from generator.stories import near_duplicate_pairs
from generator.write import MANIFEST, cache_dir, check_pages, previous_manifest

REBUILD = "run `briefing build` and commit docs/"


NOTES = 10  # unknown names `check` reports, the most widely named first
NOTE_ARTICLES = 2  # ... each named in this many articles at least


@dataclass(frozen=True)
class CheckResult:
    """What `check` found: `diagnostics` (errors and warnings: any fails the check) and
    `notes` (the most widely named names the registry lacks: information, never a failure)."""

    articles: int
    pages: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    notes: tuple[Diagnostic, ...] = ()


def name_notes(suggestions: list[NameSuggestion], limit: int = NOTES) -> tuple[Diagnostic, ...]:
    """A note for each of the `limit` most widely named names the registry lacks (of those
    in `NOTE_ARTICLES` articles or more), at the first sentence that names it, with the
    command that accepts it."""
    notes = []
    for s in [s for s in suggestions if s.articles >= NOTE_ARTICLES][:limit]:
        where = (
            SourceLocation(s.examples[0].source_file, s.examples[0].line) if s.examples else None
        )
        count = f"{s.articles} article{'s' if s.articles != 1 else ''}"
        message = (
            f"{s.name!r} ({s.kind}) is named in {count} but not in the registry; "
            f"briefing accept {_quoted(s.name)} (or --reject)"
        )
        notes.append(Diagnostic(Level.NOTE, where or SourceLocation("seeds"), message))
    return tuple(notes)


def _quoted(name: str) -> str:
    return name if name.replace("-", "").isalnum() else '"' + name.replace('"', '\\"') + '"'


def _docs_problems(pages: dict[str, bytes], docs: Path, keep: set[str]) -> list[Diagnostic]:
    problems = []
    name = docs.name
    for path, data in sorted(pages.items()):
        target = docs / path
        if not target.is_file():
            problems.append((f"{name}/{path}", f"missing: not generated yet ({REBUILD})"))
        elif target.read_bytes() != data:
            problems.append((f"{name}/{path}", f"out of date with seeds/ ({REBUILD})"))
    for path in sorted(previous_manifest(docs) - set(pages) - keep):
        if (docs / path).is_file():
            problems.append(
                (f"{name}/{path}", f"stale: no seed gives this page any more ({REBUILD})")
            )
    return [Diagnostic(Level.ERROR, SourceLocation(file), message) for file, message in problems]


def duplicate_warnings(articles: list[Article]) -> list[Diagnostic]:
    """A warning on the later seed of every pair of articles with the same or nearly the
    same text (see `generator.stories.duplicates`)."""
    texts = [(a.source_file, "\n".join(p.text for p in a.paragraphs)) for a in articles]
    warnings = []
    for later, match in near_duplicate_pairs(texts):
        message = f"a duplicate of {match.name} ({match.describe()}); remove one of the two"
        warnings.append(Diagnostic(Level.WARNING, SourceLocation(later), message))
    return warnings


def check(seeds: Path, docs: Path) -> CheckResult:
    started = time.perf_counter()
    if not seeds.is_dir():
        problem = Diagnostic(Level.ERROR, SourceLocation(str(seeds)), "no such seeds folder")
        return CheckResult(0, 0, (problem,), time.perf_counter() - started)
    names: list[NameSuggestion] = []
    made = generate(seeds, cache_dir(docs), save_cache=False, names=names)
    articles, pages, diagnostics, keep = made
    diagnostics.extend(check_pages(pages, docs))
    diagnostics.extend(duplicate_warnings(articles))
    produced = {page.path: page.data for page in pages}
    manifest = "".join(f"{path}\n" for path in sorted(set(produced) | keep))
    if not keep:
        diagnostics.extend(_docs_problems(produced, docs, keep))
    if not keep and (docs / MANIFEST).is_file() and (docs / MANIFEST).read_text() != manifest:
        diagnostics.append(
            Diagnostic(
                Level.ERROR,
                SourceLocation(f"{docs.name}/{MANIFEST}"),
                f"out of date with seeds/ ({REBUILD})",
            )
        )
    diagnostics.sort(key=lambda d: (d.location.file, d.location.line or 0, d.message))
    elapsed = time.perf_counter() - started
    return CheckResult(len(articles), len(pages), tuple(diagnostics), elapsed, name_notes(names))
