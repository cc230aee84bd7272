"""The figures of a whole article, with the scale a table's header gives its rows.

Owns the table rule: a short line that states a unit scale (`$ in millions`, `(in millions)`,
`Beløp i millioner kroner`, `Angaben in Mio. Euro`; see `figure_words.TABLE_HEADERS`) makes
every following amount of money without a scale word of its own count in that scale
(`$44,062` under `$ in millions` is 44,062 million dollars), up to the next subheading or
the next paragraph of prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from generator.enrich import figure_words as words
from generator.enrich.figures import find_figures
from generator.model import Figure, Paragraph

HEADER_CHARS = 120  # a table header is a short line
PROSE_CHARS = 200  # a paragraph this long is prose, and ends a table


@lru_cache(maxsize=16)
def _header(language: str) -> re.Pattern[str]:
    pattern = words.TABLE_HEADERS.get(language, words.TABLE_HEADERS["en"])
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE | re.MULTILINE)


def table_scale(text: str, language: str) -> float | None:
    """The scale a table header states, or None when `text` is no such header."""
    if len(text) > HEADER_CHARS:
        return None
    found = _header(language).search(text)
    if found is None:
        return None
    word = (found["scale"] or found.groupdict().get("scale2") or "").lower()
    return words.TABLE_SCALES.get(word)


def figures_in(paragraphs: Sequence[Paragraph], language: str) -> list[Figure]:
    """Every figure of an article's paragraphs, in order (see the module's table rule)."""
    figures: list[Figure] = []
    scale = 1.0
    for paragraph in paragraphs:
        if paragraph.kind == "subheading" or len(paragraph.text) > PROSE_CHARS:
            scale = 1.0
        header = table_scale(paragraph.text, language)
        if header is not None:
            scale = header
            continue
        figures += find_figures(paragraph.text, language, paragraph.line, scale)
    return figures
