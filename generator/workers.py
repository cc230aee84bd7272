"""Spreading a build's work over the machine's cores, with a progress bar in a terminal.

Owns when work goes parallel (enough items, more than one usable core, `fork` available, and
`BRIEFING_WORKERS` not set to 1), how (a fork pool: the workers inherit the read-only state the
work needs, such as the registry or the site index, and the items themselves, instead of
receiving pickled copies; only item numbers and the results cross between processes, in
order, so output is deterministic), and
the progress bar (tqdm, on a terminal only: quiet in CI, in logs and in tests).

Given a Dask scheduler (`use_scheduler`, from `--scheduler`, or `BRIEFING_SCHEDULER`), the same
work runs as tasks on that cluster instead (`generator.cluster`, imported only then): the
state sent once to every worker, the items in chunks, the results gathered in order. An item
whose task could not be finished there, after its retries, is given to the caller's `lost`
(its error, named by the caller), or, without one, ends the map with `LostWork` naming it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from tqdm import tqdm

Item = TypeVar("Item")
Result = TypeVar("Result")
MIN_PARALLEL = 400  # below this, starting workers costs more than it saves
CHUNK = 64

_STATE: Any = None
_ITEMS: Sequence[Any] = ()
_FUNCTION: Callable[[Any, Any], Any] | None = None
_SCHEDULER: list[str] = []  # the address `use_scheduler` set, if any


class LostTask(Exception):
    """An item whose task failed on the Dask cluster after its retries (a worker died with
    it, say): what the caller's `lost` receives for each such item."""


class LostWork(Exception):
    """Items a cluster could not finish, for a map without `lost`; the message names them."""

    def __init__(self, names: Sequence[str], reason: str) -> None:
        shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
        super().__init__(f"{len(names)} not finished on the Dask cluster ({reason}): {shown}")
        self.names = tuple(names)


@contextmanager
def use_scheduler(address: str | None) -> Iterator[None]:
    """Within the block, run the work of `parallel_map` on the Dask scheduler at `address`
    (`tcp://HOST:PORT`; None: `BRIEFING_SCHEDULER`, or else the local pool; "": the local
    pool whatever the environment says); the connection is closed at its end (the cluster
    keeps running)."""
    saved = _SCHEDULER[:]
    _SCHEDULER[:] = [] if address is None else [address]
    try:
        yield
    finally:
        _SCHEDULER[:] = saved
        cluster = sys.modules.get("generator.cluster")
        if cluster is not None and not saved and address != "":
            cluster.close()


def scheduler() -> str | None:
    """The Dask scheduler's address the work goes to, or None for the local pool."""
    address = _SCHEDULER[0] if _SCHEDULER else os.environ.get("BRIEFING_SCHEDULER", "")
    return address or None


def workers() -> int:
    """How many processes to use: `BRIEFING_WORKERS`, or one per usable core."""
    configured = os.environ.get("BRIEFING_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def goes_parallel(items: int, minimum: int | None = None) -> bool:
    """Whether `parallel_map` spreads this many items over worker processes (or, with a
    scheduler, over the cluster's workers); `minimum` defaults to `MIN_PARALLEL`."""
    minimum = MIN_PARALLEL if minimum is None else minimum
    if scheduler():
        return items >= minimum
    forking = "fork" in multiprocessing.get_all_start_methods()
    return workers() > 1 and items >= minimum and forking


def show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _call(number: int) -> Any:
    """In a worker: the work on item `number`, which the worker inherited (pickling ten
    thousand articles to send them cost the parent more than a second)."""
    assert _FUNCTION is not None
    return _FUNCTION(_STATE, _ITEMS[number])


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Moves every live object out of the cyclic collector's reach until the outermost
    `frozen_heap` ends (`gc.freeze()` inside it freezes what was made since)."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


def _pooled(
    items: Sequence[Any], count: int, bar: tqdm[Any], chunk: int, renew: int | None
) -> list[Any]:
    """`_call` over `items` in a fork pool of `count` workers, results in order; each worker
    is replaced by a fresh fork after `renew` chunks (None: never), which bounds its memory."""
    # Frozen, the workers' collector leaves the pages of inherited objects shared.
    context = multiprocessing.get_context("fork")
    with frozen_heap(), context.Pool(count, maxtasksperchild=renew) as pool:
        results = []
        for result in pool.imap(_call, range(len(items)), chunksize=chunk):
            results.append(result)
            bar.update()
        return results


def parallel_map(
    function: Callable[[Any, Item], Result],
    items: Sequence[Item],
    state: Any,
    label: str,
    minimum: int | None = None,
    chunk: int | None = None,
    renew: int | None = None,
    lost: Callable[[Item, LostTask], Result] | None = None,
    name: Callable[[Item], str] = str,
) -> list[Result]:
    """`[function(state, item) for item in items]`, over several processes when it pays
    (`minimum` items or more: heavier items pay sooner), `chunk` items at a time, each worker
    replaced after `renew` chunks if given (`minimum` and `chunk` default to `MIN_PARALLEL`
    and `CHUNK`). With a scheduler (`scheduler()`) the work runs on its cluster: `function`
    must then be importable by name, `state` and the items picklable; an item the cluster
    could not finish gives `lost(item, LostTask)`, or without `lost` raises `LostWork` naming
    every such item by `name`."""
    chunk = CHUNK if chunk is None else chunk
    address = scheduler()
    if address and goes_parallel(len(items), minimum):
        from generator.cluster import cluster_map  # Dask is imported only when a build uses it

        with _bar(len(items), label) as bar:
            return cluster_map(address, function, items, state, (chunk, bar), lost, name)
    global _STATE, _ITEMS, _FUNCTION
    _STATE, _ITEMS, _FUNCTION = state, items, function
    try:
        with _bar(len(items), label) as bar:
            if goes_parallel(len(items), minimum):
                return _pooled(items, workers(), bar, chunk, renew)
            results = []
            for item in items:
                results.append(function(state, item))
                bar.update()
            return results
    finally:
        _STATE, _ITEMS, _FUNCTION = None, (), None


@contextmanager
def _bar(total: int, label: str) -> Iterator[tqdm[Any]]:
    bar = tqdm(total=total, desc=label, unit="", disable=not show_progress(), leave=False)
    try:
        yield bar
    finally:
        bar.close()
