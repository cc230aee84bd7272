"""Reading seeds: format cases with sidecar expectations, and bad inputs with exact messages.

`tests/cases/<name>.txt` is read and parsed and compared with `<name>.expected.yml`;
`tests/cases/bad/<name>.txt` is built inside a copy of the project's registry and its
diagnostics are compared, to the letter, with `<name>.expected.txt`.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from generator.pipeline import build
from generator.read.plaintext import parse_article
from generator.read.reader import read_article, read_seeds

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).parent / "cases"
GOOD = sorted(p for p in CASES.glob("*.txt"))
BAD = sorted(p for p in (CASES / "bad").glob("*.txt") if not p.name.endswith(".expected.txt"))


def _seeds_with_registry(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    for folder in ("companies", "media", "people", "places", "topics"):
        shutil.copytree(ROOT / "seeds" / folder, seeds / folder)
    (seeds / "articles").mkdir()
    return seeds


@pytest.mark.parametrize("case", GOOD, ids=lambda p: p.stem)
def test_reader_case(case: Path):
    expected = yaml.safe_load(case.with_suffix(".expected.yml").read_text("utf-8"))
    seed, problems = read_article(CASES, case)
    assert problems == [] and seed is not None
    parsed = parse_article(seed.lines, seed.path)
    paragraphs = parsed.paragraphs
    actual = {
        "date": parsed.date,
        "title": parsed.title,
        "lede": next((p.text for p in paragraphs if p.kind == "lede"), None),
        "subheadings": [p.text for p in paragraphs if p.kind == "subheading"],
        "paragraphs": sum(1 for p in paragraphs if p.kind == "paragraph"),
        "lines": [p.line for p in paragraphs],
        "author": parsed.author,
        "url": parsed.url,
        "translated": parsed.translated,
    }
    if "meta" in expected:
        actual["meta"] = seed.meta
    assert actual == expected
    assert parsed.diagnostics == ()


@pytest.mark.parametrize("case", BAD, ids=lambda p: p.stem)
def test_bad_input_message(case: Path, tmp_path: Path):
    seeds = _seeds_with_registry(tmp_path)
    shutil.copyfile(case, seeds / "articles" / case.name)
    result = build(seeds, tmp_path / "docs")
    expected = case.with_name(f"{case.stem}.expected.txt").read_text("utf-8")
    assert "".join(f"{d.render()}\n" for d in result.diagnostics) == expected


def test_oversize_file_is_refused_with_its_size(tmp_path: Path):
    seeds = _seeds_with_registry(tmp_path)
    (seeds / "articles" / "huge.txt").write_bytes(b"Nvidia. " * 140_000)
    result = build(seeds, tmp_path / "docs")
    assert [d.render() for d in result.diagnostics] == [
        "seeds/articles/huge.txt: file is 1,120,000 bytes, over the limit of 1,048,576 bytes"
    ]


def test_articles_are_read_in_path_order_by_parts_and_hashed(tmp_path: Path):
    """The reader walks folders with strings; the order must stay pathlib's (by parts), as
    page order and the cache depend on it, and each seed carries its file's sha256."""
    seeds = tmp_path / "seeds"
    names = ["a-b/c.txt", "a/b.txt", "a/z/y.txt", "ab.txt", "Q.txt", "a/notes.md", "a.txt"]
    for name in names:
        path = seeds / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Headline {len(name)}\n\nHuawei grows.\n", "utf-8")
    tree = read_seeds(seeds)
    expected = sorted(p for p in (seeds / "articles").rglob("*.txt"))
    assert [s.path for s in tree.articles] == [
        "seeds/" + p.relative_to(seeds).as_posix() for p in expected
    ]
    first = expected[0].read_bytes()
    assert tree.articles[0].digest == hashlib.sha256(first).hexdigest()
