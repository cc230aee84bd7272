"""Every detail page (article, story, entity, topic) over the machine's cores, and which of
them are the same as in the last build.

Owns the detail pages' reuse rule. An article page is rendered from its article, its story,
its claims and inferred date, the registry and the day its claims' status holds (its own
date, else the newest article's); a story page from its story and its members' articles,
claims and inferred dates, the registry and the newest article's date.
Each is rendered from a `SiteIndex` cut down to exactly those (`SiteIndex.scoped`), so it
cannot read anything else, and its key is a hash of them (with the code, templates included,
in `salt`): a page whose key is the one of the last build has the same text, and is not
rendered again (`Kept`). Entity and topic pages summarise many articles and are always
rendered. A page that fails to render is its seed's error (`PageFailure`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Any

from generator.model import Article, Diagnostic, Entity, OutputPage, internal_error
from generator.render import site
from generator.render.siteindex import SiteIndex
from generator.stories import Story
from generator.workers import parallel_map


@dataclass(frozen=True)
class PageFailure:
    """A detail page that could not be rendered: its path, the article it shows (if it is
    an article page) and the diagnostic naming its seed."""

    path: str
    article: str | None
    diagnostic: Diagnostic


@dataclass(frozen=True)
class Kept:
    """A page whose key is the one it had in the last build: its text is the one written
    then (the caller reads it back from docs/)."""

    path: str
    key: str
    source: str


@dataclass(frozen=True)
class DetailPages:
    """Detail pages in site order (rendered or kept), failures, and each page's key."""

    pages: list[OutputPage | Kept]
    failures: list[PageFailure]
    keys: dict[str, str]  # page path -> key, for the pages that have one


@dataclass(frozen=True)
class _State:
    index: SiteIndex
    base: dict[str, Any]
    previous: dict[str, str]  # page path -> key of the last build
    salt: str  # the code and the registry, hashed
    articles: dict[str, str]  # article slug -> a hash of all that determines it, if known


def page_of(item: Any) -> tuple[str, str]:
    """(page path, seed file) of a detail page's item."""
    if isinstance(item, Article):
        return f"articles/{item.slug}.md", item.source_file
    if isinstance(item, Story):
        return f"stories/{item.id}.md", item.source or f"story {item.id}"
    if isinstance(item, Entity):
        return f"{item.collection}/{item.slug}.md", item.source
    return f"topics/{item.slug}.md", item.source


def _scope(index: SiteIndex, item: Article | Story) -> SiteIndex:
    if isinstance(item, Article):
        story = index.story_of.get(item.slug)
        return index.scoped((item.slug,), (story,) if story else ())
    return index.scoped(item.members, (item.id,))


def _key(state: _State, path: str, scope: SiteIndex, as_of: dt.date | None) -> str:
    """What the page is rendered from: its scope, and the day its claims' status holds."""
    articles = tuple(state.articles.get(a.slug) or repr(a) for a in scope.articles)
    held = (path, articles, scope.stories, scope.story_of, scope.inferred_date, as_of)
    return hashlib.sha256((state.salt + repr(held)).encode()).hexdigest()


def _scoped_page(state: _State, item: Article | Story) -> tuple[OutputPage | Kept, str]:
    path, source = page_of(item)
    scope = _scope(state.index, item)
    newest = state.base["link"].as_of
    as_of = scope.shown_date(item) or newest if isinstance(item, Article) else newest
    key = _key(state, path, scope, as_of)
    if state.previous.get(path) == key:
        return Kept(path, key, source), key
    base = {**state.base, "index": scope, "link": replace(state.base["link"], index=scope)}
    if isinstance(item, Article):
        return site.article_page((scope, base), item), key
    return site.story_page((scope, base), item), key


def _detail_page(state: _State, item: Any) -> tuple[OutputPage | Kept | PageFailure, str | None]:
    try:
        if isinstance(item, Article | Story):
            return _scoped_page(state, item)
        if isinstance(item, Entity):
            return site.entity_page(item, state.index, state.base), None
        return site.topic_page(item, state.index, state.base), None
    except Exception as exc:  # one page's fault is its seed's error, never the build's end
        path, source = page_of(item)
        slug = item.slug if isinstance(item, Article) else None
        return PageFailure(path, slug, internal_error(source, "rendering", exc)), None


def detail_pages(
    index: SiteIndex,
    previous: dict[str, str],
    salt: str = "",
    articles: dict[str, str] | None = None,
) -> DetailPages:
    """Every article, story, entity and topic page, in that order, in one pool of workers
    (starting a pool per kind cost more than the entity and topic pages themselves); those
    whose key is in `previous` (page path -> key of the last build) are `Kept`. `salt` stands
    for the code and templates (the caller's hash of them); `articles` may give, by slug, a
    hash of all that determines an article (its enrichment's cache key), which then stands
    for it in keys instead of its `repr`."""
    base = site.context(index, "../")
    salt = hashlib.sha256(repr((salt, index.registry)).encode()).hexdigest()
    items: list[Any] = [*index.articles, *index.stories]
    items += [*index.registry.entities, *index.registry.topics]
    result = DetailPages([], [], {})
    state = _State(index, base, previous, salt, articles or {})
    for page, key in parallel_map(_detail_page, items, state, "pages"):
        if isinstance(page, PageFailure):
            result.failures.append(page)
            continue
        result.pages.append(page)
        if key is not None:
            result.keys[page.path] = key
    return result
