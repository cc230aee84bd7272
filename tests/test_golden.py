"""Whole-site golden trees: the generator's output compared file by file with a unified diff.

`docs/` is the golden tree of the default corpus in `seeds/` (so CI also proves that the
committed docs/ is current); `tests/golden/<site>/expected_docs` is the tree of each extra
corpus. After an intended change: `make docs golden`, then review the diff.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import build
from tests.golden_tool import differences, sites, tree

ROOT = Path(__file__).resolve().parent.parent


def _assert_same(expected: Path, actual: Path) -> None:
    problems = differences(expected, actual)
    assert not problems, "\n".join(problems) + "\n(regenerate with `make docs golden` if intended)"


def test_default_corpus_matches_committed_docs(tmp_path: Path):
    result = build(ROOT / "seeds", tmp_path / "docs")
    assert [d.render() for d in result.diagnostics] == []
    _assert_same(ROOT / "docs", tmp_path / "docs")


@pytest.mark.parametrize("site", sites(), ids=lambda p: p.name)
def test_golden_site(site: Path, tmp_path: Path):
    build(site / "seeds", tmp_path / "docs")
    _assert_same(site / "expected_docs", tmp_path / "docs")


@pytest.mark.parametrize("site", [ROOT, *sites()], ids=lambda p: p.name)
def test_second_run_changes_nothing(site: Path, tmp_path: Path):
    docs = tmp_path / "docs"
    first = build(site / "seeds", docs)
    before = tree(docs)
    second = build(site / "seeds", docs)
    assert first.report is not None and second.report is not None
    assert (second.report.written, second.report.removed) == ((), ())
    assert second.report.unchanged == len(first.pages)
    assert tree(docs) == before


def test_output_does_not_depend_on_where_seeds_live(tmp_path: Path):
    moved = tmp_path / "elsewhere" / "seeds"
    shutil.copytree(ROOT / "seeds", moved)
    build(moved, tmp_path / "docs")
    _assert_same(ROOT / "docs", tmp_path / "docs")
