"""Articles written for the name-finding tests, shaped like the annotated corpora's."""

from __future__ import annotations

import datetime as dt

from generator.model import Article, Entity, NameSuggestion, Paragraph, Registry
from generator.names import find_names

EMPTY = Registry((), ())


def article(
    slug: str,
    paragraphs: list[str],
    language: str = "en",
    title: str = "",
    date: dt.date | None = dt.date(2025, 9, 1),
    outlet: str | None = None,
    author: str | None = None,
) -> Article:
    """An enriched article of `paragraphs` (seed lines 3, 5, 7, ...)."""
    body = tuple(Paragraph("paragraph", text, 3 + 2 * n) for n, text in enumerate(paragraphs))
    return Article(
        slug=slug,
        source_file=f"seeds/articles/{slug}.txt",
        title=title or slug,
        title_derived=False,
        date=date,
        language=language,
        language_confidence=1.0,
        translated=False,
        outlet=outlet,
        url=None,
        author=author,
        lede="",
        paragraphs=body,
        tags=(),
        figures=(),
        claims=(),
    )


def suggest(articles: list[Article], registry: Registry = EMPTY) -> dict[str, NameSuggestion]:
    return {s.name: s for s in find_names(articles, registry)}


def entity(collection: str, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    slug = name.lower().replace(" ", "-")
    return Entity(
        slug, collection, name, (name, *aliases), False, "", f"seeds/{collection}/{slug}.md"
    )
