"""`generator add` from the web: saved pages in five languages and a feed served on 127.0.0.1,
folders, lists of URLs, duplicates, and every kind of bad input, then the built pages.

The pages and feeds in `tests/web/` are written for these tests, shaped like real ones
(navigation, ads, related links, comments, bylines, JSON-LD and Open Graph metadata).
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import frontmatter
import pytest

from generator.check import check
from generator.cli import main
from generator.model import Level
from generator.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "tests" / "web"
PAGES = {
    "en": "en-chipwire.html",
    "sv": "sv-dagensteknik.html",
    "nb": "nb-teknonytt.html",
    "da": "da-borsbladet.html",
    "de": "de-chipbote.html",
}
SEEDS = {
    "en": "2025-09-02-chipwire-moore-threads-files-for-a-1-1-billion",
    "sv": "2025-08-27-dagens-teknik-kina-vill-tredubbla-sin-produktion-av-ai-chip",
    "nb": "2025-08-28-teknonytt-kina-satser-pa-egne-brikker-etter-nye-eksportforbud",
    "da": "2025-08-29-borsbladet-cambricon-mangedobler-omsaetningen-pa-kinesisk-chipjagt",
    "de": "2025-08-30-chipbote-smic-baut-kapazitat-fur-7-nanometer-chips-aus",
}
EXPECTED = {
    "en": ("ChipWire", "2025-09-02", "Jane Doe", "https://chipwire.example/2025/09/moore-threads-listing"),
    "sv": ("Dagens Teknik", "2025-08-27", "Karin Lindqvist", "https://dagensteknik.example/nyheter/kina-tredubbla-ai-chip"),
    "nb": ("Teknonytt", "2025-08-28", "Ola Nordmann", "https://teknonytt.example/artikkel/kina-egne-brikker"),
    "da": ("Børsbladet", "2025-08-29", "Mette Hansen", "https://borsbladet.example/tech/cambricon-omsaetning"),
    "de": ("Chipbote", "2025-08-30", "Lukas Becker", "https://chipbote.example/halbleiter/smic-7nm-kapazitaet"),
}  # fmt: skip
TITLE_DA = "Cambricon mangedobler omsætningen på kinesisk chipjagt"
BOILERPLATE = ("Advertisement", "Annons", "Related stories", "Läs också", "Kommentarer",
               "Great article", "Impressum", "Mest læste", "Bli abonnent",
               "Af Mette Hansen")  # fmt: skip


class _Handler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    """The base URL of `tests/web/` served on 127.0.0.1."""
    handler = functools.partial(_Handler, directory=str(WEB))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for folder in ("seeds", "docs"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def add(project: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["add", *args, "--seeds", str(project / "seeds")])
    return code, capsys.readouterr().err


def articles(project: Path) -> set[str]:
    return {path.name for path in (project / "seeds" / "articles").iterdir()}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_pages_in_five_languages_from_urls_become_seeds_and_articles(project, web, capsys):
    before = articles(project)
    code, err = add(project, *(web + f"pages/{page}" for page in PAGES.values()), capsys=capsys)
    assert code == 0, err
    assert articles(project) - before == {f"{stem}.txt" for stem in SEEDS.values()}
    for lang, stem in SEEDS.items():
        seed = frontmatter.loads((project / "seeds" / "articles" / f"{stem}.txt").read_text())
        assert list(seed.metadata) == ["received"]  # what the page said; nothing corrected
        received = seed["received"]
        outlet, date, author, url = EXPECTED[lang]
        assert (received["outlet"], str(received["date"]), received["author"]) == (
            outlet,
            date,
            author,
        )
        assert received["url"] == url
        assert " | " not in received["title"] and " - " not in received["title"]
        assert not any(words in seed.content for words in BOILERPLATE), seed.content
    result = build(project / "seeds", project / "docs")
    assert not [d.render() for d in result.diagnostics]
    found = {a.slug: a for a in result.articles}
    for lang, stem in SEEDS.items():
        article = found[stem]
        assert article.language == lang
        assert (article.outlet, str(article.date), article.author) == EXPECTED[lang][:3]
        assert article.overridden == ()  # received metadata is not a correction
    sv = found[SEEDS["sv"]]
    assert [p.kind for p in sv.paragraphs] == [
        "lede",
        "paragraph",
        "subheading",
        "paragraph",
        "paragraph",
    ]
    assert sv.title == "Kina vill tredubbla sin produktion av AI-chip"


def test_a_feed_adds_its_entries_and_skips_duplicates_naming_the_seed(project, web, capsys):
    add(project, web + f"pages/{PAGES['en']}", web + f"pages/{PAGES['nb']}", capsys=capsys)
    before = articles(project)
    code, err = add(project, web + "feed.xml", capsys=capsys)
    feed = web + "feed.xml"
    assert err.splitlines() == [
        f"{feed}: entry 4 'Tom notis': no text in its content or summary",
        f"{feed}: warning: entry 1 'Moore Threads files for IPO': a duplicate of "
        f"seeds/articles/{SEEDS['en']}.txt (same URL); skipped",
        f"{feed}: warning: entry 3 'Kina satser på egne brikker': a duplicate of "
        f"seeds/articles/{SEEDS['nb']}.txt (nearly the same text, 90% alike); skipped",
        f"briefing: added {project}/seeds/articles/2025-09-03-nordisk-chipbevakning-"
        f"alibaba-bygger-egna-ai-chip-for-sina-datacenter.txt (from {feed})",
        "briefing: added 1 article, skipped 2 duplicates; 1 error; run `briefing build`",
    ]
    assert code == 1
    (new,) = articles(project) - before
    seed = frontmatter.loads((project / "seeds" / "articles" / new).read_text())
    received = seed["received"]
    assert received["author"] == "Anna Berg" and str(received["date"]) == "2025-09-03"
    assert "alert" not in seed.content and "Ersätter Nvidia" in seed.content
    _, err = add(project, web + "feed.xml", capsys=capsys)
    assert "entry 2 'Alibaba bygger egna AI-chip för sina datacenter': a duplicate of" in err
    assert articles(project) == before | {new}


def test_a_folder_adds_pages_and_feeds_and_names_what_it_cannot_read(project, tmp_path, capsys):
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in (PAGES["de"], PAGES["da"]):
        shutil.copy(WEB / "pages" / name, folder / name)
    shutil.copy(WEB / "feed.xml", folder / "news.rss")
    shutil.copy(WEB / "not-a-page.html", folder / "notes.html")
    shutil.copy(WEB / "empty-page.html", folder / "login.htm")
    shutil.copy(WEB / "broken-feed.xml", folder / "broken.xml")
    (folder / "de-chipbote_files").mkdir()  # a browser's assets of a saved page
    (folder / "de-chipbote_files" / "ad.html").write_text("<html><p>Advertisement</p></html>")
    before = articles(project)
    code, err = add(project, str(folder), "--keep-html", capsys=capsys)
    assert code == 1
    lines = err.splitlines()
    assert (
        f"{folder}/broken.xml: broken feed, no entries could be read: "
        "<unknown>:3:0: no element found" in lines
    )
    assert f"{folder}/login.htm: no article text found in the page" in lines
    assert f"{folder}/notes.html: not an HTML page (no HTML markup in its first 4 KiB)" in lines
    assert lines[-1] == (
        "briefing: added 5 articles, skipped 0 duplicates; 4 errors; "
        "run `briefing build`"
    )  # fmt: skip
    added = articles(project) - before
    assert f"{SEEDS['de']}.txt" in added and f"{SEEDS['de']}.html" in added  # --keep-html
    assert (project / "seeds" / "articles" / f"{SEEDS['de']}.html").read_bytes() == (
        WEB / "pages" / PAGES["de"]
    ).read_bytes()
    assert not any(name.endswith(".partial") for name in articles(project))
    result = build(project / "seeds", project / "docs")
    assert not [d.render() for d in result.diagnostics]  # the kept page is no second article
    assert len(result.articles) == 5 + 5


def test_a_list_of_urls_adds_what_answers_and_names_each_failing_url(
    project, web, tmp_path, capsys
):
    port = _closed_port()
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# saved links\n{web}pages/{PAGES['sv']}\n{web}missing.html\n"
        f"http://127.0.0.1:{port}/down\n{web}slow\n",
        "utf-8",
    )
    before = articles(project)
    code, err = add(project, str(urls), "--timeout", "0.5", capsys=capsys)
    assert code == 1
    lines = err.splitlines()
    assert f"{web}missing.html: cannot fetch: HTTP 404 File not found" in lines
    assert (
        f"http://127.0.0.1:{port}/down: cannot fetch: "
        "cannot connect ([Errno 111] Connection refused)" in lines
    )
    assert f"{web}slow: cannot fetch: no answer within 0.5 s" in lines
    assert articles(project) - before == {f"{SEEDS['sv']}.txt"}


def test_no_network_is_a_clear_error_and_writes_nothing(project, capsys):
    before = articles(project)
    url = f"http://127.0.0.1:{_closed_port()}/news/1"
    code, err = add(project, url, capsys=capsys)
    assert code == 1
    assert err.splitlines()[0] == (
        f"{url}: cannot fetch: cannot connect ([Errno 111] Connection refused)"
    )
    assert articles(project) == before


def test_a_saved_page_in_seeds_is_an_article_built_from_its_main_text(project):
    target = project / "seeds" / "articles" / "kina-brikker.html"
    shutil.copy(WEB / "pages" / PAGES["nb"], target)
    result = build(project / "seeds", project / "docs")
    assert not [d.render() for d in result.diagnostics]
    page = (project / "docs" / "articles" / "kina-brikker.md").read_text("utf-8")
    post = frontmatter.loads(page)
    assert post["title"] == "Kina satser på egne brikker etter nye eksportforbud"
    assert (post["source"]["outlet"], str(post["date"]), post["source"]["author"]) == EXPECTED[
        "nb"
    ][:3]
    assert post["language"] == "nb"
    assert "Huawei tar markedsandeler" in post.content
    assert "Les også" not in page and "Kommentarer" not in page and "Bli abonnent" not in page
    assert check(project / "seeds", project / "docs").diagnostics == ()


def test_check_warns_about_near_duplicate_seeds(project):
    articles_dir = project / "seeds" / "articles"
    original = (articles_dir / "003_072a8291bebfb2bf.txt").read_text("utf-8")
    (articles_dir / "copy-of-003.txt").write_text(original.replace("triple", "treble", 1))
    build(project / "seeds", project / "docs")
    problems = [d.render() for d in check(project / "seeds", project / "docs").diagnostics]
    assert problems == [
        "seeds/articles/copy-of-003.txt: warning: a duplicate of seeds/articles/"
        "003_072a8291bebfb2bf.txt (nearly the same text, 97% alike); remove one of the two"
    ]


def test_an_added_page_shows_on_the_site_with_its_outlet_and_date(project, web, capsys):
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM, LAUNCH_ARGS, _require_chromium
    from tests.test_site import mkdocs_build

    _require_chromium()
    code, err = add(project, web + f"pages/{PAGES['da']}", capsys=capsys)
    assert code == 0, err
    assert build(project / "seeds", project / "docs").count(Level.ERROR) == 0
    site = project / "site"
    built = mkdocs_build(ROOT / "mkdocs.yml", site, {"BRIEFING_DOCS": str(project / "docs")})
    assert built.returncode == 0, built.stderr
    handler = functools.partial(_Handler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    shots = Path(os.environ.get("BRIEFING_SHOTS", project / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "articles/")
            page.click(f"a:has-text('{TITLE_DA}')")
            assert page.url == base + f"articles/{SEEDS['da']}/"
            assert page.inner_text("h1").removesuffix("¶") == TITLE_DA
            about = page.inner_text(".admonition.info")
            assert "Outlet: Børsbladet" in about and "Author: Mette Hansen" in about
            assert "2025-08-29" in about
            text = page.inner_text("article")
            assert "Aktien er steget kraftigt" in text and "Mest læste" not in text
            page.screenshot(path=str(shots / "i15-added-page-1280.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})
            page.screenshot(path=str(shots / "i15-added-page-390.png"), full_page=True)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


def test_a_saved_page_is_extracted_again_only_when_it_changes(project, monkeypatch):
    import generator.read.html as reader

    shutil.copy(WEB / "pages" / PAGES["de"], project / "seeds" / "articles" / "smic.html")
    first = build(project / "seeds", project / "docs")
    assert not [d.render() for d in first.diagnostics]

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(reader, "extract", fail)
    other = project / "seeds" / "articles" / "003_072a8291bebfb2bf.txt"
    other.write_text(other.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    again = build(project / "seeds", project / "docs")
    assert not [d.render() for d in again.diagnostics]  # the page came from the cache
    page = project / "seeds" / "articles" / "smic.html"
    page.write_text(page.read_text("utf-8").replace("verdoppeln", "verdreifachen"), "utf-8")
    changed = build(project / "seeds", project / "docs")
    assert [d.message for d in changed.diagnostics if "extracted again" in d.message]


def test_a_page_that_breaks_the_extractor_is_its_own_error_and_the_rest_are_added(
    project, tmp_path, monkeypatch, capsys
):
    import generator.read.sources as sources

    real = sources.parse_html

    def fragile(html: str, *args: object, **kwargs: object):
        if "Chipbote" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html, *args, **kwargs)

    monkeypatch.setattr(sources, "parse_html", fragile)
    pages = [str(WEB / "pages" / PAGES[lang]) for lang in ("de", "da")]
    code, err = add(project, *pages, capsys=capsys)
    assert code == 1
    assert err.splitlines()[0].startswith(
        f"{pages[0]}: internal error while reading: RecursionError: maximum recursion depth"
    )
    assert f"{SEEDS['da']}.txt" in articles(project)


def test_a_page_from_standard_input_with_corrections_in_seeds(project, capsys, monkeypatch):
    import io

    data = (WEB / "pages" / PAGES["sv"]).read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, err = add(project, "-", "--name", "kina-chip", capsys=capsys)
    assert code == 0, err
    seed = frontmatter.loads((project / "seeds" / "articles" / "kina-chip.txt").read_text())
    assert seed["received"]["outlet"] == "Dagens Teknik"
    corrected = project / "seeds" / "articles" / "kina-chip-page.html"
    corrected.write_bytes(b"---\ntitle: Kina satsar\noutlet: DT\n---\n" + data)
    (project / "seeds" / "articles" / "kina-chip.txt").unlink()
    result = build(project / "seeds", project / "docs")
    article = next(a for a in result.articles if a.slug == "kina-chip-page")
    assert (article.title, article.outlet, article.author) == (
        "Kina satsar",
        "DT",
        "Karin Lindqvist",
    )
