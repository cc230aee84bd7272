"""YAML blocks of seeds: text as written, typed keys typed, keys given twice reported."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.read import frontmatter_io

# What YAML 1.1 (PyYAML) types implicitly, each as a person may have meant it as text.
YAML_11 = [
    "no",
    "No",
    "NO",
    "yes",
    "off",
    "on",
    "y",
    "n",
    "true",
    "1e3",
    "0x1F",
    "0o17",
    "1_000",
    "12:30",
    "2025-08-27",
    ".inf",
    ".NaN",
    "-0",
    "3.10",
    "007",
]
TEXT_KEYS = [
    "title",
    "outlet",
    "author",
    "notes",
    "summary",
    "story",
    "language",
    "name",
    "country",
    "kind",
    "website",
    "description",
]


@pytest.mark.parametrize("word", YAML_11)
@pytest.mark.parametrize("key", TEXT_KEYS)
def test_text_fields_hold_the_text_written(key, word):
    split = frontmatter_io.split(f"---\n{key}: {word}\n---\nBody\n", "f.md")
    assert (split.meta, split.diagnostics) == ({key: word}, ())


@pytest.mark.parametrize("word", YAML_11)
def test_keys_and_list_items_are_text(word):
    text = f"---\nkeywords: {{{word}: [{word}, b]}}\naliases: [{word}]\n---\n"
    meta = frontmatter_io.split(text, "f.md").meta
    assert meta == {"keywords": {word: [word, "b"]}, "aliases": [word]}


def test_typed_keys_keep_their_types_and_null_stays_null():
    text = "---\ndate: 2025-08-27\ntranslated: no\ncase_sensitive: yes\nsummary: ~\nnotes:\n---\n"
    assert frontmatter_io.split(text, "f.md").meta == {
        "date": dt.date(2025, 8, 27),
        "translated": False,
        "case_sensitive": True,
        "summary": None,
        "notes": None,
    }


def test_quoted_and_block_text_is_as_written():
    text = '---\ntitle: "no"\nnotes: |\n  two\n  lines\n---\n'
    assert frontmatter_io.split(text, "f.md").meta == {"title": "no", "notes": "two\nlines"}


def test_a_date_yaml_cannot_build_is_left_for_the_schema_to_report():
    assert frontmatter_io.split("---\ndate: 2025-02-30\n---\n", "f.md").meta == {
        "date": "2025-02-30"
    }


def test_every_key_given_twice_is_reported_at_its_later_line():
    text = "---\ntitle: a\nsource:\n  a: 1\n  a: 2\ntitle: b\ntitle: c\n---\n"
    split = frontmatter_io.split(text, "seeds/x.txt")
    assert [d.render() for d in split.diagnostics] == [
        "seeds/x.txt:5: source.a: given twice (also on line 4)",
        "seeds/x.txt:6: title: given twice (also on line 2)",
        "seeds/x.txt:7: title: given twice (also on line 2)",
    ]
    assert split.meta == {}


def test_merge_keys_are_no_duplicates_and_aliases_do_not_loop():
    text = "---\nbase: &b {name: x}\nother:\n  <<: *b\n  name: y\n---\n"
    assert frontmatter_io.split(text, "f.md").meta == {
        "base": {"name": "x"},
        "other": {"name": "y"},
    }
    (problem,) = frontmatter_io.split("---\na: &x [1, *x]\n---\n", "f.md").diagnostics
    assert (
        problem.render()
        == "f.md:2: frontmatter: invalid YAML: found an alias that refers to itself"
    )


LINES = st.lists(
    st.tuples(
        st.sampled_from(["title", "date", "language", "keywords", "translated", "x", "no"]),
        st.sampled_from([*YAML_11, "[a, no]", "{no: [a]}", "&a [1]", "*a", "'q'", "|", ""]),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_any_block_is_read_or_reported_never_raised(lines):
    block = "".join(f"{key}: {value}\n" for key, value in lines)
    split = frontmatter_io.split(f"---\n{block}---\nBody\n", "f.md")
    assert split.diagnostics or isinstance(split.meta, dict)
    assert "False" not in repr([d.message for d in split.diagnostics])
