"""The names stage in the build, and on its own for `suggest`, `check` and `accept`.

Owns reading each article's candidate names from the cache (under the article's own cache
key) or afresh, keeping them for the next build, and `name_suggestions`: the ranked names the
registry lacks, from the seeds alone (the articles from the enrichment cache where it holds
them), without rendering or writing any page.
"""

from __future__ import annotations

from pathlib import Path

from generator.model import Article, NameSuggestion, Registry
from generator.names import ArticleNames, article_names, merge
from generator.write import NameCache


def suggest_names(
    articles: list[Article],
    keys: dict[str, str],
    registry: Registry,
    cache_folder: Path | None,
    save_cache: bool = True,
) -> tuple[NameSuggestion, ...]:
    """The ranked suggestions for `articles`, each one's candidates read from the cache
    under its cache key (`keys`, by slug) where they are there."""
    cache = NameCache(cache_folder)
    found: list[ArticleNames] = []
    for article in articles:
        key = keys.get(article.slug)
        hit = cache.get(key) if key else None
        if not isinstance(hit, ArticleNames):
            hit = article_names(article)
            if key:
                cache.put(key, hit)
        found.append(hit)
    if save_cache:
        cache.save()
    return merge(found, registry)


def name_suggestions(seeds: Path, cache_folder: Path | None) -> tuple[NameSuggestion, ...]:
    """The names the articles in `seeds` use that its registry does not know, most widely
    named first: what `suggest` prints and `accept` takes its aliases from. Reads the
    enrichment and names caches in `cache_folder` (None: none) but never writes them."""
    from generator.pipeline.generate import enriched_articles

    registry, articles, keys = enriched_articles(seeds, cache_folder)
    return suggest_names(articles, keys, registry, cache_folder, save_cache=False)
