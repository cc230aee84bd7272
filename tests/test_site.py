"""The rendered site: a real `mkdocs build --strict` of docs/, and no injected HTML in it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build(
    config: Path, site: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        check=False,
        env={**ENV, **(env or {})},
    )


HOSTED_URL = "https://briefing.example.org/china-chips/"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site, {"SITE_URL": HOSTED_URL})
    assert result.returncode == 0, result.stderr
    return site


def test_strict_build_renders_every_article(built_site: Path):
    pages = sorted(p.parent.name for p in (built_site / "articles").glob("*/index.html"))
    seeds = sorted(p.stem for p in (ROOT / "seeds" / "articles").glob("*.txt"))
    assert pages == seeds


def test_article_page_shows_headline_and_subheadings(built_site: Path):
    page = (built_site / "articles" / "000_84dcf3ed1279d9ad" / "index.html").read_text("utf-8")
    assert "<title>Kinas plan: Slå ut Nvidia med egna chip - " in page
    assert '<h2 id="flera-nya-anlaggningar-byggs">Flera nya anläggningar byggs' in page


def test_search_index_covers_three_languages(built_site: Path):
    config = yaml.safe_load((built_site / "search" / "search_index.json").read_text("utf-8"))
    assert config["config"]["lang"] == ["en", "sv", "no"]
    text = " ".join(doc["text"] for doc in config["docs"])
    assert "Nvidias hårdvara" in text and "Nvidia-brikker" in text


def test_injected_html_stays_text_in_the_built_site(tmp_path: Path):
    """The awkward corpus holds <script> in a lede and so in a derived title."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "tests" / "golden" / "awkward" / "expected_docs", docs)
    result = mkdocs_build(ROOT / "mkdocs.yml", tmp_path / "site", {"BRIEFING_DOCS": str(docs)})
    assert result.returncode == 0, result.stderr
    for page in (tmp_path / "site").rglob("*.html"):
        text = page.read_text("utf-8")
        assert "<script>alert" not in text, page
        assert "<b>tags</b>" not in text, page
    article = tmp_path / "site" / "articles" / "d-undated-injection" / "index.html"
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in article.read_text(
        "utf-8"
    ) or '&lt;script&gt;alert("x")&lt;/script&gt;' in article.read_text("utf-8")


def test_hosted_site_has_canonical_links_sitemap_and_404(built_site: Path):
    page = (built_site / "companies" / "huawei" / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{HOSTED_URL}companies/huawei/">' in page
    sitemap = (built_site / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{HOSTED_URL}stories/triple-ai-chip-output-2025-08/</loc>" in sitemap
    assert "Page not found" in (built_site / "404.html").read_text("utf-8") or (
        "404" in (built_site / "404.html").read_text("utf-8")
    )


def test_no_page_loads_anything_from_another_host(built_site: Path):
    """Every <script>, stylesheet and image source is a relative path (fonts are off)."""
    pattern = re.compile(r'<(?:script|img|link)\b[^>]*(?:src|href)="(https?:)?//', re.IGNORECASE)
    for page in built_site.rglob("*.html"):
        loads = [
            m.group(0)
            for m in pattern.finditer(page.read_text("utf-8"))
            if 'rel="canonical"' not in m.group(0)
        ]
        assert loads == [], page


def test_feed_in_the_built_site_has_absolute_links_and_every_page_links_it(built_site: Path):
    import feedparser

    parsed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.feed.links[0].href == f"{HOSTED_URL}feed.xml"
    assert parsed.feed.link == HOSTED_URL
    links = [e.link for e in parsed.entries]
    assert links[0] == f"{HOSTED_URL}articles/000_84dcf3ed1279d9ad/"
    assert links[-1] == f"{HOSTED_URL}stories/triple-ai-chip-output-2025-08/"
    assert all(link.startswith(HOSTED_URL) for link in links)
    head = re.compile(r'<link rel="alternate" type="application/atom\+xml" [^>]*href="([^"]+)"')
    for page in built_site.rglob("*.html"):
        found = head.findall(page.read_text("utf-8"))
        address = urljoin(HOSTED_URL, page.relative_to(built_site).as_posix())
        assert [urljoin(address, href) for href in found] == [f"{HOSTED_URL}feed.xml"], page
