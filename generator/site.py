"""The site's index pages: the home page and the list of articles.

Owns what each index page is computed from; the layout is in `site_templates/`.
"""

from __future__ import annotations

from generator.model import Article, OutputPage, Registry
from generator.pages import dump_frontmatter
from generator.templates import render

LATEST = 10


def _names(registry: Registry) -> dict[str, str]:
    names = {entity.slug: entity.name for entity in registry.entities}
    names.update({topic.slug: topic.name for topic in registry.topics})
    return names


def site_pages(articles: list[Article], registry: Registry, home_brief: str) -> list[OutputPage]:
    """The home page and the articles index, for `articles` in site order."""
    names = _names(registry)
    languages = sorted({a.language for a in articles})
    home = render(
        "home.md.j2",
        brief=home_brief.strip(),
        latest=articles[:LATEST],
        count=len(articles),
        languages=languages,
        names=names,
    )
    listing = render("articles.md.j2", articles=articles, names=names)
    return [
        OutputPage(
            "index.md", dump_frontmatter({"title": "Briefing"}) + "\n" + home, "seeds/index.md"
        ),
        OutputPage(
            "articles/index.md",
            dump_frontmatter({"title": "Articles"}) + "\n" + listing,
            "seeds/articles",
        ),
    ]
