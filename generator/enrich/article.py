"""Turning a seed into an `Article`: structure, language, tags, figures and dated claims.

Owns the precedence rule: a value an editor wrote in the seed's frontmatter wins over the one
derived from the text, and a title missing from the source is derived from the lede and
marked as such. A pure function of the seed and the registry.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.enrich.claims import attach_subjects
from generator.enrich.dates import claims_in
from generator.enrich.figure_tables import figures_in
from generator.enrich.language import identify
from generator.enrich.tagging import Tagger
from generator.model import Article, Diagnostic, Level, Paragraph, Registry, Seed, SourceLocation
from generator.read import TAG_KINDS, Overrides, parse_seed, read_overrides, slugify

TITLE_CHARS = 90


def derive_title(lede: str) -> str:
    """The lede's first sentence, cut at a word boundary if it is long."""
    first = re.split(r"(?<=[.!?])\s+", lede.strip(), maxsplit=1)[0].rstrip(".")
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[: TITLE_CHARS + 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return f"{cut}…"


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    except ValueError:
        return ""


def outlet_from_url(url: str | None, registry: Registry | None = None) -> str | None:
    """The outlet an article's address names: the registry medium whose `website` is on the
    same host (or a parent domain of it: `edition.cnn.com` is CNN's), else the bare host."""
    host = _host(url)
    if not host:
        return None
    for entity in registry.entities if registry else ():
        site = _host(dict(entity.attributes).get("website"))
        if entity.collection == "media" and site and (host == site or host.endswith("." + site)):
            return entity.name
    return host


def _language(paragraphs: tuple[Paragraph, ...], title: str | None) -> tuple[str, float]:
    text = "\n".join([title or "", *(p.text for p in paragraphs)])
    return identify(text)


def enrich(seed: Seed, registry: Registry, tagger: Tagger) -> tuple[Article, list[Diagnostic]]:
    """One article from one seed, and the problems found in it."""
    parsed = parse_seed(seed)
    fixes, problems = read_overrides(seed, registry)
    diagnostics = [*parsed.diagnostics, *problems]
    language, confidence = _language(parsed.paragraphs, parsed.title)
    if fixes.language:
        language, confidence = fixes.language, 1.0
    date = fixes.date if fixes.date_given else fixes.received_date or parsed.date
    lede = next((p.text for p in parsed.paragraphs if p.kind == "lede"), "")
    title = fixes.value("title") or parsed.title
    if not lede and not parsed.paragraphs:
        diagnostics.append(
            Diagnostic(
                Level.WARNING,
                SourceLocation(seed.path, None),
                "no paragraphs found in the article text",
            )
        )
    texts = [parsed.title or "", *(p.text for p in parsed.paragraphs)]
    derived = tagger.tag(texts, language)
    tags = tuple((kind, _tags(kind, derived[kind], fixes)) for kind in TAG_KINDS)
    url = fixes.value("url") or parsed.url
    figures, claims = attach_subjects(
        parsed.paragraphs,
        tuple(figures_in(parsed.paragraphs, language)),
        tuple(claims_in([(p.text, p.line) for p in parsed.paragraphs], language, date)),
        tagger.subjects_in(texts),
        language,
        date,
        lambda text: any(tagger.entities(text).values()),
    )
    article = Article(
        slug=seed.slug,
        source_file=seed.path,
        title=title or derive_title(lede) or seed.slug,
        title_derived=title is None,
        date=date,
        language=language,
        language_confidence=confidence,
        translated=parsed.translated if fixes.translated is None else fixes.translated,
        outlet=fixes.value("outlet") or parsed.outlet or outlet_from_url(url, registry),
        url=url,
        author=fixes.value("author") or parsed.author,
        updated=parsed.updated,
        lede=lede,
        paragraphs=parsed.paragraphs,
        tags=tags,
        figures=figures,
        claims=claims,
        story=slugify(fixes.text["story"]) if "story" in fixes.text else None,
        summary=fixes.text.get("summary"),
        notes=fixes.text.get("notes"),
        overridden=fixes.accepted,
    )
    return article, diagnostics


def _tags(kind: str, derived: tuple[str, ...], fixes: Overrides) -> tuple[str, ...]:
    edit = fixes.tags.get(kind)
    return edit.apply(derived) if edit else derived
