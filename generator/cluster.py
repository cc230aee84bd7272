"""`parallel_map`'s work as tasks on a Dask distributed cluster (`--scheduler tcp://HOST:PORT`).

Owns the connection to the scheduler (one `distributed.Client` per address for the process,
closed at exit), how the work is sent (the read-only state scattered once to every worker,
the items in chunks of the caller's size, one task each, with `RETRIES` retries), how it comes
back (every chunk's results gathered in the items' order, so the output is the local pool's,
byte for byte) and what a task that still fails becomes: each of its items is handed to the
caller's `lost`, or named in a `LostWork`. A worker runs one of Briefing's tasks at a time
(`run_chunk` holds a lock): the work holds the GIL anyway, and MkDocs' rendering keeps
process-wide state (its loggers), so parallelism comes from worker processes, not threads.

Imported only when a scheduler is given: a plain build does not pay for importing Dask.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable, Sequence
from typing import Any

from distributed import Client, as_completed

from generator.workers import LostTask, LostWork

RETRIES = 2  # a task that fails (its worker died, say) is run again this many times
_CLIENTS: dict[str, Client] = {}
_ONE_AT_A_TIME = threading.Lock()


def client(address: str) -> Client:
    """The process's client of the scheduler at `address`, connected on first use."""
    if address not in _CLIENTS:
        _CLIENTS[address] = Client(address, set_as_default=False, timeout="30s")
    return _CLIENTS[address]


@atexit.register
def close() -> None:
    """Disconnect every client (the cluster itself keeps running)."""
    while _CLIENTS:
        _CLIENTS.popitem()[1].close()


def run_chunk(function: Callable[[Any, Any], Any], state: Any, items: Sequence[Any]) -> list[Any]:
    """On a worker: `function(state, item)` for each item of one chunk, in order."""
    with _ONE_AT_A_TIME:
        return [function(state, item) for item in items]


def cluster_map(
    address: str,
    function: Callable[[Any, Any], Any],
    items: Sequence[Any],
    state: Any,
    chunking: tuple[int, Any],
    lost: Callable[[Any, LostTask], Any] | None,
    name: Callable[[Any], str],
) -> list[Any]:
    """`[function(state, item) for item in items]` on the cluster at `address`, `chunking`
    being the chunk size and the progress bar to advance. Raises `LostWork` for the items
    whose tasks failed after their retries when `lost` is None."""
    size, bar = chunking
    connection = client(address)
    [shared] = connection.scatter([state], broadcast=True, hash=False)
    parts = [list(items[start : start + size]) for start in range(0, len(items), size)]
    futures = [
        connection.submit(run_chunk, function, shared, part, retries=RETRIES, pure=False)
        for part in parts
    ]
    try:
        sizes = {future.key: len(part) for future, part in zip(futures, parts, strict=True)}
        for future in as_completed(futures, loop=connection.loop):
            bar.update(sizes[future.key])
        done = [future for future in futures if future.status == "finished"]
        gathered = iter(connection.gather(done))
        results: list[Any] = []
        unfinished: list[str] = []
        reason = ""
        for future, part in zip(futures, parts, strict=True):
            if future.status == "finished":
                results.extend(next(gathered))
                continue
            error = future.exception()
            reason = f"{type(error).__name__}: {' '.join(str(error).split())}"
            problem = LostTask(
                f"its task failed on the Dask cluster, retried {RETRIES} times ({reason})"
            )
            if lost is None:
                unfinished.extend(name(item) for item in part)
            else:
                results.extend(lost(item, problem) for item in part)
        if unfinished:
            raise LostWork(unfinished, reason)
        return results
    finally:
        connection.cancel([*futures, shared])
