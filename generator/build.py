"""The build: read everything, enrich and render it all, then write it all.

Owns the order of the stages and the run's outcome (pages, diagnostics, timing). Only the
reader reads and only the writer writes; everything between is pure.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from generator.enrich import enrich
from generator.listings import hand_written, list_pages
from generator.model import Article, Diagnostic, Level, OutputPage, SourceLocation
from generator.reader import read_seeds
from generator.registry import build_registry
from generator.site import detail_pages
from generator.siteindex import build_index
from generator.stories import group_stories, read_story_files
from generator.tagging import Tagger
from generator.writer import WriteReport, check_pages, write_pages


@dataclass(frozen=True)
class BuildResult:
    articles: tuple[Article, ...]
    pages: tuple[OutputPage, ...]
    diagnostics: tuple[Diagnostic, ...]
    report: WriteReport | None
    seconds: float

    def count(self, level: Level) -> int:
        return sum(1 for d in self.diagnostics if d.level is level)


def sort_key(article: Article) -> tuple[int, str]:
    """Newest first, undated last, then by slug: a total, deterministic order."""
    ordinal = article.date.toordinal() if article.date else dt.date.min.toordinal()
    return (-ordinal, article.slug)


def generate(seeds: Path) -> tuple[list[Article], list[OutputPage], list[Diagnostic], set[str]]:
    """Everything the site holds, computed from `seeds` without writing anything."""
    tree = read_seeds(seeds)
    registry, diagnostics = build_registry(list(tree.registry_files))
    diagnostics = [*tree.diagnostics, *diagnostics]
    tagger = Tagger(registry)
    articles = []
    for seed in tree.articles:
        article, problems = enrich(seed, registry, tagger)
        articles.append(article)
        diagnostics.extend(problems)
    articles.sort(key=sort_key)
    story_files, story_problems = read_story_files(
        list(tree.story_files), {a.slug for a in articles} | set(tree.failed)
    )
    diagnostics.extend(story_problems)
    index = build_index(articles, registry, group_stories(articles, story_files))
    pages = detail_pages(index) + list_pages(index, tree.home_brief)
    pages += hand_written(tree.pages)
    keep = {f"articles/{slug}.md" for slug in tree.failed}
    return articles, pages, diagnostics, keep


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
    articles, pages, diagnostics, keep = generate(seeds)
    blocking = check_pages(pages, docs)
    diagnostics.extend(blocking)
    report = None
    if write and not blocking:
        report = write_pages(pages, docs, keep)
    diagnostics.sort(key=lambda d: (d.location.file, d.location.line or 0, d.message))
    return BuildResult(
        tuple(articles), tuple(pages), tuple(diagnostics), report, time.perf_counter() - started
    )
