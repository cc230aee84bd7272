"""The data exports under docs/data/: parsed back, matched against the articles, documented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.render import exports
from generator.render.exports import COLUMNS, to_csv

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "docs" / "data"


def table(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_each_csv_parses_with_the_documented_columns():
    page = (DATA / "index.md").read_text("utf-8")
    for name, columns in COLUMNS.items():
        with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as file:
            header = next(csv.reader(file))
        assert header == [column for column, _ in columns]
        for column, _ in columns:
            assert f"| `{column}` |" in page.split(f"## {name}.csv", 1)[1]


def test_exports_hold_every_article_figure_and_claim_of_the_corpus():
    articles, _, _, _ = generate(ROOT / "seeds")
    rows = table("articles")
    assert [r["slug"] for r in rows] == [a.slug for a in articles]
    assert len(table("figures")) == sum(len(a.figures) for a in articles)
    assert len(table("claims")) == sum(len(a.claims) for a in articles)
    triple = {r["slug"]: r["letter"] for r in rows if r["story"] == "triple-ai-chip-output-2025-08"}
    assert triple == {
        "000_84dcf3ed1279d9ad": "A",
        "001_446c580a27766759": "B",
        "002_c1677c6ef12f52df": "C",
        "003_072a8291bebfb2bf": "D",
    }
    revenue = next(r for r in table("figures") if r["text"] == "2,88 milliarder yuan")
    assert (revenue["value"], revenue["unit"], revenue["letter"]) == ("2880000000", "CNY", "B")
    assert (revenue["measure"], revenue["about"]) == ("revenue", "cambricon")
    assert revenue["sentence"].startswith("p")
    smic = next(r for r in table("entities") if r["slug"] == "smic")
    assert smic["collection"] == "companies" and int(smic["articles"]) >= 4


def test_the_json_document_has_the_same_rows_typed_and_the_stories():
    document = json.loads((DATA / "briefing.json").read_text("utf-8"))
    for name in COLUMNS:
        assert len(document[name]) == len(table(name))
    claim = next(c for c in document["claims"] if c["phrase"] == "nästa år")
    assert claim["when"] == "2026" and claim["relative"] is True
    story = next(s for s in document["stories"] if s["id"] == "triple-ai-chip-output-2025-08")
    assert [s["letter"] for s in story["sources"]] == ["A", "B", "C", "D"]
    figure = next(f for f in document["figures"] if f["text"] == "2,88 milliarder yuan")
    assert figure["value"] == 2880000000 and figure["about"] == ["cambricon"]
    assert figure["measure"] == "revenue"


def test_exports_are_deterministic_and_linked_from_home():
    _, first, _, _ = generate(ROOT / "seeds")
    _, second, _, _ = generate(ROOT / "seeds")
    data = lambda pages: {p.path: p.text for p in pages if p.path.startswith("data/")}  # noqa: E731
    assert data(first) == data(second)
    assert data(first)["data/figures.csv"] == (DATA / "figures.csv").read_text("utf-8")
    home = (ROOT / "docs" / "index.md").read_text("utf-8")
    for name in (*COLUMNS, "briefing"):
        suffix = "json" if name == "briefing" else "csv"
        assert f"(data/{name}.{suffix})" in home


def test_exports_made_a_few_rows_at_a_time_are_one_json_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # rows are made and written in batches (the whole table at once took 150 MB at ten
    # thousand articles); the document is still exactly what `json.dumps` gives for it all
    monkeypatch.setattr(exports, "BATCH", 2)
    _, pages, _, _ = generate(ROOT / "seeds")
    made = {p.path: p.data for p in pages if p.path.startswith("data/")}
    document = json.loads(made["data/briefing.json"])
    assert (
        made["data/briefing.json"]
        == json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    )
    assert len(document["figures"]) > 2 * exports.BATCH
    assert made == {path: (ROOT / "docs" / path).read_bytes() for path in made}


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_and_commas_survive():
    row = {column: None for column, _ in COLUMNS["articles"]}
    row.update(slug="x", title='=HYPERLINK("http://evil")', companies=["a", "b"], translated=True)
    row["author"] = "Doe, Jane"
    parsed = next(csv.DictReader(io.StringIO(to_csv("articles", [row]))))
    assert parsed["title"] == '\'=HYPERLINK("http://evil")'
    assert parsed["author"] == "Doe, Jane"
    assert (parsed["companies"], parsed["translated"], parsed["date"]) == ("a;b", "true", "")


def test_a_fall_is_a_negative_change_in_figures_csv_and_briefing_json():
    from generator.render.siteindex import build_index
    from generator.stories import group_stories
    from tests.render.test_disagree import REGISTRY, article

    found = article("volvo", "Cambricon said revenue dropped 4.1% in Q3 2025.", "en")
    index = build_index([found], REGISTRY, group_stories([found], []))
    rows = list(exports.figure_rows(index, {"volvo": "A"}))
    lines = to_csv("figures", rows).splitlines()
    assert lines[0].split(",")[7:10] == ["measure", "kind", "period"]
    assert lines[1] == (
        "volvo,story-volvo,A,2025-08-27,,en,cambricon,revenue,change,2025-Q3,,-4.1,,,percent,"
        "4.1%,p1-s1"
    )
    assert (rows[0]["value"], rows[0]["kind"]) == (-4.1, "change")
