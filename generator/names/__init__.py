"""Stage 4, names: every enriched `Article` in, `NameSuggestion`s out (names the registry lacks).

Finds the names of companies, organisations, people, places and media that the articles use
and the registry does not know, in English, Swedish, Norwegian, Danish and German, for editors
to accept into the registry (`generator suggest`, the editors' page, `data/suggestions.csv`).
Two halves: `article_names` reads one article's candidates (cached per article like
enrichment, so one added article is read alone), and `merge` joins the forms of each name
across the corpus, judges and ranks them (cheap). Pure and deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.model import Article, NameSuggestion, Registry
from generator.names.candidates import ArticleNames, article_names, normal
from generator.names.kinds import KINDS
from generator.names.merge import merge

__all__ = ["KINDS", "ArticleNames", "article_names", "find_names", "merge", "normal"]


def find_names(
    articles: Iterable[Article],
    registry: Registry,
    found: Sequence[ArticleNames] | None = None,
) -> tuple[NameSuggestion, ...]:
    """The names `articles` use that `registry` (its entities' names and aliases, and the
    names an editor rejected, `registry.ignored`) does not know, most widely named first.
    `found`, the articles' candidates already read (from the cache), spares reading them."""
    if found is None:
        found = [article_names(article) for article in articles]
    return merge(found, registry)
