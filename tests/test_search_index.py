"""The offline bundle's search index, split for the worker (`search_worker.split_offline_index`),
and the shard sizes. The browser side is in tests/test_search.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import search_worker
from generator.search_worker import Shards, index_order, split_offline_index

CONFIG = {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": [], "fields": {"title": {}}}
SMALL = Shards(sharded=5, first=4, largest=8, part=6)


def sections(pages: int) -> list[dict[str, Any]]:
    """Pages of two sections each, articles first (as Material lists them), then entities."""
    docs: list[dict[str, Any]] = []
    for n in range(pages):
        folder = "articles" if n < pages - 3 else "companies"
        page = f"{folder}/p{n}.html"
        docs.append({"location": page, "title": f"Page {n}", "text": f"<p>Text {n} &lt;5nm</p>"})
        docs.append({"location": f"{page}#more", "title": "More", "text": "<p>More</p>"})
    docs[-1]["boost"] = 2
    return docs


def offline_site(tmp_path: Path, docs: list[dict[str, Any]]) -> Path:
    (tmp_path / "search").mkdir(exist_ok=True)
    index = json.dumps({"config": CONFIG, "docs": docs}, separators=(",", ":"))
    (tmp_path / "search" / "search_index.js").write_text(f"var __index = {index}", "utf-8")
    return tmp_path


def read_script(path: Path, name: str) -> Any:
    text = path.read_text("utf-8")
    assert text.startswith(f"var {name} = ") and text.endswith(";\n")
    return json.loads(text[len(f"var {name} = ") : -2])


def test_the_split_holds_every_section_in_the_order_the_worker_indexes_them(tmp_path: Path):
    docs = sections(20)
    site = offline_site(tmp_path, docs)
    written = split_offline_index(site, SMALL)
    page = read_script(site / "search" / "search_index.js", "__index")
    assert page == {"config": {**CONFIG, "briefing_docs": "search/search_docs.js"}, "docs": []}
    first = read_script(site / "search" / "search_docs.js", "__briefing_docs")
    assert len(first["docs"]) == 4 and len(first["parts"]) == 6  # 36 more sections, 6 a part
    rest = [r if isinstance(r, dict) else {"location": r} for r in first["rest"]]
    assert rest[1] == {"location": "companies/p19.html#more", "boost": 2}
    for name in first["parts"]:
        part = read_script(site / name, "__briefing_part")
        for i, fields in enumerate(part["docs"]):
            rest[part["start"] - 4 + i].update(fields)
    rebuilt = first["docs"] + rest
    assert rebuilt == index_order(docs, SMALL.late)
    assert [d["location"] for d in rebuilt[:6]] == [
        f"companies/p{n}.html{s}" for n in (17, 18, 19) for s in ("", "#more")
    ]
    assert sorted(p.name for p in written) == sorted(p.name for p in (site / "search").iterdir())


def test_the_split_is_deterministic_and_leaves_no_stale_part(tmp_path: Path):
    site = offline_site(tmp_path, sections(20))
    split_offline_index(site, SMALL)
    before = {p.name: p.read_bytes() for p in (site / "search").iterdir()}
    offline_site(tmp_path, sections(20))  # Material's offline plugin writes its script again
    split_offline_index(site, SMALL)
    assert {p.name: p.read_bytes() for p in (site / "search").iterdir()} == before
    offline_site(tmp_path, sections(5))  # 10 sections: 4 in full, 6 in one part
    split_offline_index(site, SMALL)
    assert sorted(p.name for p in (site / "search").iterdir()) == [
        "search_docs.1.js",
        "search_docs.js",
        "search_index.js",
    ]


def test_the_offline_index_of_a_site_too_small_for_shards_is_left_as_it_is(tmp_path: Path):
    site = offline_site(tmp_path, sections(20))
    split_offline_index(site, SMALL)
    site = offline_site(tmp_path, sections(2))  # 4 sections, SMALL.sharded is 5
    before = (site / "search" / "search_index.js").read_bytes()
    assert split_offline_index(site, SMALL) == []
    assert [p.name for p in (site / "search").iterdir()] == ["search_index.js"]  # none stale
    assert (site / "search" / "search_index.js").read_bytes() == before


def test_a_site_without_the_offline_plugin_is_left_alone(tmp_path: Path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{}", "utf-8")
    assert split_offline_index(tmp_path, SMALL) == []
    assert [p.name for p in (tmp_path / "search").iterdir()] == ["search_index.json"]


def test_shard_sizes_come_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(search_worker.SHARDS_VARIABLE, raising=False)
    assert Shards.from_environment() == Shards()
    monkeypatch.setenv(search_worker.SHARDS_VARIABLE, "10,8,32,12")
    assert Shards.from_environment() == Shards(10, 8, 32, 12)
    monkeypatch.setenv(search_worker.SHARDS_VARIABLE, "10,8")
    with pytest.raises(ValueError, match="BRIEFING_SEARCH_SHARDS: expected sharded,first"):
        Shards.from_environment()
