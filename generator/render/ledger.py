"""The figures ledger: every figure with what it measures, its period, its value with its
qualifier, whom it is about and its source, one row each.

Owns how ledger rows are chosen, keyed and ordered for the three places that show them: a
story page (its sources' figures, with their letters), a company's or person's page (the
figures about it) and the site's `figures/index.md`. Rows of the same subject, measure,
kind (a change or a level), period and unit stand next to each other, so what different
sources give for one quantity reads side by side; `sources` counts how many articles give
that quantity. A change is never the same quantity as a level.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator.model import Article, Figure
from generator.render.formatting import format_value
from generator.render.provenance import Anchors

QUALIFIERS = {"approximate": "about", "at_least": "at least", "at_most": "at most"}
UNIT_MEASURES = {"nm": "process_node"}  # a unit that says what is measured by itself


def measure_of(figure: Figure) -> str | None:
    return figure.measure or UNIT_MEASURES.get(figure.unit)


def measure_label(measure: str | None) -> str:
    """`market_value` -> `market value`; None -> `–`."""
    return measure.replace("_", " ") if measure else "–"


def kind_label(kind: str) -> str:
    """How a figure's kind reads after its measure: ` (change)` for a change, else nothing."""
    return " (change)" if kind == "change" else ""


def figure_value(figure: Figure) -> str:
    """The value with its qualifier: `about USD 80 bn`, `USD 2 bn to USD 3 bn`, `7 nm`."""
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        shown = (
            f"{format_value(figure.low, figure.unit)} to {format_value(figure.high, figure.unit)}"
        )
    else:
        shown = format_value(figure.value, figure.unit)
    qualifier = QUALIFIERS.get(figure.qualifier or "")
    return f"{qualifier} {shown}" if qualifier else shown


@dataclass(frozen=True)
class LedgerRow:
    about: tuple[str, ...]  # the companies and people it is about
    measure: str | None
    kind: str  # change or level: never the same quantity
    period: str | None
    figure: Figure
    article: Article
    letter: str | None  # its article's source letter in the story, on story pages
    anchor: str  # its sentence on the article page
    sources: int  # how many articles give this measure of these subjects for this period

    @property
    def value(self) -> str:
        return figure_value(self.figure)

    def key(self) -> tuple[tuple[str, ...], str, str, str, str]:
        return (self.about, self.measure or "", self.kind, self.period or "", self.figure.unit)


def ledger(
    figures: Iterable[tuple[Article, Figure]],
    letters: dict[str, str] | None = None,
    subject: str | None = None,
) -> list[LedgerRow]:
    """The ledger of `figures` (in site order), or of those about `subject`: one row per
    figure (a figure an article states twice is listed once), the rows of one quantity
    together, figures about nobody named last. Only figures whose measure is known are
    counted as giving the same quantity."""
    rows: dict[tuple[str, float, str, str, str | None], LedgerRow] = {}
    anchors: dict[str, Anchors] = {}
    for article, figure in figures:
        key = (article.slug, figure.value, figure.unit, figure.kind, figure.period)
        if key in rows or (subject is not None and subject not in figure.about):
            continue
        found = anchors.setdefault(article.slug, Anchors.of(article))
        rows[key] = LedgerRow(
            figure.about,
            measure_of(figure),
            figure.kind,
            figure.period,
            figure,
            article,
            (letters or {}).get(article.slug),
            found.anchor(figure.line, figure.text),
            1,
        )
    counts = Counter(
        key for key, _ in {(row.key(), row.article.slug) for row in rows.values() if row.measure}
    )
    order = {slug: i for i, slug in enumerate(dict.fromkeys(r.article.slug for r in rows.values()))}
    return sorted(
        (replace(row, sources=counts[row.key()] or 1) for row in rows.values()),
        key=lambda r: (not r.about, r.measure is None, r.key(), order[r.article.slug]),
    )
