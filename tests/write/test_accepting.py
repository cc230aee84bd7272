"""`accept`: suggested names into registry files, rejected ones onto the ignore list.

The suggestions here are made by hand (the records the names stage passes); the command line
and the names stage together are walked in tests/test_new_briefing.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.model import NameExample, NameSuggestion
from generator.read import build_registry, read_seeds
from generator.read.ignore import HEADER
from generator.write import accept
from tests.test_cli import run  # the generator run as a command, offline


def suggestion(name: str, kind: str, *aliases: str) -> NameSuggestion:
    example = NameExample("seeds/articles/a.txt", 3, f"{name} said so.")
    day = dt.date(2026, 3, 2)
    return NameSuggestion(name, kind, aliases, 4, 3, ("en", "nb"), day, day, (example,))


SUGGESTED = (
    suggestion("Northvolt", "company", "NORTHVOLT", "Northvolts", "Northvolt AB"),
    suggestion("Statens vegvesen", "organization", "Vegvesenet"),
    suggestion("Peter Carlsson", "person"),
)


def test_an_accepted_name_gets_its_file_with_the_suggestions_forms_as_aliases(tmp_path: Path):
    seeds = tmp_path / "seeds"
    report = accept(seeds, ["northvolts", "Vegvesenet"], [], None, SUGGESTED)
    assert report.problems == ()
    assert [(p.relative_to(tmp_path).as_posix(), n, k) for p, n, k in report.written] == [
        ("seeds/companies/northvolt.md", "Northvolt", "company"),
        ("seeds/organizations/statens-vegvesen.md", "Statens vegvesen", "organization"),
    ]
    assert (seeds / "companies" / "northvolt.md").read_text("utf-8") == (
        "---\nname: Northvolt\naliases:\n- Northvolts\n- Northvolt AB\nkind: null\n"
        "country: null\nwebsite: null\n---\n\nThe analysts' brief on Northvolt.\n"
    )
    registry, problems = build_registry(list(read_seeds(seeds).registry_files))
    assert problems == []
    assert {(e.collection, e.slug, e.aliases) for e in registry.entities} == {
        ("companies", "northvolt", ("Northvolt", "Northvolts", "Northvolt AB")),
        ("organizations", "statens-vegvesen", ("Statens vegvesen", "Vegvesenet")),
    }


def test_kind_overrides_the_suggested_one_and_takes_a_name_not_suggested(tmp_path: Path):
    seeds = tmp_path / "seeds"
    report = accept(seeds, ["Peter Carlsson", "Batterifabrikken"], [], "company", SUGGESTED)
    assert [(n, k) for _, n, k in report.written] == [
        ("Peter Carlsson", "company"),
        ("Batterifabrikken", "company"),
    ]
    assert "aliases: []\n" in (seeds / "companies" / "batterifabrikken.md").read_text("utf-8")


def test_a_name_not_suggested_without_kind_and_an_existing_file_are_problems(tmp_path: Path):
    seeds = tmp_path / "seeds"
    (seeds / "companies").mkdir(parents=True)
    (seeds / "companies" / "northvolt.md").write_text("---\nname: Northvolt\n---\nOurs.\n")
    report = accept(seeds, ["Northvolt", "Batterifabrikken", "Peter Carlsson"], [], None, SUGGESTED)
    assert report.problems == (
        f"{seeds}/companies/northvolt.md already exists; edit it instead",
        "'Batterifabrikken' is not among the suggestions (`briefing suggest` lists "
        "them); give --kind to accept it anyway",
    )
    assert [n for _, n, _ in report.written] == ["Peter Carlsson"]
    assert (
        seeds / "companies" / "northvolt.md"
    ).read_text() == "---\nname: Northvolt\n---\nOurs.\n"


def test_rejected_names_go_to_the_ignore_file_sorted_once_each(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    report = accept(seeds, [], ["Les mer", "Annonse"], None, ())
    assert report.ignore_file == seeds / "registry-ignore.yml"
    assert report.ignore_file.read_text("utf-8") == HEADER + "- Annonse\n- Les mer\n"
    accept(seeds, [], ["les mer", "Del artikkelen"], None, ())
    assert report.ignore_file.read_text("utf-8") == (
        HEADER + "- Annonse\n- Del artikkelen\n- Les mer\n"
    )
    tree = read_seeds(seeds)
    registry, problems = build_registry(list(tree.registry_files), tree.ignore_file)
    assert (registry.ignored, problems) == (("Annonse", "Del artikkelen", "Les mer"), [])


def test_a_name_both_accepted_and_rejected_is_neither(tmp_path: Path):
    report = accept(tmp_path, ["Northvolt"], ["northvolt"], None, SUGGESTED)
    assert report == type(report)(
        (), None, ("'Northvolt' is both accepted and rejected; give it once",)
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "briefing: accept: give names to accept, or --reject NAME\n"),
        (
            ("Batterifabrikken",),
            1,
            "briefing: accept: 'Batterifabrikken' is not among the suggestions (`briefing "
            "suggest` lists them); give --kind to accept it anyway\n",
        ),
        (
            ("Batterifabrikken", "--kind", "company"),
            0,
            "briefing: accepted Batterifabrikken (company): seeds/companies/batterifabrikken.md\n"
            "briefing: review the files, then run `briefing build`\n",
        ),
        (
            ("--reject", "Les mer", "--reject", "Annonse"),
            0,
            "briefing: rejected 2 names: seeds/registry-ignore.yml\n"
            "briefing: review the files, then run `briefing build`\n",
        ),
        (("x", "--kind", "topic"), 2, None),
    ],
)
def test_the_command_line(tmp_path: Path, args: tuple[str, ...], code: int, message: str | None):
    (tmp_path / "seeds" / "articles").mkdir(parents=True)
    result = run("accept", *args, cwd=tmp_path)
    assert result.returncode == code, result.stderr
    if message is not None:
        assert result.stderr == message


def test_a_name_the_registry_already_has_is_a_problem(tmp_path: Path):
    seeds = tmp_path / "seeds"
    (seeds / "companies").mkdir(parents=True)
    (seeds / "companies" / "fjordcell.md").write_text(
        "---\nname: Fjordcell\naliases: [Fjordcells]\n---\n", "utf-8"
    )
    result = run("accept", "FJORDCELLS", "--kind", "company", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        1,
        "briefing: accept: 'FJORDCELLS' is already in the registry: seeds/companies/fjordcell.md\n",
    )
    assert sorted(p.name for p in (seeds / "companies").iterdir()) == ["fjordcell.md"]
