"""Detail pages kept from the last build: docs/ after an incremental build is byte for byte
the docs/ of a fresh build, after each kind of change an article or story page depends on,
and only the pages whose inputs changed are rendered again."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

import generator.render.site
from generator.pipeline import build
from generator.synth.corpus import article, make_event, synthesise
from tests.benchmark import STORY_LINK, _edit_alias, max_date

ROOT = Path(__file__).resolve().parent.parent.parent


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def _newer_article(seeds: Path, docs: Path) -> None:
    """A dated article later than all others: the day every undated page's claims hold."""
    rng = random.Random(7)
    while not (
        text := article(rng, make_event(rng, 900, max_date(seeds) + dt.timedelta(30)), "en")
    ).startswith(" date "):
        pass
    (seeds / "articles" / "zz_newer_en.txt").write_text(text, "utf-8")


def _joining_article(seeds: Path, docs: Path) -> None:
    """A second report of a story's event: the story and its members' pages change."""
    for page in sorted((docs / "stories").glob("*.md")):
        members = STORY_LINK.findall(page.read_text("utf-8"))
        if len(members) >= 2:
            text = (seeds / "articles" / f"{members[0]}.txt").read_text("utf-8")
            (seeds / "articles" / "zz_joining.txt").write_text(text + "\nOne more line.\n")
            return
    raise AssertionError("no story of two articles")


def _edit_text(seeds: Path, docs: Path) -> None:
    path = sorted((seeds / "articles").glob("*.txt"))[3]
    path.write_text(path.read_text("utf-8") + "\nA closing sentence about nothing.\n", "utf-8")


def _hand_edited_page(seeds: Path, docs: Path) -> None:
    """A generated page changed in docs/ by hand: its inputs are the same, its file is not."""
    page = sorted((docs / "articles").glob("*.md"))[5]
    page.write_text(page.read_text("utf-8") + "\nEdited by hand.\n", "utf-8")


def _removed_article(seeds: Path, docs: Path) -> None:
    sorted((seeds / "articles").glob("*.txt"))[0].unlink()


# each change, and how many article and story pages it renders again, as a share of all:
# a registry change reaches every page (through the names and tags shown), one article a few
CHANGES = {
    "newer article": (_newer_article, (0.01, 0.5)),
    "article joining a story": (_joining_article, (0.01, 0.5)),
    "alias edited": (lambda seeds, docs: _edit_alias(seeds), (1, 1.1)),
    "article text edited": (_edit_text, (0.01, 0.5)),
    "page edited by hand": (_hand_edited_page, (0.01, 0.03)),
    "article removed": (_removed_article, (0.01, 0.5)),
}


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article and story pages rendered (in this process: one worker)."""
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    calls: list[str] = []
    for name in ("article_page", "story_page"):
        real = getattr(generator.render.site, name)

        def counted(state, item, real=real):  # type: ignore[no-untyped-def]
            calls.append(getattr(item, "slug", None) or item.id)
            return real(state, item)

        monkeypatch.setattr(generator.render.site, name, counted)
    return calls


def test_incremental_docs_equal_a_fresh_build_after_each_change(tmp_path: Path, rendered):
    seeds, docs = tmp_path / "seeds", tmp_path / "work" / "docs"
    synthesise(seeds, 40, seed=5, registry_from=ROOT / "seeds")
    assert not build(seeds, docs).diagnostics
    everything = len(rendered)
    for number, (name, (change, (low, high))) in enumerate(CHANGES.items()):
        change(seeds, docs)
        rendered.clear()
        assert not build(seeds, docs).diagnostics, name
        again = len(rendered)
        fresh = tmp_path / f"fresh-{number}" / "docs"
        assert not build(seeds, fresh).diagnostics
        assert tree(docs) == tree(fresh), name
        assert low * everything <= again <= high * everything, (name, again, everything)
        shutil.rmtree(fresh.parent)
    rendered.clear()
    assert build(seeds, docs).report is not None and rendered == []  # nothing changed
