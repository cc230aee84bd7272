"""Spreading a build's work over the machine's cores, with a progress bar in a terminal.

Owns when work goes parallel (enough items, more than one usable core, `fork` available, and
`BRIEFING_WORKERS` not set to 1), how (a fork pool: the workers inherit the read-only state the
work needs, such as the registry or the site index, instead of receiving a pickled copy; only
the items and the results cross between processes, in order, so output is deterministic), and
the progress bar (tqdm, on a terminal only: quiet in CI, in logs and in tests).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from tqdm import tqdm

Item = TypeVar("Item")
Result = TypeVar("Result")
MIN_PARALLEL = 400  # below this, starting workers costs more than it saves
CHUNK = 64

_STATE: Any = None
_FUNCTION: Callable[[Any, Any], Any] | None = None


def workers() -> int:
    """How many processes to use: `BRIEFING_WORKERS`, or one per usable core."""
    configured = os.environ.get("BRIEFING_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _call(item: Any) -> Any:
    assert _FUNCTION is not None
    return _FUNCTION(_STATE, item)


def _pooled(items: Sequence[Any], count: int, bar: tqdm[Any]) -> list[Any]:
    """`_call` over `items` in a fork pool of `count` workers, results in order."""
    already_frozen = gc.get_freeze_count() > 0
    gc.freeze()  # the workers' collector then leaves the inherited objects' pages shared
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            results = []
            for result in pool.imap(_call, items, chunksize=CHUNK):
                results.append(result)
                bar.update()
            return results
    finally:
        if not already_frozen:  # the caller froze first, and unfreezes
            gc.unfreeze()


def parallel_map(
    function: Callable[[Any, Item], Result],
    items: Sequence[Item],
    state: Any,
    label: str,
) -> list[Result]:
    """`[function(state, item) for item in items]`, over several processes when it pays."""
    global _STATE, _FUNCTION
    _STATE, _FUNCTION = state, function
    count = workers()
    forking = "fork" in multiprocessing.get_all_start_methods()
    bar = tqdm(total=len(items), desc=label, unit="", disable=not show_progress(), leave=False)
    try:
        if count > 1 and len(items) >= MIN_PARALLEL and forking:
            return _pooled(items, count, bar)
        results = []
        for item in items:
            results.append(function(state, item))
            bar.update()
        return results
    finally:
        bar.close()
        _STATE, _FUNCTION = None, None
