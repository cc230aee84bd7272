"""The site in a real browser: Playwright driving Debian's Chromium, headless.

Runs against the site served on 127.0.0.1 and against the offline bundle opened from
`file://`: search in three languages, navigation from a company to an article to its story
and back, no request to any other host, and no console errors. In CI (CI=true) a missing
Chromium is a failure, never a skip.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTICLES = {"sv": "000_84dcf3ed1279d9ad", "nb": "001_446c580a27766759"}


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: .ci/run must install it")
        pytest.skip("Chromium is not installed (apt-get install chromium)")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@dataclass
class Target:
    """One way the site is opened: its base URL and how a page path becomes a URL."""

    name: str
    base: str
    directory_urls: bool

    def url(self, page: str) -> str:
        """`companies/huawei` -> the URL of that page in this target."""
        if not page:
            return self.base + ("" if self.directory_urls else "index.html")
        return self.base + (f"{page}/" if self.directory_urls else f"{page}.html")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    site = tmp_path_factory.mktemp("served") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT,
        check=True,
        env=env,
    )
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Target("served", f"http://127.0.0.1:{server.server_address[1]}/", True)
    server.shutdown()


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Target:
    folder = tmp_path_factory.mktemp("offline")
    zip_path = folder / "bundle.zip"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "bundle",
            "--docs",
            str(folder / "docs"),
            "--out",
            str(zip_path),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder / "unpacked")
    return Target("offline", (folder / "unpacked" / "briefing").as_uri() + "/", False)


@dataclass
class Watched:
    """A page whose requests and console are recorded; requests off the machine are blocked."""

    page: object
    target: Target
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _require_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(params=["served", "offline"])
def watched(request: pytest.FixtureRequest, browser) -> Iterator[Watched]:
    target: Target = request.getfixturevalue(request.param)
    context = browser.new_context()
    page = context.new_page()
    seen = Watched(page, target)
    local = ("file://", "http://127.0.0.1:", "data:", "blob:", "about:")

    def route(route) -> None:
        if route.request.url.startswith(local):
            route.continue_()
        else:
            seen.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    yield seen
    context.close()
    assert seen.foreign == [], "requests left the machine"
    assert seen.errors == [], "the console showed errors"


def index_state(page) -> dict:
    """The search worker's `briefingIndex.state()` (site_templates/search-index.js): the
    shards built, and which part of the index its latest answer covered. The worker is a
    web worker over http, an iframe in the offline bundle."""
    script = "() => self.briefingIndex.state()"
    if page.workers:
        return page.workers[0].evaluate(script)
    frame = next(f for f in page.frames if f != page.main_frame)
    return frame.evaluate(script)


def wait_for_whole_index(page, timeout: float = 30, settle: int = 100) -> dict:
    """Wait until the latest answer covers every section (a large site's index is built in
    shards, and the first answers cover the shards built so far); returns the state."""
    deadline = time.monotonic() + timeout
    while True:
        state = index_state(page)
        answered = state["answered"]
        if answered and answered["indexed"] == answered["total"]:
            page.wait_for_timeout(settle)  # the page shows the answer the worker has posted
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"the search index was not complete after {timeout} s: {state}")
        page.wait_for_timeout(10)


def search(seen: Watched, query: str) -> list[str]:
    """Type `query` into the site search and return every result's page path."""
    page = seen.page
    page.goto(seen.target.url(""))
    if not page.is_visible(".md-search__input"):
        page.click("label.md-header__button[for=__search]")
    page.fill(".md-search__input", query)
    # Material reads the query on keyup (or a moment after focus): fill alone can be missed
    page.press(".md-search__input", "End")
    page.wait_for_function(
        "() => /matching document/.test("
        "document.querySelector('.md-search-result__meta')?.textContent || '')",
        timeout=30_000,
    )
    wait_for_whole_index(page)
    for _ in range(20):  # results render in batches as the list scrolls
        page.eval_on_selector(".md-search__scrollwrap", "e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(100)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    base = urlsplit(seen.target.base).path
    paths = {urlsplit(h).path.removeprefix(base) for h in hrefs}
    return sorted(p.removesuffix(".html").removesuffix("index").rstrip("/") for p in paths)


def test_search_finds_every_article_that_mentions_cambricon(watched: Watched):
    found = search(watched, "Cambricon")
    articles = sorted(p.rsplit("/", 1)[-1] for p in found if p.startswith("articles/0"))
    mentioning = sorted(
        p.stem
        for p in (ROOT / "seeds" / "articles").glob("*.txt")
        if "Cambricon" in p.read_text("utf-8")
    )
    assert articles == mentioning
    assert "companies/cambricon" in found


@pytest.mark.parametrize(("language", "query"), [("sv", "anläggningar"), ("nb", "fabrikkene")])
def test_search_finds_inflected_swedish_and_norwegian_words(watched: Watched, language, query):
    found = search(watched, query)
    assert f"articles/{ARTICLES[language]}" in found


def test_company_to_article_to_story_and_back(watched: Watched):
    page, target = watched.page, watched.target
    page.goto(target.url("companies/huawei"))
    page.click("article a:has-text('Kinas plan: Slå ut Nvidia med egna chip')")
    assert page.url == target.url(f"articles/{ARTICLES['sv']}")
    assert page.inner_text("h1").removesuffix("¶") == "Kinas plan: Slå ut Nvidia med egna chip"
    page.click(".admonition a:has-text('China plans to triple its AI-chip output')")
    assert page.url == target.url("stories/triple-ai-chip-output-2025-08")
    assert "Triple: sources give different dates" in page.inner_text("article")
    page.go_back()
    assert page.url == target.url(f"articles/{ARTICLES['sv']}")
    page.go_back()
    assert page.url == target.url("companies/huawei")
