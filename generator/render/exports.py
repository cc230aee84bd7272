"""The briefing's data for other tools: CSV tables and one JSON document under `docs/data/`.

Owns the export files and their columns: `articles.csv`, `figures.csv`, `claims.csv`,
`entities.csv` (one row per article, figure, dated claim and registry entry) and
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
from typing import Any

from generator.model import Article, OutputPage
from generator.render.ledger import ledger
from generator.render.provenance import Anchors
from generator.render.site import context, page
from generator.render.siteindex import SiteIndex
from generator.render.storyview import letter_names
from generator.render.templates import render

Row = dict[str, Any]
COLLECTIONS = ("companies", "people", "places", "media", "topics")
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("slug", "the article's id; its page is articles/<slug>/"),
        ("title", "headline (or the lede's first sentence when the source has none)"),
        ("date", "publication date (YYYY-MM-DD), empty when the source has none"),
        ("date_inferred", "the story's date, shown for an undated article of a dated story"),
        ("language", "ISO 639-1 code"),
        ("outlet", "the publication, where known"),
        ("url", "the original's address, where known"),
        ("author", "byline, where known"),
        ("story", "id of the article's story"),
        ("letter", "the article's source letter within its story"),
        ("companies", "registry slugs, separated by ';'"),
        ("people", "registry slugs, separated by ';'"),
        ("places", "registry slugs, separated by ';'"),
        ("media", "media it cites, registry slugs, separated by ';'"),
        ("topics", "registry slugs, separated by ';'"),
        ("translated", "true if the source says it was machine-translated"),
        ("seed", "the seed file it was built from"),
    ),
    "figures": (
        ("article", "slug of the article that states it"),
        ("story", "id of that article's story"),
        ("letter", "that article's source letter"),
        ("date", "that article's date (or inferred date)"),
        ("outlet", "that article's outlet"),
        ("language", "that article's language"),
        ("about", "companies and people it is about, separated by ';'"),
        ("measure", "what it measures: revenue, profit, growth, capacity, ... or empty"),
        ("period", "the period it covers (2025, 2025-H1, 2025-Q1, 2025-02), or empty"),
        ("qualifier", "approximate, at_least or at_most, or empty"),
        ("value", "the normalised value (a range's low end)"),
        ("low", "a range's low end, or empty"),
        ("high", "a range's high end, or empty"),
        ("unit", "USD, CNY, EUR, percent, nm, ..."),
        ("text", "the figure as written"),
        ("sentence", "the anchor of its sentence on the article page (articles/<slug>/#p3-s1)"),
    ),
    "claims": (
        ("article", "slug of the article that makes it"),
        ("story", "id of that article's story"),
        ("letter", "that article's source letter"),
        ("date", "that article's date (or inferred date)"),
        ("outlet", "that article's outlet"),
        ("language", "that article's language"),
        ("about", "companies and people it is about, separated by ';'"),
        ("action", "what is claimed to happen: triple, double, start, list, report, or empty"),
        ("modality", "planned (announced) or reported (already happened)"),
        ("when", "the period it names (2026, 2025-H1, 2025-12, ...), empty if unresolved"),
        ("start", "first day of that period"),
        ("end", "last day of that period"),
        ("precision", "year, half, quarter, month or day"),
        ("phrase", "the date phrase as written"),
        ("relative", "true if the phrase is relative to the publication date (next year)"),
        ("inferred", "true if resolved against the story's date (the article has none)"),
        ("text", "the claim's sentence"),
        ("sentence", "the anchor of its sentence on the article page"),
    ),
    "entities": (
        ("collection", "companies, people, places, media or topics"),
        ("slug", "registry id; its page is <collection>/<slug>/"),
        ("name", "display name"),
        ("aliases", "other names it is found by, separated by ';'"),
        ("kind", "kind of company or medium, from its registry file"),
        ("country", "country, from its registry file"),
        ("website", "website, from its registry file"),
        ("articles", "number of articles that name it"),
        ("stories", "number of stories those articles are in"),
        ("first_seen", "date of the earliest of those articles"),
        ("last_seen", "date of the newest of those articles"),
    ),
}
FILES = {name: f"data/{name}.csv" for name in COLUMNS} | {"briefing": "data/briefing.json"}


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


def article_rows(index: SiteIndex, letters: dict[str, str]) -> list[Row]:
    rows = []
    for a in index.articles:
        inferred = index.inferred_date.get(a.slug)
        rows.append(
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
    return rows


def figure_rows(index: SiteIndex, letters: dict[str, str]) -> list[Row]:
    rows = []
    for a in index.articles:
        anchors = Anchors.of(a)
        source = _source(a, index, letters)
        for f in a.figures:
            rows.append(
                {
                    **source,
                    "about": list(f.about),
                    "measure": f.measure,
                    "period": f.period,
                    "qualifier": f.qualifier,
                    "value": _number(f.value),
                    "low": _number(f.low),
                    "high": _number(f.high),
                    "unit": f.unit,
                    "text": f.text,
                    "sentence": anchors.anchor(f.line, f.text),
                }
            )
    return rows


def claim_rows(index: SiteIndex, letters: dict[str, str]) -> list[Row]:
    rows = []
    for a in index.articles:
        anchors = Anchors.of(a)
        source = _source(a, index, letters)
        for view in index.claims_of(a.slug):
            c = view.claim
            rows.append(
                {
                    **source,
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
            )
    return rows


def entity_rows(index: SiteIndex) -> list[Row]:
    rows = []
    entries = [
        (e.collection, e.slug, e.name, e.aliases, dict(e.attributes))
        for e in index.registry.entities
    ]
    entries += [("topics", t.slug, t.name, (), {}) for t in index.registry.topics]
    for collection, slug, name, aliases, attributes in entries:
        subject = index.subjects[(collection, slug)]
        rows.append(
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
    return rows


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


def to_csv(name: str, rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = [column for column, _ in COLUMNS[name]]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in columns])
    return out.getvalue()


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
    """The export files, in a fixed order."""
    letters = _letters(index)
    tables = {
        "articles": article_rows(index, letters),
        "figures": figure_rows(index, letters),
        "claims": claim_rows(index, letters),
        "entities": entity_rows(index),
    }
    pages = [OutputPage(FILES[name], to_csv(name, rows), "seeds") for name, rows in tables.items()]
    document = {"format": "briefing-export", "version": 1, **tables}
    document["stories"] = story_rows(index, letters)
    # compact: with `indent` the encoder falls back to pure Python (0.7 s per 1,000 articles)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    pages.append(OutputPage(FILES["briefing"], text, "seeds"))
    pages.append(data_page({name: len(rows) for name, rows in tables.items()}))
    pages.append(figures_page(index))
    return pages


TABLES = (
    ("articles", "an article"),
    ("figures", "a figure an article states"),
    ("claims", "a dated claim an article makes"),
    ("entities", "a company, person, place, medium or topic of the registry"),
)


def data_page(counts: dict[str, int]) -> OutputPage:
    """`data/index.md`: the export files, linked, with their columns described."""
    body = render("data.md.j2", tables=TABLES, columns=COLUMNS, counts=counts)
    return page("data/index.md", "Data", body, "seeds", searched=False)
