"""Everything the site holds, computed from the seeds: read, enriched, grouped, rendered.

Owns the order of the pure stages between the reader and the writer, the enrichment of the
articles and the reading of their candidate names (from the cache where their seed, the
registry and the code are unchanged, the rest over the machine's cores), the names proposed
for the registry, and the seconds each stage took.
"""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import time
from dataclasses import replace
from pathlib import Path

from generator.enrich import Tagger, enrich, forget_model, load_in_background
from generator.model import (
    Article,
    Diagnostic,
    NameSuggestion,
    Registry,
    Seed,
    internal_error,
)
from generator.names import ArticleNames, article_names, merge, texts_of
from generator.names.gazetteer import first_names
from generator.pipeline.pages import Made, site_pages
from generator.read import build_registry, read_seeds
from generator.workers import LostTask, frozen_heap, goes_parallel, parallel_map
from generator.write import ArticleCache, ChartCache, Enriched, PageCache


def sort_key(article: Article) -> tuple[int, str]:
    """Newest first, undated last, then by slug: a total, deterministic order."""
    ordinal = article.date.toordinal() if article.date else dt.date.min.toordinal()
    return (-ordinal, article.slug)


def _enrich(state: tuple[Registry, Tagger], seed: Seed) -> bytes:
    """An enriched seed and its candidate names (the names stage's per-article half, done
    here so that it runs over the cores and is cached with the article), pickled: the form
    in which it crosses back from a worker and is kept in the cache, so it is pickled once.
    An unexpected exception (here or in a worker) gives no article and the seed's
    internal-error diagnostic instead; one while finding names, no names and that error."""
    try:
        article, problems = enrich(seed, *state)
    except Exception as exc:  # one article's fault is its error, never the build's end
        failed = (None, (internal_error(seed.path, "enriching", exc),), None, 0.0)
        return pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL)
    started = time.process_time()
    try:
        names: ArticleNames | None = article_names(article)
    except Exception as exc:
        names, problems = None, [*problems, internal_error(seed.path, "finding names", exc)]
    seconds = time.process_time() - started  # the names' share of the work, for --timings
    result = (article, tuple(problems), names, seconds)
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _not_enriched(seed: Seed, problem: LostTask) -> bytes:
    """The error of a seed whose task the Dask cluster could not finish."""
    failed = (None, (internal_error(seed.path, "enriching", problem),), None, 0.0)
    return pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL)


def _enrich_all(
    seeds: tuple[Seed, ...], registry: Registry, cache: ArticleCache
) -> list[tuple[str, Enriched, bool]]:
    """Every seed enriched, with its cache key, from the cache where its seed, the registry
    and the code are as they were (`False`), and otherwise over the machine's cores."""
    keys = [cache.key(seed.path, seed.digest.encode()) for seed in seeds]
    found = [cache.get(key) for key in keys]
    cache.forget_unasked()  # before the workers fork
    missing = [seed for seed, hit in zip(seeds, found, strict=True) if hit is None]
    if missing:
        first_names()  # loaded once, before the workers fork
    state = (registry, Tagger(registry))
    fresh = iter(parallel_map(_enrich, missing, state, "enriching", lost=_not_enriched))
    results: list[tuple[str, Enriched, bool]] = []
    for key, hit in zip(keys, found, strict=True):
        if hit is None:
            made = next(fresh)
            result = pickle.loads(made)
            if result[0] is not None:  # a failure is not kept: the next run tries again
                cache.put(key, made)
        else:
            result = pickle.loads(hit)
        results.append((key, result, hit is None))
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

    def add(self, stage: str, seconds: float) -> None:
        """A part of another stage's time, measured where it ran (in the workers)."""
        self.laps.append((stage, seconds))


def generate(
    seeds: Path,
    cache_folder: Path | None = None,
    save_cache: bool = True,
    watch: Stopwatch | None = None,
    docs: Path | None = None,
    names: list[NameSuggestion] | None = None,
) -> Made:
    """Everything the site holds, computed from `seeds` without writing to `docs/`. Given the
    `docs` folder the last build wrote (and `save_cache`), detail pages whose inputs are
    unchanged are read back from it instead of rendered. Given a list as `names`, the names
    proposed for the registry are put in it (`check` reports them)."""
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
        registry, diagnostics = build_registry(list(tree.registry_files), tree.ignore_file)
        diagnostics = [*tree.diagnostics, *diagnostics]
        watch.lap("read")
        cpu: list[float] = []
        articles, keys, found = _articles(
            tree.articles, registry, cache_folder, save_cache, diagnostics, cpu
        )
        watch.lap("enrich")
        watch.add("names read in the workers (CPU)", sum(cpu))
        suggestions = merge(found, registry, texts_of(articles))
        if names is not None:
            names.extend(suggestions)
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
        watch.lap("names")
        gc.freeze()
        charts = ChartCache(cache_folder)
        pages = PageCache(cache_folder, docs, keys) if docs is not None and save_cache else None
        made = site_pages(
            tree, registry, articles, diagnostics, watch, (charts, pages), suggestions
        )
        if save_cache:
            charts.save()
        if pages is not None:
            pages.save()
        return made


def name_suggestions(seeds: Path, cache_folder: Path | None) -> tuple[NameSuggestion, ...]:
    """The names the articles in `seeds` use that its registry does not know (nor rejects),
    most widely named first: what `suggest` prints and `accept` takes its aliases from. The
    articles and their candidate names come from the enrichment cache in `cache_folder`
    where it holds them (None: no cache), which is read but never written; problems are
    left out (`check` and `build` report them)."""
    tree = read_seeds(seeds)
    registry, _ = build_registry(list(tree.registry_files), tree.ignore_file)
    articles, _, found = _articles(tree.articles, registry, cache_folder, False, [])
    return merge(found, registry, texts_of(articles))


def _articles(
    seeds: tuple[Seed, ...],
    registry: Registry,
    cache_folder: Path | None,
    save_cache: bool,
    diagnostics: list[Diagnostic],
    cpu: list[float] | None = None,
) -> tuple[list[Article], dict[str, str], list[ArticleNames]]:
    """The enriched articles in site order, each one's cache key by slug (a hash of its
    seed, the registry and the code: all that determines it), and their candidate names;
    problems go to `diagnostics`, and the CPU seconds spent reading names afresh to `cpu`."""
    # the names an editor rejected play no part in enriching an article or finding its names
    cache = ArticleCache(cache_folder, repr(replace(registry, ignored=())))
    articles, keys, found = [], {}, []
    for key, (article, problems, names, seconds), fresh in _enrich_all(seeds, registry, cache):
        if fresh and cpu is not None:
            cpu.append(seconds)
        if article is not None:
            articles.append(article)
            keys[article.slug] = key
            if names is not None:
                found.append(names)
        diagnostics.extend(problems)
    if save_cache:
        cache.save()
    articles.sort(key=sort_key)
    found.sort(key=lambda names: names.source_file)
    return articles, keys, found
