"""The fast frontmatter writer gives `yaml.dump`'s output byte for byte, and reads back."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate
from generator.render import yamlout
from generator.render.pages import article_meta
from generator.synth.corpus import synthesise

ROOT = Path(__file__).resolve().parents[2]


def reference(meta: dict) -> str:
    return yaml.dump(
        meta, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=2**16
    )


TRICKY = [
    "",
    " ",
    "a ",
    " a",
    "a: b",
    "a:b",
    "a:",
    "a #b",
    "a#b",
    "#a",
    "- a",
    "-a",
    "-",
    "? a",
    "?a",
    "'a'",
    '"a"',
    "it's",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "null",
    "~",
    "1",
    "-1",
    "0x1F",
    "1.5",
    "1e3",
    ".inf",
    ".5",
    "2025-08-27",
    "2025-08-27 10:00",
    "12:30",
    "<<",
    "=",
    "...",
    "---",
    "a\tb",
    "a\nb",
    "a\n",
    "\u2028",
    "a\x85b",
    "\ufeff",
    "😀",
    "ÅÄÖ æøå",
    "[a]",
    "{a}",
    "a, b",
    "@x",
    "`x",
    "%x",
    "!x",
    "&x",
    "*x",
    "|x",
    ">x",
    "x" * 5000,
    "x " * 3000,
    "\x00",
    "\x7f",
]
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.dates()
    | st.sampled_from(TRICKY)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["title", "a", "b: c", "yes", ""]), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(max_size=8) | st.sampled_from(TRICKY), VALUES, max_size=5))
def test_dump_equals_yaml_dump(meta: dict) -> None:
    assert yamlout.dump(meta) == reference(meta)


def test_every_tricky_string_alone_and_in_lists() -> None:
    for text in TRICKY:
        meta = {
            "title": text,
            "about": [text, {"text": text, "line": 3}],
            "when": dt.date(2025, 1, 1),
        }
        assert yamlout.dump(meta) == reference(meta), repr(text)


def test_article_frontmatter_of_a_synthetic_corpus(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    synthesise(seeds, 120, seed=11, registry_from=ROOT / "seeds")
    for name in ("articles",):
        for path in (ROOT / "seeds" / name).iterdir():
            shutil.copy(path, seeds / name / path.name)
    articles, _, _, _ = generate(seeds, None, save_cache=False)
    for article in articles:
        meta = article_meta(article)
        assert yamlout.dump(meta) == reference(meta), article.slug
