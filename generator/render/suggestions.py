"""The editors' view of the names proposed for the registry: a page and the export's rows.

Owns `suggestions.md` ("Names not yet in the registry": the most widely named first, each
with its kind and the evidence for it, the forms merged into it and two sentences that name
it; left out of the search index) and the rows of `data/suggestions.csv` (the same list,
whole), both from the `NameSuggestion`s the names stage gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.model import NameSuggestion, OutputPage
from generator.render.site import page
from generator.render.siteindex import SiteIndex
from generator.render.templates import render

MAX_SUGGESTIONS = 200  # rows of the editors' page; suggestions.csv has them all
SUGGESTIONS_PAGE = "suggestions.md"


def suggestion_fields(s: NameSuggestion) -> dict[str, Any]:
    """What a suggestion is, as `suggest --json` and the export both give it (dates as
    YYYY-MM-DD or None); each adds its examples in its own shape."""
    return {
        "name": s.name,
        "kind": s.kind,
        "aliases": list(s.aliases),
        "articles": s.articles,
        "outlets": s.outlets,
        "languages": list(s.languages),
        "first": s.first.isoformat() if s.first else None,
        "last": s.last.isoformat() if s.last else None,
        "evidence": list(s.evidence),
    }


def suggestion_rows(index: SiteIndex) -> Iterator[dict[str, Any]]:
    """One row per name proposed for the registry, most widely named first."""
    for s in index.suggestions:
        examples: list[tuple[str | None, str | None]]
        examples = [(f"{e.source_file}:{e.line}", e.sentence) for e in s.examples]
        examples += [(None, None)] * (2 - len(examples))
        yield {
            **suggestion_fields(s),
            "example": examples[0][0],
            "sentence": examples[0][1],
            "example_2": examples[1][0],
            "sentence_2": examples[1][1],
        }


def suggestions_page(index: SiteIndex) -> OutputPage:
    """`suggestions.md`: the names not yet in the registry, at most `MAX_SUGGESTIONS`."""
    shown = index.suggestions[:MAX_SUGGESTIONS]
    body = render("suggestions.md.j2", suggestions=shown, total=len(index.suggestions))
    title = "Names not yet in the registry"
    return page(SUGGESTIONS_PAGE, title, body, "seeds", searched=False)
