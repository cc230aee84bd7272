"""Site search in a real browser: inflected words, aliases, exclusion, escaped titles.

The corpus is the bundled seeds plus the articles in tests/search_articles/ (Danish, German
and English, written for these tests). Every inflected query is a form that stands nowhere in
the corpus (checked first), so only stemming can find the pages that hold the word's other
forms. Each case runs over http on 127.0.0.1 and from the offline bundle on file://.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import frontmatter
import pytest

from tests.test_browser import (  # noqa: F401
    Target,
    Watched,
    _Quiet,
    browser,
    index_state,
    search,
)

ROOT = Path(__file__).resolve().parent.parent
EXTRA = Path(__file__).resolve().parent / "search_articles"
PREFIX = "search_"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled seeds plus the test articles, generated into `docs/`."""
    folder = tmp_path_factory.mktemp("search")
    seeds = folder / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for path in sorted(EXTRA.glob("*.txt")):
        shutil.copy(path, seeds / "articles" / f"{PREFIX}{path.name}")
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds)]
    subprocess.run([*command, "--docs", str(folder / "docs")], cwd=ROOT, check=True)
    return folder


# The test corpus's 84 sections in shards of 8, 8, 16, 32 and 20 (and, offline, the text of
# all but the first 8 in parts of 12): what a site of 10,000 articles gets with the defaults.
SHARDS = {"BRIEFING_SEARCH_SHARDS": "10,8,32,12"}


def _serve(corpus: Path, name: str, env: dict[str, str]) -> Iterator[Target]:
    site = corpus / name
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_DOCS": str(corpus / "docs"), **env}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    subprocess.run(command, cwd=ROOT, check=True, env=env)
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Target("served", f"http://127.0.0.1:{server.server_address[1]}/", True)
    server.shutdown()


def _bundle(corpus: Path, name: str, env: dict[str, str]) -> Target:
    zip_path = corpus / f"{name}.zip"
    command = [sys.executable, "-m", "generator", "bundle", "--seeds", str(corpus / "seeds")]
    command += ["--docs", str(corpus / f"{name}-docs"), "--out", str(zip_path)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env={**os.environ, **env})
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(corpus / name)
    return Target("offline", (corpus / name / "briefing").as_uri() + "/", False)


@pytest.fixture(scope="module")
def served(corpus: Path) -> Iterator[Target]:
    yield from _serve(corpus, "site", {})


@pytest.fixture(scope="module")
def offline(corpus: Path) -> Target:
    return _bundle(corpus, "offline", {})


@pytest.fixture(scope="module")
def served_sharded(corpus: Path) -> Iterator[Target]:
    yield from _serve(corpus, "site-sharded", SHARDS)


@pytest.fixture(scope="module")
def offline_sharded(corpus: Path) -> Target:
    return _bundle(corpus, "offline-sharded", SHARDS)


def _watch(browser, target: Target) -> Iterator[Watched]:  # noqa: F811
    context = browser.new_context()
    seen = Watched(context.new_page(), target)
    local = ("file://", "http://127.0.0.1:", "data:", "blob:", "about:")

    def route(route) -> None:
        if route.request.url.startswith(local):
            route.continue_()
        else:
            seen.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    seen.page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    seen.page.on("pageerror", lambda e: seen.errors.append(str(e)))
    yield seen
    context.close()
    assert seen.foreign == [], "requests left the machine"
    assert seen.errors == [], "the console showed errors"


@pytest.fixture(params=["served", "offline"])
def watched(request: pytest.FixtureRequest, browser) -> Iterator[Watched]:  # noqa: F811
    yield from _watch(browser, request.getfixturevalue(request.param))


@pytest.fixture(params=["served", "offline"])
def pair(request: pytest.FixtureRequest, browser) -> Iterator[tuple[Watched, Watched]]:  # noqa: F811
    """The same site with one index and with the index in shards, both served or both offline."""
    one = _watch(browser, request.getfixturevalue(request.param))
    sharded = _watch(browser, request.getfixturevalue(f"{request.param}_sharded"))
    yield next(one), next(sharded)
    for watching in (one, sharded):
        next(watching, None)  # closes the context and checks requests and console


def articles(found: list[str]) -> set[str]:
    """The article slugs among the page paths `search` returns."""
    return {p.split("/")[1] for p in found if p.startswith("articles/") and p.count("/") == 1}


def article_pages(corpus: Path) -> dict[str, frontmatter.Post]:
    folder = corpus / "docs" / "articles"
    return {p.stem: frontmatter.load(str(p)) for p in folder.glob("*.md") if p.stem != "index"}


def seed_texts(corpus: Path) -> dict[str, str]:
    """Each article's text as received (its page adds panels that are not searched)."""
    return {p.stem: p.read_text("utf-8") for p in (corpus / "seeds" / "articles").glob("*.txt")}


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


INFLECTED = [
    # (language, query, articles holding other forms of the word)
    ("sv", "halvledarna", {"000_84dcf3ed1279d9ad", "001_446c580a27766759"}),
    ("nb", "brikkene", {"001_446c580a27766759"}),
    ("da", "datacentret", {"search_da_datacentre", "search_da_kapacitet"}),
    ("de", "Halbleiterherstellers", {"search_de_hersteller"}),
    ("en", "subsidising", {"search_en_subsidies"}),
]


@pytest.mark.parametrize(("language", "query", "expected"), INFLECTED)
def test_inflected_query_finds_the_other_forms(watched: Watched, corpus, language, query, expected):
    pages = article_pages(corpus)
    assert all(query.lower() not in words(post.content) for post in pages.values())
    assert all(query.lower() not in words(text) for text in seed_texts(corpus).values())
    assert language in {pages[slug].metadata["language"] for slug in expected}
    assert articles(search(watched, query)) == expected


def test_matched_forms_are_highlighted(watched: Watched):
    search(watched, "halvledarna")
    marked = watched.page.eval_on_selector_all(
        ".md-search-result mark", "els => els.map(e => e.textContent.toLowerCase())"
    )
    assert "halvledare" in marked
    assert "halvlederprodusenter" in marked


def test_the_page_a_result_opens_marks_whole_words(watched: Watched):
    """Material marks the query's terms on the page a result opens (`?h=`): the words the
    result marks are marked whole there, not the rewritten term (`halvled`) in each. (Other
    forms on the page that the result's excerpt does not show are still marked from the
    term, `halvled|arindustrin`.)"""
    search(watched, "halvledarna")
    links = watched.page.eval_on_selector_all(
        ".md-search-result__item > a", "els => els.map(e => e.href)"
    )
    link = next(h for h in links if "000_84dcf3ed1279d9ad" in h and "#" not in h)
    watched.page.goto(link)
    watched.page.wait_for_selector("mark[data-md-highlight]")
    marked = watched.page.eval_on_selector_all(
        "article mark[data-md-highlight]", "els => els.map(e => e.textContent.toLowerCase())"
    )
    assert "halvledare" in marked


@pytest.mark.parametrize("query", ["Cambricon", "SMIC", "FP8"])
def test_whole_words_find_every_article_that_holds_them(watched: Watched, corpus, query):
    starts = re.compile(rf"\b{re.escape(query)}", re.IGNORECASE)  # `SMIC's`, not `seismic`
    holding = {s for s, text in seed_texts(corpus).items() if starts.search(text)}
    assert holding
    assert articles(search(watched, query)) == holding


def test_a_figure_with_its_unit_is_found(watched: Watched, corpus):
    holding = {s for s, text in seed_texts(corpus).items() if re.search(r"\b7 ?nm\b", text)}
    assert holding and holding <= articles(search(watched, "7 nm"))


def test_a_nonsense_query_finds_nothing(watched: Watched):
    assert search(watched, "xqzvbnwrt") == []
    assert watched.page.inner_text(".md-search-result__meta") == "No matching documents"


@pytest.mark.parametrize(
    ("query", "entity"),
    [
        ("Peking", "places/beijing"),
        ("Huaweis", "companies/huawei"),
        ("Advanced Micro Devices", "companies/amd"),
        # an organisation: an inflected alias, and an acronym, that no page's text holds
        ("Statsrådets", "organizations/state-council"),
        ("WEF", "organizations/world-economic-forum"),
    ],
)
def test_an_alias_finds_the_articles_tagged_with_its_entity(watched, corpus, query, entity):
    collection, slug = entity.split("/")
    tagged = {s for s, p in article_pages(corpus).items() if slug in p.metadata.get(collection, [])}
    assert tagged
    found = search(watched, query)
    assert articles(found) == tagged
    assert entity in found
    # the entity's other names are not listed as missing from results that hold one of them
    assert "Missing" not in watched.page.inner_text(".md-search-result")


def test_a_minus_excludes_every_form_and_alias(watched: Watched):
    assert articles(search(watched, "datacentret -Huaweis")) == {"search_da_kapacitet"}


def test_escaped_title_is_found_by_its_words_and_shown_as_written(watched: Watched):
    assert articles(search(watched, "5nm")) == {"search_en_subsidies"}
    titles = watched.page.eval_on_selector_all(
        ".md-search-result__article h1", "els => els.map(e => e.textContent)"
    )
    assert "Huawei & SMIC aim for <5nm chips" in titles
    assert search(watched, "lt") == []
    assert "search_en_subsidies" not in articles(search(watched, "amp"))


SHARDED_QUERIES = ["halvledarna", "Cambricon", "Peking", "datacentret -Huaweis", "5nm", "7 nm"]


def test_a_sharded_index_finds_what_one_index_finds(pair: tuple[Watched, Watched]):
    """The index of a large site is built in shards (site_templates/search-index.js): the same
    queries find the same pages, with the matched words highlighted, once every shard is in."""
    watched, watched_sharded = pair
    for query in [*SHARDED_QUERIES, "xqzvbnwrt"]:
        assert search(watched_sharded, query) == search(watched, query), query
    assert index_state(watched.page)["shards"] == 0  # a small site: Material's one index
    assert index_state(watched_sharded.page)["shards"] == 5
    search(watched_sharded, "halvledarna")
    marked = watched_sharded.page.eval_on_selector_all(
        ".md-search-result mark", "els => els.map(e => e.textContent.toLowerCase())"
    )
    assert {"halvledare", "halvlederprodusenter"} <= set(marked)


def test_a_sharded_index_answers_from_the_first_shard_then_from_all(pair: tuple[Watched, Watched]):
    """The first answer comes from the first shard; the latest query is answered again as
    each shard is ready (Material shows each answer), the last time from every section."""
    watched, watched_sharded = pair
    found = search(watched_sharded, "Cambricon")
    answers = index_state(watched_sharded.page)["history"]
    final = {"indexed": 84, "total": 84, "pages": len(search(watched, "Cambricon"))}
    assert answers[0]["indexed"] == 8  # ready, and answering, after the first shard
    assert answers[-1] == final and len(found) == final["pages"]
    covered = [a["indexed"] for a in answers]
    assert covered == sorted(covered)
    assert any(0 < a["pages"] < final["pages"] for a in answers)  # partial answers shown
    assert all(a["pages"] <= final["pages"] for a in answers)
    # a partial answer says so next to Material's count; the complete one is Material's own
    notes = watched_sharded.page.evaluate("window.briefingSearchNotes")
    partial = re.compile(
        r"\d+ matching documents? so far \((\d+) of 84 sections searched; more are being added\)"
    )
    assert notes and all(partial.fullmatch(n) for n in notes), notes
    assert partial.fullmatch(notes[0])[1] == "8"  # type: ignore[index]
    shown = watched_sharded.page.inner_text(".md-search-result__meta")
    assert "so far" not in shown and re.fullmatch(r"\d+ matching documents?", shown), shown
    assert index_state(watched.page)["shards"] == 0
    assert watched.page.evaluate("window.briefingSearchNotes") == []  # one index: no notes
