"""`parallel_map`'s work as tasks on a Dask distributed cluster (`--scheduler tcp://HOST:PORT`).

Owns the connection to the scheduler (one `distributed.Client` per address for the process,
closed at exit), how the work is sent (the read-only state once to every worker, as a worker
plugin: the scheduler hands it to every worker that joins, a restarted one too; the items in
chunks of the caller's size, one task each, with `RETRIES` retries of a task that raises), how
it comes back (each task's results taken as it finishes, put in the items' order, so the
output is the local pool's, byte for byte) and what a task that still fails becomes: its items
go again one task each, and each item that cannot be finished is handed to the caller's
`lost`, or named in a `LostWork`. A worker runs one of Briefing's tasks at a time (`run_chunk`
holds a lock): the work holds the GIL anyway, and MkDocs' rendering keeps process-wide state
(its loggers), so parallelism comes from worker processes, not threads.

Imported only when a scheduler is given: a plain build does not pay for importing Dask.
"""

from __future__ import annotations

import atexit
import threading
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from distributed import Client, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from generator.workers import LostTask, LostWork

RETRIES = 2  # a task that raises is run again this many times (a worker's death is the
# scheduler's to count: `distributed.scheduler.allowed-failures`)
_CLIENTS: dict[str, Client] = {}
_ONE_AT_A_TIME = threading.Lock()
_STATES: dict[str, Any] = {}  # on a worker: the state of each map under way, by its token


class SharedState(WorkerPlugin):
    """A map's read-only state, kept in each worker process while the map runs."""

    def __init__(self, token: str, state: Any) -> None:
        self.token, self.state = token, state

    def setup(self, worker: Any) -> None:
        _STATES[self.token] = self.state

    def teardown(self, worker: Any) -> None:
        _STATES.pop(self.token, None)


def client(address: str) -> Client:
    """The process's client of the scheduler at `address`, connected on first use; an
    `OSError` naming the address if it cannot be reached within 30 seconds."""
    if address not in _CLIENTS:
        try:
            _CLIENTS[address] = Client(address, set_as_default=False, timeout="30s")
        except OSError as exc:
            raise OSError(f"no Dask scheduler at {address}: {exc}") from exc
    return _CLIENTS[address]


@atexit.register
def close() -> None:
    """Disconnect every client (the cluster itself keeps running)."""
    while _CLIENTS:
        _CLIENTS.popitem()[1].close()


def run_chunk(function: Callable[[Any, Any], Any], token: str, items: Sequence[Any]) -> list[Any]:
    """On a worker: `function(state, item)` for each item of one chunk, in order, the state
    being the one `SharedState` left under `token`."""
    with _ONE_AT_A_TIME:
        state = _STATES[token]
        return [function(state, item) for item in items]


def _round(
    connection: Client, function: Any, token: str, parts: list[tuple[int, list[Any]]], bar: Any
) -> tuple[dict[int, list[Any]], dict[int, str]]:
    """One task per part (its first item's number, its items): the results of those that
    finished and the error of those that did not, by first item's number."""
    futures = [
        connection.submit(run_chunk, function, token, part, retries=RETRIES, pure=False)
        for _, part in parts
    ]
    starts = {future.key: start for future, (start, _) in zip(futures, parts, strict=True)}
    sizes = {future.key: len(part) for future, (_, part) in zip(futures, parts, strict=True)}
    results, errors = {}, {}
    done = as_completed(futures, loop=connection.loop, with_results=True, raise_errors=False)
    try:
        for future, result in done:
            if future.status == "finished":
                results[starts[future.key]] = result
                bar.update(sizes[future.key])
            else:
                error = future.exception()
                text = " ".join(str(error).split()).split(". ")[0]  # (Dask's advice follows)
                errors[starts[future.key]] = f"{type(error).__name__}: {text}"
            future.release()
        return results, errors
    finally:
        connection.cancel(futures)


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
    being the chunk size and the progress bar to advance.

    The items go in chunks; the items of a chunk whose task failed (a worker died running it
    more often than the scheduler's `allowed-failures`, or it raised after its retries) go
    again one task each (when a chunk was finished or a worker died: an exception raised by
    every task, such as a worker without Briefing, ends the map at once), and those still
    unfinished again, for as long as such a round finishes any: so an item that kills its
    worker every time is the only one lost, not its chunk. Each lost item is given to `lost`,
    or, when `lost` is None, they end the map with a `LostWork` naming them all."""
    size, bar = chunking
    connection = client(address)
    token = f"briefing-{uuid.uuid4().hex}"
    connection.register_plugin(SharedState(token, state), name=token)
    results: dict[int, list[Any]] = {}
    parts = [(start, list(items[start : start + size])) for start in range(0, len(items), size)]
    try:
        while parts:
            finished, errors = _round(connection, function, token, parts, bar)
            results.update(finished)
            single = all(len(part) == 1 for _, part in parts)
            died = any(error.startswith("KilledWorker") for error in errors.values())
            if not errors or not (finished or (died and not single)):
                break
            parts = [
                (n, [items[n]])
                for start, part in parts
                if start in errors
                for n in range(start, start + len(part))
            ]
    finally:
        connection.unregister_worker_plugin(token)
    failed = {
        n: errors[start]
        for start, part in parts
        if start in errors
        for n in range(start, start + len(part))
    }
    if failed and lost is None:
        raise LostWork([name(items[n]) for n in sorted(failed)], next(iter(failed.values())))
    ordered: list[Any] = []
    for n, item in enumerate(items):
        if n in failed:
            problem = f"its task failed on the Dask cluster ({failed[n]})"
            ordered.append(lost(item, LostTask(problem)) if lost else None)
        elif n in results:
            ordered.extend(results[n])
    return ordered
