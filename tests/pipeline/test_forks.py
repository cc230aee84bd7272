"""What the build holds when it forks its page and chart workers: a forked worker's writes
(reference counts included) copy the memory pages it touches, so what is alive then, and for
how long a worker lives, is the build's peak memory (the benchmark measures it)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from generator.model import Article, Level
from generator.pipeline import build
from generator.render import templates
from generator.stories import Story

ROOT = Path(__file__).resolve().parent.parent.parent
detail = sys.modules["generator.render.detail"]
charts_draw = sys.modules["generator.render.charts_draw"]


def test_charts_are_drawn_before_the_detail_pages_and_page_workers_are_renewed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, list[Any], dict[str, Any]]] = []
    compiled: list[set[str]] = []

    def spy(module: Any, label: str) -> None:
        real = module.parallel_map

        def watched(function: Any, items: Any, state: Any, *args: Any, **kwargs: Any) -> Any:
            calls.append((label, list(items), kwargs))
            if label == "pages":
                cache = templates.environment().cache
                assert cache is not None
                compiled.append({name for _, name in cache.keys()})  # noqa: SIM118
            return real(function, items, state, *args, **kwargs)

        monkeypatch.setattr(module, "parallel_map", watched)

    spy(charts_draw, "charts")
    spy(detail, "pages")
    templates.environment.cache_clear()
    result = build(ROOT / "seeds", tmp_path / "docs")
    assert result.report is not None and result.count(Level.ERROR) == 0
    assert [label for label, _, _ in calls] == ["charts", "pages"]
    _, items, kwargs = calls[1]
    assert kwargs["renew"] == detail.RENEW
    kinds = [isinstance(item, Article | Story) for item in items]
    assert kinds == sorted(kinds) and not kinds[0] and kinds[-1]  # entities and topics first
    assert {"article.md.j2", "story.md.j2", "entity.md.j2", "topic.md.j2"} <= compiled[0]
