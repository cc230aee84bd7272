"""Name finding in the build: cached per article, `suggest`, `check`'s notes, the editors'
page and `data/suggestions.csv`."""

from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path

import pytest

from generator.check import check
from generator.pipeline import build
from generator.pipeline.names import name_suggestions
from generator.write import cache_dir
from tests.test_cli import run  # the generator run as a command, offline

ROOT = Path(__file__).resolve().parents[2]
names_stage = importlib.import_module("generator.pipeline.generate")  # the module, not its function
ARTICLES = {
    "a.txt": "---\ndate: 2025-09-01\n---\nVolantis grows in Ohio\n\n"
    "Volantis AB opened a plant in Ohio, said chief executive Maren Okafor.\n",
    "b.txt": "---\ndate: 2025-09-02\noutlet: TT\n---\nNy fabrik\n\n"
    "Enligt Volantis AB:s vd Maren Okafor växer fabriken i Ohio.\n",
    "c.txt": "---\ndate: 2025-09-03\n---\nOrders rise\n\n"
    "Orders to Volantis AB rose, Okafor said in Ohio.\n",
    "d.txt": "---\ndate: 2025-09-04\n---\nHiring\n\nThe firm Volantis AB hired staff.\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    articles = tmp_path / "seeds" / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, "utf-8")
    (tmp_path / "seeds" / "places").mkdir()
    (tmp_path / "seeds" / "places" / "ohio.md").write_text("---\nname: Ohio\n---\n", "utf-8")
    return tmp_path


def test_each_articles_names_are_read_once_and_again_only_for_an_added_article(
    project, monkeypatch
):
    read: list[str] = []
    original = names_stage.article_names

    def counting(article):
        read.append(article.slug)
        return original(article)

    monkeypatch.setattr(names_stage, "article_names", counting)
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    assert sorted(read) == ["a", "b", "c", "d"]
    read.clear()
    (seeds / "articles" / "e.txt").write_text("More\n\nVolantis AB hired.\n", "utf-8")
    build(seeds, docs)
    assert read == ["e"]
    read.clear()
    assert name_suggestions(seeds, cache_dir(docs))[0].articles == 5
    assert read == []  # suggest reads the build's cache


def test_suggest_prints_a_table_or_json_filtered_by_kind_articles_and_limit(project):
    build(project / "seeds", project / "docs")  # suggest then reads the articles' cache
    table = run("suggest", cwd=project)
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == [
        "#",
        "name",
        "kind",
        "articles",
        "outlets",
        "languages",
        "named",
        "also",
        "written",
    ]
    assert lines[1].split()[:4] == ["1", "Volantis", "company", "4"]
    assert "Ohio" not in table.stdout  # the registry knows it
    listed = json.loads(run("suggest", "--json", cwd=project).stdout)
    assert [s["name"] for s in listed] == ["Volantis", "Maren Okafor"]
    volantis = listed[0]
    assert {"name", "kind", "aliases", "articles", "languages", "examples"} <= set(volantis)
    assert volantis["languages"] == ["en", "sv"] and volantis["first"] == "2025-09-01"
    assert (volantis["last"], volantis["outlets"], volantis["aliases"]) == (
        "2025-09-04",
        1,
        ["Volantis AB"],
    )
    assert volantis["examples"] == [
        {
            "file": "seeds/articles/d.txt",
            "line": 6,
            "sentence": "The firm Volantis AB hired staff.",
        },
        {
            "file": "seeds/articles/c.txt",
            "line": 6,
            "sentence": "Orders to Volantis AB rose, Okafor said in Ohio.",
        },
    ]
    assert listed[1]["aliases"] == ["Okafor"] and listed[1]["kind"] == "person"
    people = json.loads(run("suggest", "--json", "--kind", "person", cwd=project).stdout)
    assert [s["name"] for s in people] == ["Maren Okafor"]
    wide = json.loads(run("suggest", "--json", "--min-articles", "4", cwd=project).stdout)
    assert [s["name"] for s in wide] == ["Volantis"]
    assert [
        s["name"] for s in json.loads(run("suggest", "--json", "--limit", "1", cwd=project).stdout)
    ] == ["Volantis"]
    assert run("suggest", "--kind", "planet", cwd=project).returncode == 2


def test_check_notes_the_most_named_unknown_names_and_still_passes_strictly(project):
    assert build(project / "seeds", project / "docs").count  # built
    result = check(project / "seeds", project / "docs")
    assert result.diagnostics == ()
    assert [n.render() for n in result.notes] == [
        "seeds/articles/d.txt:6: note: 'Volantis' (company) is named in 4 articles but not in "
        "the registry; briefing accept Volantis (or --reject)",
        "seeds/articles/c.txt:6: note: 'Maren Okafor' (person) is named in 3 articles but not "
        'in the registry; briefing accept "Maren Okafor" (or --reject)',
    ]
    done = run("check", cwd=project)
    assert done.returncode == 0 and "note: 'Volantis'" in done.stderr


def test_the_editors_page_and_the_export_list_the_same_names(project):
    build(project / "seeds", project / "docs")
    page = (project / "docs" / "suggestions.md").read_text("utf-8")
    assert page.startswith("---\ntitle: Names not yet in the registry\n")
    assert "search:\n  exclude: true\n" in page  # out of the search index
    row = next(line for line in page.splitlines() if line.startswith("| **Volantis**"))
    assert row.startswith(
        '| **Volantis**<br>also Volantis AB | company<br><small>legal suffix "AB"</small> | '
        "4<br><small>1 outlet</small> | "
        "English, Swedish<br><small>2025-09-01 – 2025-09-04</small> |"
    )
    assert "seeds/articles/d.txt:6</small>" in row
    rows = list(
        csv.DictReader(
            io.StringIO((project / "docs" / "data" / "suggestions.csv").read_text("utf-8"))
        )
    )
    assert [(r["name"], r["kind"], r["articles"]) for r in rows] == [
        ("Volantis", "company", "4"),
        ("Maren Okafor", "person", "3"),
    ]
    assert rows[1]["aliases"] == "Okafor" and rows[0]["example"] == "seeds/articles/d.txt:6"
    data = (project / "docs" / "data" / "index.md").read_text("utf-8")
    assert "[suggestions.csv](suggestions.csv)" in data and "## suggestions.csv" in data


def test_the_guide_links_the_editors_page():
    guide = (ROOT / "seeds" / "pages" / "guide.md").read_text("utf-8")
    assert "(suggestions.md)" in guide and "briefing suggest" in guide
