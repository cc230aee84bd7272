"""Stage 4, names: every enriched `Article` in, `NameSuggestion`s out (names the registry lacks).

Finds the names of companies, organisations, people, places and media that the articles use
and the registry does not know, in English, Swedish, Norwegian, Danish and German, for editors
to accept into the registry (`generator suggest`, the editors' page, `data/suggestions.csv`).
Two halves: `article_names` reads one article's candidates (cached per article like
enrichment, so one added article is read alone), and `merge` joins the forms of each name
across the corpus, judges and ranks them (cheap). Pure and deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Article, NameSuggestion, Registry
from generator.names.candidates import ArticleNames, article_names, normal
from generator.names.kinds import KINDS
from generator.names.merge import Texts, merge

__all__ = ["KINDS", "ArticleNames", "article_names", "find_names", "merge", "normal", "texts_of"]


def find_names(
    articles: Sequence[Article],
    registry: Registry,
    found: Sequence[ArticleNames] | None = None,
) -> tuple[NameSuggestion, ...]:
    """The names `articles` use that `registry` (its entities' names and aliases, and the
    names an editor rejected, `registry.ignored`) does not know, most widely named first.
    `found`, the articles' candidates already read (from the cache), spares reading them."""
    if found is None:
        found = [article_names(article) for article in articles]
    return merge(found, registry, texts_of(articles))


def texts_of(articles: Sequence[Article]) -> Texts:
    """The text of an article's paragraph by seed file and line (0: its title)."""
    by_file = {article.source_file: article for article in articles}

    def text(file: str, line: int) -> str:
        article = by_file[file]
        if not line:
            return article.title
        return next((p.text for p in article.paragraphs if p.line == line), "")

    return text
