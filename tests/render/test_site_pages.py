"""Story, company, topic and timeline pages of the default corpus, and story corrections."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.pipeline import build, generate
from generator.stories.grouping import group_stories

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
TRIPLE = [
    "000_84dcf3ed1279d9ad",
    "001_446c580a27766759",
    "002_c1677c6ef12f52df",
    "003_072a8291bebfb2bf",
]


def read(path: str) -> str:
    return (DOCS / path).read_text("utf-8")


def test_grouping_without_any_pin_gives_the_two_gold_stories():
    articles, _, _, _ = generate(ROOT / "seeds")
    stories = group_stories(articles, [])
    assert sorted(s.members for s in stories) == [tuple(TRIPLE), ("004_3343934f692751c8",)]


def test_story_page_flags_the_2025_versus_2026_disagreement():
    page = read("stories/triple-ai-chip-output-2025-08.md")
    section = page.split("## Where the sources disagree", 1)[1].split("\n## ", 1)[0]
    warning = section.split("!!! warning", 2)[1]
    assert warning.startswith(' "Triple: sources give different dates"')
    assert re.findall(r"- \*\*(\w)\*\* says (\d{4}):", warning) == [
        ("A", "2026"),
        ("B", "2026"),
        ("C", "2025"),
    ]
    # and the source that gives only vague timing, against those that give a year
    vague = section.split("!!! warning", 2)[2]
    assert vague.startswith(' "Triple: vague against specific timing"')
    assert re.findall(r"- \*\*(\w)\*\* says (.+?):", vague) == [
        ("D", "“in the coming years”"),
        ("A", "2026"),
        ("B", "2026"),
        ("C", "2025"),
    ]


def test_story_page_puts_sources_side_by_side_with_inferred_dates():
    page = read("stories/triple-ai-chip-output-2025-08.md")
    sources = page.split("## Sources", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in sources.splitlines() if line.startswith("| **")]
    assert [row.split(" | ")[3] for row in rows] == ["Swedish", "Norwegian", "English", "English"]
    assert [row.split(" | ")[4].rstrip(" |") for row in rows] == [
        "2025-08-27",
        "2025-08-27",
        "2025-08-27 *(inferred from its story)*",
        "2025-08-27 *(inferred from its story)*",
    ]
    assert "Linked by the same figures (4,000 %, 7 nm)" in page


@pytest.mark.parametrize("slug", ["002_c1677c6ef12f52df", "003_072a8291bebfb2bf"])
def test_undated_articles_show_the_inferred_date_but_keep_date_null(slug):
    page = read(f"articles/{slug}.md")
    assert "\ndate: null\n" in page
    assert "- **Published:** 2025-08-27 *(inferred from its story)*" in page


def test_huawei_page_lists_all_articles_figures_claims_and_companions():
    page = read("companies/huawei.md")
    for slug in [*TRIPLE, "004_3343934f692751c8"]:
        assert f"(../articles/{slug}.md)" in page
    assert "| 5 | 2 | 2025-08-27 | 2025-08-27 |" in page
    claims = page.split("## Dated claims", 1)[1].split("## Articles by story", 1)[0]
    assert claims.count("\n| December 2025") == 4  # one per article of the story
    assert "read against the story's date: **inferred**" in claims
    companions = page.split("## Often mentioned with", 1)[1]
    assert "[Cambricon](../companies/cambricon.md) (5)" in companions
    assert "[SMIC](../companies/smic.md) (4)" in companions


def test_company_page_ledger_gives_each_figure_its_source_and_sentence():
    page = read("companies/cambricon.md")
    figures = page.split("## Figures ledger", 1)[1].split("\n## ", 1)[0]
    nb, sv = "../articles/001_446c580a27766759.md", "../articles/000_84dcf3ed1279d9ad.md"
    rows = [line for line in figures.splitlines() if line.startswith("| **")]
    profit = next(row for row in rows if row.startswith("| **CNY 1.04 bn** |"))
    assert profit.split(" | ")[1:3] == ["profit", "first half of 2025"]
    assert f"[Kinas halvlederprodusenter sikter mot å…]({nb}) · nb · 2025-08-27" in profit
    assert profit.endswith(f"[1,04 milliarder yuan]({nb}#p13-s1) |")
    # the same change of revenue from two sources stands side by side, the first row
    # counting them; the revenue level (CNY 2.88 bn) is another quantity, never counted
    change = [row for row in rows if " | revenue (change)" in row]
    assert [row.split(" | ")[0] for row in change] == ["| **4,000 %**", "| **at least 4,000 %**"]
    assert "revenue (change) *(2 sources)*" in change[0] and f"({sv})" in change[0]
    level = next(row for row in rows if row.startswith("| **CNY 2.88 bn** |"))
    assert level.split(" | ")[1] == "revenue"
    assert "USD 44 bn" not in figures  # Nvidia's revenue, in the same paragraph


def test_timeline_shows_2026_claims_from_three_languages():
    page = read("timeline/index.md")
    year = page.split("### 2026", 1)[1].split("### Not resolved", 1)[0]
    languages = set(re.findall(r"\) \((sv|nb|en)\) \|$", year, flags=re.MULTILINE))
    assert languages == {"sv", "nb", "en"}


def test_companies_index_is_a_table_with_mentions_and_dates():
    page = read("companies/index.md")
    assert "| Company | Articles | First seen | Last seen | Stories | Top topics |" in page
    assert "| [Cambricon](../companies/cambricon.md) | 5 | 2025-08-27 | 2025-08-27 | 2 |" in page


def test_article_page_chips_link_to_registry_pages():
    page = read("articles/000_84dcf3ed1279d9ad.md")
    assert "[Huawei](../companies/huawei.md){ .md-tag .briefing-companies }" in page
    assert "[Fab capacity](../topics/fab-capacity.md){ .md-tag .briefing-topics }" in page


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "seeds"


def test_story_field_and_story_file_exclude_correct_the_grouping(corpus: Path, tmp_path: Path):
    article = corpus / "articles" / "004_3343934f692751c8.txt"
    article.write_bytes(b"---\nstory: triple-ai-chip-output-2025-08\n---\n" + article.read_bytes())
    story_file = corpus / "stories" / "triple-ai-chip-output-2025-08.md"
    text = story_file.read_text("utf-8").replace(
        "articles: [000_84dcf3ed1279d9ad]",
        "articles: [000_84dcf3ed1279d9ad]\nexclude: [003_072a8291bebfb2bf]",
    )
    story_file.write_text(text, "utf-8")
    result = build(corpus, tmp_path / "docs")
    assert result.diagnostics == ()
    page = (tmp_path / "docs" / "stories" / "triple-ai-chip-output-2025-08.md").read_text()
    assert "004_3343934f692751c8" in page and "003_072a8291bebfb2bf" not in page
    assert (tmp_path / "docs" / "stories" / "story-003_072a8291bebfb2bf.md").is_file()


def test_story_pin_naming_no_article_is_an_error(corpus: Path, tmp_path: Path):
    (corpus / "stories" / "ghost.md").write_text("---\ntitle: Ghost\narticles: [nope]\n---\n")
    result = build(corpus, tmp_path / "docs")
    assert [d.render() for d in result.diagnostics] == [
        "seeds/stories/ghost.md:3: articles: names no article: 'nope' (no seeds/articles/nope.txt)"
    ]
