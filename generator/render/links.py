"""Markdown links between the site's pages, as templates write them thousands of times.

Owns the link text and targets for entities, articles and stories, an article's shown date
and its tag chips. These were Jinja macros; a macro call costs a template more than the
Markdown it writes (a fifth of an article page), so the templates call these methods
instead, through `link` in their context. Everything shown is escaped by `mdtext.escape`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator.model import Article, DatedClaim
from generator.render.mdtext import escape
from generator.render.siteindex import SiteIndex

CHIP_KINDS = ("companies", "organizations", "people", "places", "media", "topics")
LEGEND = {
    "companies": "company",
    "organizations": "organisation",
    "people": "person",
    "places": "place",
    "media": "medium",
    "topics": "topic",
}


@dataclass(frozen=True)
class Links:
    """Links from a page `root` (`""` or `"../"`) below docs/ to the pages of `index`."""

    index: SiteIndex
    root: str
    names: dict[str, str]  # "companies/huawei" -> "Huawei"
    collection_of: dict[str, str]  # a company's or person's slug -> its collection
    # the day claim statuses hold on a page without JavaScript: the newest article's date
    # among those the page shows (so adding an article changes only the pages that list it)
    as_of: dt.date | None = None
    as_of_what: str = "the newest article"

    def entity(self, collection: str, slug: str) -> str:
        name = escape(self.names[f"{collection}/{slug}"])
        return f"[{name}]({self.root}{collection}/{slug}.md)"

    def entities(self, collection: str, slugs: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.entity(collection, slug) for slug in slugs)

    def about(self, slugs: tuple[str, ...] | list[str]) -> str:
        """The companies and people a figure or claim is about."""
        return ", ".join(self.entity(self.collection_of[slug], slug) for slug in slugs)

    def article(self, article: Article) -> str:
        return f"[{escape(article.title)}]({self.root}articles/{article.slug}.md)"

    def story(self, story_id: str) -> str:
        title = escape(self.index.story(story_id).title)
        return f"[{title}]({self.root}stories/{story_id}.md)"

    def date(self, article: Article) -> str:
        if article.date:
            return str(article.date)
        if article.slug in self.index.inferred_date:
            return f"{self.index.inferred_date[article.slug]} *(inferred from its story)*"
        return "undated"

    def source(self, article: Article, letter: str | None = None) -> str:
        """Where a figure or claim comes from: the story's letter or the article's outlet,
        linked to the article, with its language and date."""
        short = article.title if len(article.title) <= 40 else article.title[:39] + "…"
        name = f"**{letter}**" if letter else escape(article.outlet or short)
        date = self.index.shown_date(article)
        return (
            f"[{name}]({self.root}articles/{article.slug}.md) · {article.language}"
            f" · {date or 'undated'}"
        )

    def status(self, claim: DatedClaim) -> str:
        """Whether the claim's period is past, now or coming: a chip computed here against
        `as_of` and again in the browser against the reader's today (`assets/claims.js`),
        so the page stays the same on every build and is right when read next year."""
        if claim.start is None and claim.end is None:
            return ""
        start = claim.start.isoformat() if claim.start else ""
        end = claim.end.isoformat() if claim.end else ""
        state = "now"
        if self.as_of and claim.end and claim.end < self.as_of:
            state = "past"
        elif self.as_of and claim.start and claim.start > self.as_of:
            state = "coming"
        return (
            f' <span class="briefing-status briefing-{state}" data-start="{start}" '
            f'data-end="{end}" title="as of {self.as_of}">{state}</span>'
        )

    def as_of_page(self, date: dt.date | None, what: str) -> Links:
        """These links for a page whose newest article is of `date` (`what` says which)."""
        return replace(self, as_of=date, as_of_what=what) if date else self

    def as_of_note(self) -> str:
        """The line above a table of claims saying against which day their status holds."""
        return (
            f'<span class="briefing-asof" data-as-of="{self.as_of}">Past, now or coming as of '
            f"{self.as_of}, {self.as_of_what}.</span>"
        )

    def legend(self) -> str:
        """What the chips' colours mean: one chip of each kind, not linked."""
        chips = "".join(
            f'<span class="md-tag briefing-{kind}">{LEGEND[kind]}</span> ' for kind in CHIP_KINDS
        )
        return f'<span class="briefing-legend">{chips.rstrip()}</span>'

    def chips(self, article: Article) -> str:
        """A tag chip per company, person, place, medium and topic, each followed by a space."""
        return "".join(
            f"{self.entity(kind, slug)}{{ .md-tag .briefing-{kind} }} "
            for kind in CHIP_KINDS
            for slug in article.tagged(kind)
        )
