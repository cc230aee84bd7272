"""`seeds/registry-ignore.yml`: the names an editor rejected, read into `Registry.ignored`."""

from __future__ import annotations

from pathlib import Path

from generator.read import build_registry, read_seeds
from generator.read.ignore import HEADER, add_ignored, read_ignored

FILE = "seeds/registry-ignore.yml"


def _messages(text: str) -> tuple[tuple[str, ...], list[str]]:
    names, problems = read_ignored(text, FILE)
    return names, [p.render() for p in problems]


def test_names_are_read_as_written_in_file_order():
    text = "# header\n- Related News\n- no\n- 'Tobias  Berg'\n"
    assert _messages(text) == (("Related News", "no", "Tobias Berg"), [])


def test_every_bad_entry_is_reported_at_its_line_and_the_rest_kept():
    text = "# header\n- Share\n- {a: b}\n-\n- [x, y]\n- SHARE\n- ~\n- Like\n"
    assert _messages(text) == (
        ("Share", "Like"),
        [
            f"{FILE}:3: expected a name (got mapping)",
            f"{FILE}:4: expected a name (got empty)",
            f"{FILE}:5: expected a name (got sequence)",
            f"{FILE}:6: warning: 'SHARE' is listed twice (also on line 2)",
            f"{FILE}:7: expected a name (got empty)",
        ],
    )


def test_a_document_that_is_not_a_list_is_an_error():
    assert _messages("# names\nShare: yes\n") == (
        (),
        [f"{FILE}:2: expected a list of names (`- Name`)"],
    )


def test_a_yaml_error_names_its_line():
    assert _messages("- Share\n- 'open\n") == (
        (),
        [f"{FILE}:3: YAML error: found unexpected end of stream"],
    )


def test_an_empty_file_ignores_nothing():
    assert _messages("") == ((), [])
    assert _messages(HEADER) == ((), [])


def test_added_names_are_sorted_once_each_under_the_kept_header():
    text = "# Our rejects\n# (reviewed weekly)\n- Share\n- Like\n"
    assert add_ignored(text, ["related news", "SHARE", "Ålesund  Folk"]) == (
        "# Our rejects\n# (reviewed weekly)\n- Like\n- related news\n- Share\n- Ålesund Folk\n"
    )
    assert add_ignored(None, ["Tobias"]) == HEADER + "- Tobias\n"


def test_the_registry_carries_the_ignored_names_and_their_problems(tmp_path: Path):
    seeds = tmp_path / "seeds"
    (seeds / "companies").mkdir(parents=True)
    (seeds / "companies" / "acme.md").write_text("---\nname: Acme\n---\n", "utf-8")
    (seeds / "registry-ignore.yml").write_text("- Share\n- 3\n- {x: 1}\n", "utf-8")
    tree = read_seeds(seeds)
    registry, problems = build_registry(list(tree.registry_files), tree.ignore_file)
    assert registry.ignored == ("Share", "3")
    assert [p.render() for p in problems] == [f"{FILE}:3: expected a name (got mapping)"]
