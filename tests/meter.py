"""Running a benchmark step: its wall time and the peak memory of its whole process tree.

Owns `measure`, and how it watches memory without taking CPU from what it measures. Peak memory
is the proportional set size (PSS, `/proc/<pid>/smaps_rollup`) summed over the process and
its descendants, so memory that forked workers share with their parent is counted once.

Reading `smaps_rollup` walks the process's page tables: about 8 ms for a 560 MB process on the
benchmark machine. Polled every 20 ms from the benchmark's own thread, the three processes of a
parallel render (a parent and two workers of about 300 MB each) took some 40 % of a core from
a build that needs both cores, while a one-process `mkdocs build` had the second core to spare:
the 10,000-article full render measured 78-85 s with the poller against 73-74 s without it
(back to back, load 1.7-2.6). So the poller runs in its own thread at the lowest CPU priority
(nice 19, on Linux per thread), and waits ten times the CPU time its last reading took (at least
20 ms): it takes at most about a tenth of a core, and only what the measured program leaves
idle when both cores are busy. Memory that stays up for a second or more is still seen; the
peaks measured here are the sustained heaps of the generator and the render.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOWEST_PRIORITY = 19
MIN_INTERVAL = 0.02  # seconds between readings
COST_FACTOR = 10  # wait this many times the last reading's time


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    rewritten: tuple[str, ...] = ()
    output: str = ""


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid] + [p for child in children for p in _tree(int(child))]


def pss_mb(pid: int) -> float:
    """The proportional set size of `pid` and its descendants, in MB (0 if it is gone)."""
    total = 0
    for member in _tree(pid):
        try:
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


class PeakPoller(threading.Thread):
    """Polls `pss_mb(pid)` until `stop()`, at the lowest priority; `peak` is the highest."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak = pid, 0.0
        self._done = threading.Event()

    def run(self) -> None:
        # Linux: the priority of this thread only (the benchmark's main thread keeps 0)
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWEST_PRIORITY)
        while not self._done.is_set():
            started = time.thread_time()  # CPU time: waiting for a core is not the cost
            self.peak = max(self.peak, pss_mb(self.pid))
            cost = time.thread_time() - started
            self._done.wait(max(MIN_INTERVAL, COST_FACTOR * cost))

    def stop(self) -> float:
        self._done.set()
        self.join()
        return self.peak


def measure(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command` from the repository's root; its wall time and peak memory (PSS of its
    process tree); raises RuntimeError with its output if it fails.

    The file system is synced first, so that flushing what the previous step wrote (ten
    thousand seeds, a docs tree) does not land in this run's time: on this VM's ext4 that
    made file creation up to four times slower, for the generator and mkdocs alike."""
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    poller = PeakPoller(process.pid)
    poller.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    peak = poller.stop()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{output}")
    return Run(seconds, peak, output=output)
