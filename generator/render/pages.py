"""The frontmatter of generated pages: an article's in a documented order, and the dumping.

Owns the article page schema (see README, "Article pages") and the YAML dumping rules
(`safe_dump`'s output, written by `yamlout`: keys in schema order, Unicode kept, no line
folding), so any title, quote or `---` in an article round-trips. The page itself, with its
body from `site_templates/article.md.j2`, is put together by `site.article_page`.
"""

from __future__ import annotations

from typing import Any

from generator.model import Article, DatedClaim, Figure
from generator.read import TAG_KINDS
from generator.render import yamlout


def dump_frontmatter(meta: dict[str, Any]) -> str:
    return f"---\n{yamlout.dump(meta)}---\n"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "text": figure.text,
        "value": _number(figure.value),
        "unit": figure.unit,
        "low": None if figure.low is None else _number(figure.low),
        "high": None if figure.high is None else _number(figure.high),
        "qualifier": figure.qualifier,
        "measure": figure.measure,
        "kind": figure.kind,
        "period": figure.period,
        "about": list(figure.about),
        "line": figure.line,
    }


def _claim(claim: DatedClaim) -> dict[str, Any]:
    return {
        "text": claim.phrase,
        "when": claim.when,
        "precision": claim.precision,
        "start": claim.start,
        "end": claim.end,
        "relative": claim.relative,
        "modality": claim.modality,
        "action": claim.action,
        "about": list(claim.about),
        "sentence": claim.sentence,
        "line": claim.line,
    }


def html_text(text: str) -> str:
    """Text as MkDocs wants a `title`: it inserts the value into pages as HTML, unescaped."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def article_meta(article: Article, story: str | None = None) -> dict[str, Any]:
    """The frontmatter of an article page, in schema order; `story` is the id of the story
    the article is in (an editor's pin, or the one derived by grouping)."""
    meta: dict[str, Any] = {
        "title": html_text(article.title),
        "title_derived": article.title_derived,
        "date": article.date,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "translated": article.translated,
        "source": {
            "file": article.source_file,
            "outlet": article.outlet,
            "url": article.url,
            "author": article.author,
            "updated": article.updated,
        },
        "lede": article.lede,
        "summary": article.summary,
        "story": story or article.story,
    }
    meta.update({kind: list(article.tagged(kind)) for kind in TAG_KINDS})
    meta["figures"] = [_figure(f) for f in article.figures]
    meta["events"] = [_claim(c) for c in article.claims]
    meta["notes"] = article.notes
    meta["corrected"] = list(article.overridden)
    return meta
