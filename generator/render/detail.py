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

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from generator.model import Article, Diagnostic, Entity, OutputPage, internal_error
from generator.render import site
from generator.render.siteindex import SiteIndex
from generator.render.templates import compile_all
from generator.stories import Story
from generator.workers import LostTask, parallel_map

RENEW = 32  # chunks of pages (64 each) a page worker renders before a fresh fork replaces it


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


def _key(state: _State, item: Article | Story) -> str:
    """What the page is rendered from: its scope, and the day its claims' status holds."""
    scope = _scope(state.index, item)
    newest = state.base["link"].as_of
    as_of = scope.shown_date(item) or newest if isinstance(item, Article) else newest
    articles = tuple(state.articles.get(a.slug) or repr(a) for a in scope.articles)
    held = (page_of(item)[0], articles, scope.stories, scope.story_of, scope.inferred_date, as_of)
    return hashlib.sha256((state.salt + repr(held)).encode()).hexdigest()


def _scoped_page(state: _State, item: Article | Story) -> OutputPage:
    scope = _scope(state.index, item)
    base = {**state.base, "index": scope, "link": replace(state.base["link"], index=scope)}
    if isinstance(item, Article):
        return site.article_page((scope, base), item)
    return site.story_page((scope, base), item)


def _detail_page(state: _State, item: Any) -> OutputPage | PageFailure:
    try:
        if isinstance(item, Article | Story):
            return _scoped_page(state, item)
        if isinstance(item, Entity):
            return site.entity_page(item, state.index, state.base)
        return site.topic_page(item, state.index, state.base)
    except Exception as exc:  # one page's fault is its seed's error, never the build's end
        path, source = page_of(item)
        slug = item.slug if isinstance(item, Article) else None
        return PageFailure(path, slug, internal_error(source, "rendering", exc))


def _not_rendered(item: Any, problem: LostTask) -> PageFailure:
    """The failure of a page whose task the Dask cluster could not finish."""
    path, source = page_of(item)
    slug = item.slug if isinstance(item, Article) else None
    return PageFailure(path, slug, internal_error(source, "rendering", problem))


def _keys(state: _State, items: list[Article | Story]) -> dict[str, str]:
    """Each item's page key by path (here: far cheaper than sending the pages to workers);
    an item whose key cannot be computed has none, and is rendered (and fails there)."""
    keys = {}
    for item in items:
        try:
            keys[page_of(item)[0]] = _key(state, item)
        except Exception:
            continue
    return keys


def _render(todo: list[Any], state: _State) -> list[OutputPage | PageFailure]:
    """`_detail_page` of each item, in order, over the machine's cores.

    A page worker inherits the articles from the parent, and every object a page reads
    has its reference count written: the memory page holding it is copied for that worker.
    An entity or topic page reads most articles and an article page some scattered ones, so
    a worker that lived through the whole run held a copy of nearly every article (99 MB
    each at ten thousand articles, the build's peak). So each worker is replaced by a fresh
    fork after `RENEW` chunks (at ten thousand articles 8 chunks cost 0.4 s of forks, 32
    none measurable, with a peak of 390 MB over the pool instead of 590); the entity and
    topic pages go first, while the parent holds few rendered pages; and the templates are
    compiled before the first fork, not by each worker again (20 ms and 5 MB a worker)."""
    compile_all()  # (a build uses nearly all of them anyway)
    order = sorted(range(len(todo)), key=lambda n: isinstance(todo[n], Article | Story))
    items = [todo[n] for n in order]
    done = parallel_map(_detail_page, items, state, "pages", renew=RENEW, lost=_not_rendered)
    results: list[Any] = [None] * len(todo)
    for n, result in zip(order, done, strict=True):
        results[n] = result
    return results


def detail_pages(
    index: SiteIndex,
    previous: dict[str, str],
    salt: str = "",
    articles: dict[str, str] | None = None,
) -> DetailPages:
    """Every article, story, entity and topic page, in that order; those whose key is in
    `previous` (page path -> key of the last build) are `Kept`, the rest are rendered in one
    pool of workers (a pool per kind cost more than the entity and topic pages themselves).
    `salt` stands for the code and templates (the caller's hash of them); `articles` may
    give, by slug, a hash of all that determines an article (its enrichment's cache key),
    which then stands for it in keys instead of its `repr`."""
    salt = hashlib.sha256(repr((salt, index.registry)).encode()).hexdigest()
    state = _State(index, site.context(index, "../"), salt, articles or {})
    keys = _keys(state, [*index.articles, *index.stories])
    items: list[Any] = [*index.articles, *index.stories]
    items += [*index.registry.entities, *index.registry.topics]
    paths = [page_of(item) for item in items]
    kept = [path in keys and previous.get(path) == keys[path] for path, _ in paths]
    todo = [item for item, keep in zip(items, kept, strict=True) if not keep]
    rendered = iter(_render(todo, state))
    result = DetailPages([], [], keys)
    for (path, source), keep in zip(paths, kept, strict=True):
        page = Kept(path, keys[path], source) if keep else next(rendered)
        if isinstance(page, PageFailure):
            result.failures.append(page)
            keys.pop(page.path, None)
        else:
            result.pages.append(page)
    return result
