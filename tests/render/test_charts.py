"""Charts: their data (periods, bars over claimed periods, the company network), their text
alternatives on the pages, and SVG files byte-identical across builds with nothing external."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.model import DatedClaim, Level
from generator.pipeline import generate
from generator.read import build_registry, read_seeds
from generator.render import build_index
from generator.render.charts import (
    MAX_PERIODS,
    OTHER,
    claim_chart,
    every_chart,
    home_charts,
    network_chart,
    time_chart,
)
from generator.render.charts_draw import draw, layout
from generator.render.charts_text import alt, title
from generator.render.siteindex import ClaimView
from generator.stories import Story, group_stories

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def real():
    articles, _, _, _ = generate(ROOT / "seeds")
    registry, _ = build_registry(list(read_seeds(ROOT / "seeds").registry_files))
    return articles, registry


def _index(real, specs):
    """An index of copies of the first real article: (slug, date, language, companies)."""
    articles, registry = real
    made = [
        dataclasses.replace(
            articles[0],
            slug=slug,
            date=date,
            language=language,
            tags=(("companies", tuple(companies)),),
            story=None,
        )
        for slug, date, language, companies in specs
    ]
    made.sort(key=lambda a: (-(a.date or dt.date.min).toordinal(), a.slug))
    alone = [Story(a.slug, a.slug, "", (a.slug,), a.date, (), None) for a in made]
    return build_index(made, registry, alone)


def test_a_short_span_is_counted_by_iso_week_with_the_quiet_weeks_shown(real):
    index = _index(
        real,
        [
            ("a", dt.date(2025, 8, 25), "en", ["huawei"]),
            ("b", dt.date(2025, 8, 31), "sv", ["huawei"]),
            ("c", dt.date(2025, 9, 15), "en", ["huawei"]),
            ("d", None, "en", ["huawei"]),
        ],
    )
    chart = time_chart(index, ("a", "b", "c", "d"), "charts/x.svg", "Huawei")
    assert chart.unit == "week"
    assert chart.periods == ("2025-W35", "2025-W36", "2025-W37", "2025-W38")
    assert chart.languages == ("en", "sv")
    assert chart.counts == ((1, 0, 0, 1), (1, 0, 0, 0))
    assert (chart.earlier, chart.undated) == (0, 1)


def test_a_long_span_is_counted_by_month_capped_and_rare_languages_are_other(real):
    specs = [
        (f"m{n:03d}", dt.date(2015, 1, 1) + dt.timedelta(days=31 * n), "en", []) for n in range(80)
    ]
    specs += [
        (f"x{code}", dt.date(2021, 6, 1), code, []) for code in ("sv", "nb", "da", "de", "fi")
    ]
    index = _index(real, specs)
    chart = time_chart(index, tuple(s[0] for s in specs), "charts/x.svg", "all")
    assert chart.unit == "month"
    assert len(chart.periods) == MAX_PERIODS and chart.periods[-1] == "2021-09"
    assert chart.periods[0] == "2016-10"
    assert chart.languages == ("en", "da", "de", "fi", "nb", OTHER)
    assert chart.counts[-1][chart.periods.index("2021-06")] == 1  # Swedish, the sixth
    assert chart.earlier == 80 - sum(chart.counts[0])


def test_claim_bars_span_their_periods_and_tell_past_current_and_coming_apart():
    def view(when, start, end):
        claim = DatedClaim("p", "s", when, "year", start, end, False, 1)
        return ClaimView("a", claim, False)

    index_views = [
        view("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        view("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        view("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        view("2025-H1", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        view("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ]
    chart = claim_chart(index_views, dt.date(2025, 8, 27), "charts/x.svg", "claims")
    assert [(r.when, r.start, r.end, r.claims, r.state) for r in chart.rows] == [
        ("2025-H1", dt.date(2025, 1, 1), dt.date(2025, 6, 30), 1, "past"),
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), 1, "current"),
        ("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31), 1, "coming"),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), 2, "coming"),
    ]
    # drawn as bars as long as their periods: a year 365 days, a month 31
    svg = draw(chart)
    widths = _bar_widths(svg)
    assert len(widths) == 4
    assert widths[3] / widths[2] == pytest.approx(365 / 31, rel=0.01)
    assert widths[0] / widths[1] == pytest.approx(181 / 365, rel=0.01)


def _bar_widths(svg: str) -> list[float]:
    """Widths of the bars, in drawing order: the `patch` paths clipped to the axes."""
    widths = []
    for path in re.findall(r'<g id="patch_\d+">\s*<path d="([^"]+)" clip-path=', svg):
        xs = [float(x) for x in re.findall(r"[ML] ([\d.]+) [\d.]+", path)]
        widths.append(max(xs) - min(xs))
    return widths


def test_the_network_weighs_links_by_shared_articles(real):
    index = _index(
        real,
        [
            ("a", dt.date(2025, 8, 25), "en", ["huawei", "smic", "nvidia"]),
            ("b", dt.date(2025, 8, 26), "en", ["huawei", "smic"]),
            ("c", dt.date(2025, 8, 27), "en", ["tesla"]),
        ],
    )
    chart = network_chart(index, "charts/n.svg")
    assert [slug for slug, _, _ in chart.nodes] == ["huawei", "nvidia", "smic"]
    assert chart.edges == (("huawei", "nvidia", 1), ("huawei", "smic", 2), ("nvidia", "smic", 1))
    assert layout(chart) == layout(chart)


def test_pages_embed_each_chart_with_a_text_alternative_and_its_data():
    home = (DOCS / "index.md").read_text("utf-8")
    assert (
        "![Bar chart of articles on the whole briefing per week, by language: 4 articles in "
        "2025-W35 (English 2, Norwegian 1, Swedish 1); most in 2025-W35 (4).]"
        "(charts/home-articles.svg){ .briefing-chart loading=lazy }"
    ) in home
    timeline = (DOCS / "timeline" / "index.md").read_text("utf-8")
    assert "    | 2026 | 2026-01-01 | 2026-12-31 | 9 | coming |" in timeline
    assert "4 claims on periods already over, 5 claims on periods under way" in timeline
    huawei = (DOCS / "companies" / "huawei.md").read_text("utf-8")
    assert "](../charts/companies/huawei-articles.svg)" in huawei
    assert "](../charts/companies/huawei-claims.svg)" in huawei
    companies = (DOCS / "companies" / "index.md").read_text("utf-8")
    assert "](../charts/companies-network.svg)" in companies
    assert "    | Huawei | SMIC | 4 |" in companies
    topic = (DOCS / "topics" / "export-controls.md").read_text("utf-8")
    assert "](../charts/topics/export-controls-articles.svg)" in topic


def test_every_chart_is_a_file_in_docs_and_nothing_in_it_loads_or_runs(real):
    articles, registry = real
    index = build_index(articles, registry, group_stories(articles, []))
    paths = sorted(chart.path for chart in every_chart(index))
    assert paths == sorted(p.relative_to(DOCS).as_posix() for p in DOCS.glob("charts/**/*.svg"))
    for path in paths:
        svg = (DOCS / path).read_text("utf-8")
        assert "<script" not in svg and "<image" not in svg and "<dc:date>" not in svg
        assert not re.search(r'(?:xlink:)?href="(?!#)', svg), path
        assert "<text" in svg  # text stays text: legible, searchable, and set in the page font


def test_each_chart_file_is_named_and_described_by_its_text_alternative(real):
    """Opened on its own (a link, the offline bundle, a screen reader), an SVG chart has a
    `<title>` and, as `<desc>`, the same text alternative as the page's `alt`."""
    import xml.etree.ElementTree as ET

    articles, registry = real
    index = build_index(articles, registry, group_stories(articles, []))
    svg_ns = "{http://www.w3.org/2000/svg}"
    for chart in every_chart(index):
        root = ET.fromstring((DOCS / chart.path).read_bytes())
        assert root.get("role") == "img", chart.path
        assert [child.tag for child in root[:2]] == [f"{svg_ns}title", f"{svg_ns}desc"]
        assert root[0].text == title(chart) and root[0].text
        assert root[1].text == alt(chart)
    home = (DOCS / "index.md").read_text("utf-8")
    assert f"![{alt(home_charts(index)[0])}](charts/home-articles.svg)" in home
    assert title(home_charts(index)[0]) == "Articles on the whole briefing per week, by language"


def test_charts_are_byte_identical_across_two_builds_in_fresh_processes(tmp_path: Path):
    trees = []
    for name in ("one", "two"):
        docs = tmp_path / name / "docs"
        subprocess.run(
            [sys.executable, "-m", "generator", "build", "--docs", str(docs)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        trees.append(
            {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.glob("charts/**/*.svg")}
        )
    assert len(trees[0]) == 22
    assert trees[0] == trees[1]
    assert trees[0] == {
        p.relative_to(DOCS).as_posix(): p.read_bytes() for p in DOCS.glob("charts/**/*.svg")
    }


def test_a_chart_that_fails_to_draw_is_its_own_error_and_keeps_its_last_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from generator.pipeline import build
    from generator.render import charts_draw

    docs = tmp_path / "docs"
    assert build(ROOT / "seeds", docs).count(Level.ERROR) == 0
    good = (docs / "charts" / "timeline-claims.svg").read_bytes()
    drawn = charts_draw.draw_claims

    def broken(chart):
        if chart.path == "charts/timeline-claims.svg":
            raise ValueError("no room for the bars")
        return drawn(chart)

    monkeypatch.setattr(charts_draw, "draw_claims", broken)
    shutil.rmtree(docs.parent / ".briefing-cache")  # so the build runs again
    result = build(ROOT / "seeds", docs)
    assert [d.render() for d in result.diagnostics] == [
        "docs/charts/timeline-claims.svg: internal error while drawing a chart: ValueError: no "
        "room for the bars (the input keeps its last good page; --debug shows the traceback)"
    ]
    assert (docs / "charts" / "timeline-claims.svg").read_bytes() == good
    assert (docs / "charts" / "companies" / "huawei-claims.svg").is_file()


def test_a_chart_whose_data_did_not_change_is_not_drawn_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from generator.pipeline import build
    from generator.render import charts_draw

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", seeds)
    assert build(seeds, docs).count(Level.ERROR) == 0
    before = {p: p.read_bytes() for p in docs.glob("charts/**/*.svg")}

    def never(chart):
        raise AssertionError(f"{chart.path} drawn again")

    for name in ("draw_time", "draw_claims", "draw_network"):
        monkeypatch.setattr(charts_draw, name, never)
    brief = seeds / "index.md"
    brief.write_text(brief.read_text("utf-8") + "\nOne more line of the brief.\n", "utf-8")
    result = build(seeds, docs)  # the home page changes; no chart's data does
    assert result.diagnostics == ()
    assert "One more line of the brief." in (docs / "index.md").read_text("utf-8")
    assert {p: p.read_bytes() for p in docs.glob("charts/**/*.svg")} == before
