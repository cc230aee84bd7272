"""The build: read everything, enrich and render it all, then write it all.

Owns the run's outcome (pages, diagnostics, timing), when there is nothing to do (the inputs
are those of the last clean build) and the write. `generate` computes everything between the
reader and the writer (`pages` the rendering steps). Only the reader reads and only the
writer writes; everything between is pure.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

from generator.model import Article, Diagnostic, Level, OutputPage, SourceLocation
from generator.pipeline.generate import Stopwatch, generate, sort_key
from generator.workers import frozen_heap
from generator.write import (
    MANIFEST,
    BuildState,
    WriteReport,
    cache_dir,
    check_pages,
    docs_stamp,
    inputs_fingerprint,
    save_state,
    unchanged,
    write_pages,
)

__all__ = ["BuildResult", "Stopwatch", "build", "generate", "sort_key"]


@dataclass(frozen=True)
class BuildResult:
    """A build's outcome. When nothing changed since the last build (`cached`), the articles
    and pages were not computed again: only their counts and the diagnostics are known."""

    articles: tuple[Article, ...]
    pages: tuple[OutputPage, ...]
    diagnostics: tuple[Diagnostic, ...]
    report: WriteReport | None
    seconds: float
    cached: BuildState | None = None
    timings: tuple[tuple[str, float], ...] = ()

    @property
    def article_count(self) -> int:
        return self.cached.articles if self.cached else len(self.articles)

    @property
    def page_count(self) -> int:
        return self.cached.pages if self.cached else len(self.pages)

    def count(self, level: Level) -> int:
        return sum(1 for d in self.diagnostics if d.level is level)


def build(seeds: Path, docs: Path, write: bool = True) -> BuildResult:
    started = time.perf_counter()
    if not seeds.is_dir():
        problem = Diagnostic(Level.ERROR, SourceLocation(str(seeds)), "no such seeds folder")
        return BuildResult((), (), (problem,), None, time.perf_counter() - started)
    if docs.resolve().is_relative_to(seeds.resolve()) or seeds.resolve() == docs.resolve():
        problem = Diagnostic(
            Level.ERROR,
            SourceLocation(str(docs)),
            "docs folder must not be inside the seeds folder",
        )
        return BuildResult((), (), (problem,), None, time.perf_counter() - started)
    folder = cache_dir(docs)
    inputs = inputs_fingerprint(seeds)
    state = unchanged(folder, inputs, docs) if write else None
    if state is not None:
        elapsed = time.perf_counter() - started
        nothing = WriteReport((), state.pages, ())
        return BuildResult((), (), state.diagnostics, nothing, elapsed, state)
    watch = Stopwatch()
    with frozen_heap():
        articles, pages, diagnostics, keep = generate(seeds, folder, watch=watch, docs=docs)
        gc.freeze()
        blocking = check_pages(pages, docs)
        diagnostics.extend(blocking)
        report = None
        if write and not blocking:
            report = write_pages(pages, docs, keep)
        watch.lap("write")
    diagnostics.sort(key=lambda d: (d.location.file, d.location.line or 0, d.message))
    if report is not None and not any(d.level is Level.ERROR for d in diagnostics):
        written = sorted({page.path for page in pages} | {MANIFEST})
        stamp = docs_stamp(docs, written)
        save_state(folder, BuildState(inputs, len(articles), len(pages), tuple(diagnostics), stamp))
    return BuildResult(
        tuple(articles),
        tuple(pages),
        tuple(diagnostics),
        report,
        time.perf_counter() - started,
        timings=tuple(watch.laps),
    )
