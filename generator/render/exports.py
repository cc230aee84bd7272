"""The briefing's data for other tools: CSV tables and one JSON document under `docs/data/`.

Owns the export files and their columns: `articles.csv`, `figures.csv`, `claims.csv`,
`entities.csv`, `suggestions.csv` (one row per article, figure, dated claim, registry entry
and name proposed for the registry, also on the editors' page `suggestions.md`) and
`briefing.json` (the same rows, with typed values, plus the stories and their source
letters). Each column is described once, in `COLUMNS`; the site's `data/index.md` page lists
them. Rows follow the site's order (newest article first), so two builds write the same bytes.
Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) get a
leading `'` in the CSV files only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from generator.model import Article, OutputPage
from generator.render.export_columns import COLUMNS
from generator.render.ledger import ledger
from generator.render.provenance import Anchors
from generator.render.site import context, page
from generator.render.siteindex import SiteIndex
from generator.render.storyview import letter_names
from generator.render.suggestions import suggestion_rows, suggestions_page
from generator.render.templates import render

Row = dict[str, Any]
COLLECTIONS = ("companies", "organizations", "people", "places", "media", "topics")
FILES = {name: f"data/{name}.csv" for name in COLUMNS} | {"briefing": "data/briefing.json"}
BATCH = 2_000  # rows made and written at a time


def _letters(index: SiteIndex) -> dict[str, str]:
    return {
        slug: letter
        for story in index.stories
        for slug, letter in zip(story.members, letter_names(len(story.members)), strict=True)
    }


def _source(article: Article, index: SiteIndex, letters: dict[str, str]) -> Row:
    shown = index.shown_date(article)
    return {
        "article": article.slug,
        "story": index.story_of.get(article.slug),
        "letter": letters.get(article.slug),
        "date": shown.isoformat() if shown else None,
        "outlet": article.outlet,
        "language": article.language,
    }


def article_rows(index: SiteIndex, letters: dict[str, str]) -> Iterator[Row]:
    for a in index.articles:
        inferred = index.inferred_date.get(a.slug)
        yield (
            {
                "slug": a.slug,
                "title": a.title,
                "date": a.date.isoformat() if a.date else None,
                "date_inferred": inferred.isoformat() if inferred else None,
                "language": a.language,
                "outlet": a.outlet,
                "url": a.url,
                "author": a.author,
                "story": index.story_of.get(a.slug),
                "letter": letters.get(a.slug),
                **{kind: list(a.tagged(kind)) for kind in COLLECTIONS},
                "translated": a.translated,
                "seed": a.source_file,
            }
        )


def _sourced(
    index: SiteIndex, letters: dict[str, str], rows_of: Callable[[Article, Anchors], Iterable[Row]]
) -> Iterator[Row]:
    """Rows of every article's items (`rows_of(article, anchors)`), each led by its source's
    columns (article, story, letter, date, outlet, language)."""
    for a in index.articles:
        for row in rows_of(a, Anchors.of(a)):
            yield {**_source(a, index, letters), **row}


def figure_rows(index: SiteIndex, letters: dict[str, str]) -> Iterator[Row]:
    def rows(a: Article, anchors: Anchors) -> Iterable[Row]:
        for f in a.figures:
            yield {
                "about": list(f.about),
                "measure": f.measure,
                "kind": f.kind,
                "period": f.period,
                "qualifier": f.qualifier,
                "value": _number(f.value),
                "low": _number(f.low),
                "high": _number(f.high),
                "unit": f.unit,
                "text": f.text,
                "sentence": anchors.anchor(f.line, f.text),
            }

    return _sourced(index, letters, rows)


def claim_rows(index: SiteIndex, letters: dict[str, str]) -> Iterator[Row]:
    def rows(a: Article, anchors: Anchors) -> Iterable[Row]:
        for view in index.claims_of(a.slug):
            c = view.claim
            yield {
                "about": list(c.about),
                "action": c.action,
                "modality": c.modality,
                "when": c.when,
                "start": c.start.isoformat() if c.start else None,
                "end": c.end.isoformat() if c.end else None,
                "precision": c.precision,
                "phrase": c.phrase,
                "relative": c.relative,
                "inferred": view.inferred,
                "text": c.sentence,
                "sentence": anchors.anchor(c.line, c.sentence),
            }

    return _sourced(index, letters, rows)


def entity_rows(index: SiteIndex) -> Iterator[Row]:
    entries = [
        (e.collection, e.slug, e.name, e.aliases, dict(e.attributes))
        for e in index.registry.entities
    ]
    entries += [("topics", t.slug, t.name, (), {}) for t in index.registry.topics]
    for collection, slug, name, aliases, attributes in entries:
        subject = index.subjects[(collection, slug)]
        yield (
            {
                "collection": collection,
                "slug": slug,
                "name": name,
                "aliases": [alias for alias in aliases if alias != name],
                "kind": attributes.get("kind"),
                "country": attributes.get("country"),
                "website": attributes.get("website"),
                "articles": len(subject.articles),
                "stories": len(subject.stories),
                "first_seen": subject.first_seen.isoformat() if subject.first_seen else None,
                "last_seen": subject.last_seen.isoformat() if subject.last_seen else None,
            }
        )


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str):
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    return repr(value) if isinstance(value, float) else str(value)


def to_csv(name: str, rows: Iterable[Row]) -> str:
    """Table `name`'s CSV text (the export's own writer, `_table`)."""
    return _table(name, iter(rows))[0]


def _json(value: Any) -> bytes:
    # compact: with `indent` the encoder falls back to pure Python (0.7 s per 1,000 articles)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def _table(name: str, rows: Iterator[Row]) -> tuple[str, bytes, int]:
    """A table's CSV text, its JSON array (as `json.dumps` writes the whole list) and its
    number of rows, made `BATCH` rows at a time."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = [column for column, _ in COLUMNS[name]]
    writer.writerow(columns)
    parts, count = [], 0
    while batch := list(islice(rows, BATCH)):
        writer.writerows([_cell(row[column]) for column in columns] for row in batch)
        parts.append(_json(batch)[1:-1])
        count += len(batch)
    return out.getvalue(), b"[" + b",".join(parts) + b"]", count


def story_rows(index: SiteIndex, letters: dict[str, str]) -> list[Row]:
    return [
        {
            "id": s.id,
            "title": s.title,
            "date": s.date.isoformat() if s.date else None,
            "sources": [{"letter": letters[m], "article": m} for m in s.members],
        }
        for s in index.stories
    ]


MAX_LEDGER = 400  # rows of the site's figures ledger page; figures.csv has them all


def figures_page(index: SiteIndex) -> OutputPage:
    """`figures/index.md`: the site's figures ledger, of the newest articles' figures."""
    pairs = [(a, f) for a in index.articles for f in a.figures]
    shown = pairs[:MAX_LEDGER]
    body = render(
        "figures.md.j2",
        **context(index, "../"),
        rows=ledger(shown),
        more=len(pairs) > len(shown),
        total=len(pairs),
        shown_articles=len({a.slug for a, _ in shown}),
    )
    return page("figures/index.md", "Figures ledger", body, "seeds/articles", searched=False)


def exports(index: SiteIndex) -> list[OutputPage]:
    """The export files, in a fixed order. The rows are made, written and dropped a batch
    at a time, and the JSON document is put together from each table's part: at ten
    thousand articles the 64,000 rows held at once, with the document as one string, put
    the build's memory 80 MB higher while the list pages were made."""
    letters = _letters(index)
    tables = {
        "articles": article_rows(index, letters),
        "figures": figure_rows(index, letters),
        "claims": claim_rows(index, letters),
        "entities": entity_rows(index),
        "suggestions": suggestion_rows(index),
        "stories": iter(story_rows(index, letters)),
    }
    pages, counts = [], {}
    document = [_json({"format": "briefing-export", "version": 1})[:-1]]
    for name, rows in tables.items():
        if name in COLUMNS:
            text, array, counts[name] = _table(name, rows)
            pages.append(OutputPage(FILES[name], text, "seeds"))
        else:
            array = _json(list(rows))
        document.append(b"," + _json(name) + b":" + array)
    pages.append(OutputPage(FILES["briefing"], b"".join(document) + b"}\n", "seeds"))
    pages.append(data_page(counts))
    pages.append(figures_page(index))
    pages.append(suggestions_page(index))
    return pages


TABLES = (
    ("articles", "an article"),
    ("figures", "a figure an article states"),
    ("claims", "a dated claim an article makes"),
    ("entities", "a company, organisation, person, place, medium or topic of the registry"),
    ("suggestions", "a name the articles use that the registry does not know"),
)


def data_page(counts: dict[str, int]) -> OutputPage:
    """`data/index.md`: the export files, linked, with their columns described."""
    body = render("data.md.j2", tables=TABLES, columns=COLUMNS, counts=counts)
    return page("data/index.md", "Data", body, "seeds", searched=False)
