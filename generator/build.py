"""The build: read everything, enrich and render it all, then write it all.

Owns the order of the stages and the run's outcome (pages, diagnostics, timing). Only the
reader reads and only the writer writes; everything between is pure.
"""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import time
from dataclasses import dataclass, replace
from pathlib import Path

from generator.enrich import Tagger, enrich, forget_model, load_in_background
from generator.model import (
    Article,
    Diagnostic,
    Level,
    OutputPage,
    Registry,
    Seed,
    SourceLocation,
    internal_error,
)
from generator.read import SeedTree, build_registry, read_seeds
from generator.render import (
    build_index,
    chart_pages,
    detail_pages,
    every_chart,
    hand_written,
    list_pages,
)
from generator.stories import group_stories, read_story_files
from generator.workers import frozen_heap, goes_parallel, parallel_map
from generator.write import (
    MANIFEST,
    ArticleCache,
    BuildState,
    ChartCache,
    Enriched,
    WriteReport,
    cache_dir,
    check_pages,
    docs_stamp,
    inputs_fingerprint,
    save_state,
    unchanged,
    write_pages,
)


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


def sort_key(article: Article) -> tuple[int, str]:
    """Newest first, undated last, then by slug: a total, deterministic order."""
    ordinal = article.date.toordinal() if article.date else dt.date.min.toordinal()
    return (-ordinal, article.slug)


def _enrich(state: tuple[Registry, Tagger], seed: Seed) -> bytes:
    """An enriched seed, pickled: the form in which it crosses back from a worker and is
    kept in the cache, so it is pickled once. An unexpected exception (here or in a worker)
    gives no article and the seed's internal-error diagnostic instead."""
    try:
        article, problems = enrich(seed, *state)
        return pickle.dumps((article, tuple(problems)), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # one article's fault is its error, never the build's end
        failed = (None, (internal_error(seed.path, "enriching", exc),))
        return pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL)


def _enrich_all(seeds: tuple[Seed, ...], registry: Registry, cache: ArticleCache) -> list[Enriched]:
    """Every seed enriched, from the cache where its seed, the registry and the code are as
    they were, and otherwise over the machine's cores."""
    keys = [cache.key(seed.path, seed.digest.encode()) for seed in seeds]
    found = [cache.get(key) for key in keys]
    missing = [seed for seed, hit in zip(seeds, found, strict=True) if hit is None]
    fresh = iter(parallel_map(_enrich, missing, (registry, Tagger(registry)), "enriching"))
    results = []
    for key, hit in zip(keys, found, strict=True):
        if hit is None:
            hit = next(fresh)
            result = pickle.loads(hit)
            if result[0] is not None:  # a failure is not kept: the next run tries again
                cache.put(key, hit)
        else:
            result = pickle.loads(hit)
        results.append(result)
    return results


class Stopwatch:
    """The seconds each stage of a build took, for `build --timings` and the benchmark."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps.append((stage, now - self._last))
        self._last = now


def generate(
    seeds: Path,
    cache_folder: Path | None = None,
    save_cache: bool = True,
    watch: Stopwatch | None = None,
) -> tuple[list[Article], list[OutputPage], list[Diagnostic], set[str]]:
    """Everything the site holds, computed from `seeds` without writing to `docs/`."""
    watch = watch or Stopwatch()
    loading = load_in_background()
    try:
        tree = read_seeds(seeds)
    finally:
        loading.join()
    # What is read, then the articles, then the pages live to the end of the build: freezing
    # them spares them the cyclic collector's full passes, whose cost grows with every live
    # object.
    with frozen_heap():
        registry, diagnostics = build_registry(list(tree.registry_files))
        diagnostics = [*tree.diagnostics, *diagnostics]
        watch.lap("read")
        articles = _articles(tree.articles, registry, cache_folder, save_cache, diagnostics)
        failed = {seed.slug for seed in tree.articles} - {a.slug for a in articles}
        registered = {(e.collection, e.slug) for e in registry.entities}
        registered |= {("topics", t.slug) for t in registry.topics}
        unread = {
            f"{file.collection}/{file.slug}.md"
            for file in tree.registry_files
            if (file.collection, file.slug) not in registered
        }
        tree = replace(tree, failed=tree.failed | failed, failed_pages=tree.failed_pages | unread)
        # The seeds and the language model (60 MB) are not needed again: freed before the
        # page workers fork, they do not count towards the build's peak memory. (A small
        # site keeps the model, so `mkdocs serve` does not load it again on every edit.)
        if goes_parallel(len(tree.articles)):
            forget_model()
        tree = replace(tree, articles=())
        watch.lap("enrich")
        gc.freeze()
        charts = ChartCache(cache_folder)
        made = _site(tree, registry, articles, diagnostics, watch, charts)
        if save_cache:
            charts.save()
        return made


def _articles(
    seeds: tuple[Seed, ...],
    registry: Registry,
    cache_folder: Path | None,
    save_cache: bool,
    diagnostics: list[Diagnostic],
) -> list[Article]:
    """The enriched articles in site order; their problems go to `diagnostics`."""
    cache = ArticleCache(cache_folder, repr(registry))
    articles = []
    for article, problems in _enrich_all(seeds, registry, cache):
        if article is not None:
            articles.append(article)
        diagnostics.extend(problems)
    if save_cache:
        cache.save()
    articles.sort(key=sort_key)
    return articles


def _site(
    tree: SeedTree,
    registry: Registry,
    articles: list[Article],
    diagnostics: list[Diagnostic],
    watch: Stopwatch,
    chart_cache: ChartCache,
) -> tuple[list[Article], list[OutputPage], list[Diagnostic], set[str]]:
    story_files, story_problems = read_story_files(
        list(tree.story_files), {a.slug for a in articles} | set(tree.failed)
    )
    diagnostics.extend(story_problems)
    keep = set(tree.failed_pages) | {f"stories/{f.slug}.md" for f in tree.story_files}
    keep -= {f"stories/{s.id}.md" for s in story_files}
    unrendered: set[str] = set()
    while True:
        stories = group_stories(articles, story_files)
        watch.lap("stories")
        index = build_index(articles, registry, stories)
        watch.lap("index")
        pages, failures = detail_pages(index)
        watch.lap("detail pages")
        broken = {f.article for f in failures if f.article} - unrendered
        # An article whose page cannot be rendered is left out like an unreadable one, and
        # the site is rendered again without it (a rare second pass).
        diagnostics.extend(f.diagnostic for f in failures if f.article in broken)
        if not broken:
            break
        unrendered |= broken
        articles = [a for a in articles if a.slug not in unrendered]
    diagnostics.extend(f.diagnostic for f in failures if not f.article)
    keep |= {f.path for f in failures}
    pages += list_pages(index, tree.home_brief) + hand_written(tree.pages)
    watch.lap("list pages")
    every = every_chart(index)
    charts, chart_problems = chart_pages(every, chart_cache.drawn([(c.path, c) for c in every]))
    by_path = {chart.path: chart for chart in every}
    for chart_page in charts:
        chart_cache.put(by_path[chart_page.path], chart_page.text)
    pages += charts
    diagnostics.extend(chart_problems)
    keep |= {d.location.file.removeprefix("docs/") for d in chart_problems}
    watch.lap("charts")
    keep |= {f"articles/{slug}.md" for slug in tree.failed | unrendered}
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
    folder = cache_dir(docs)
    inputs = inputs_fingerprint(seeds)
    state = unchanged(folder, inputs, docs) if write else None
    if state is not None:
        elapsed = time.perf_counter() - started
        nothing = WriteReport((), state.pages, ())
        return BuildResult((), (), state.diagnostics, nothing, elapsed, state)
    watch = Stopwatch()
    with frozen_heap():
        articles, pages, diagnostics, keep = generate(seeds, folder, watch=watch)
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
