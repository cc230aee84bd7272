"""A Dask worker plugin for the tests: a worker that dies while enriching one article.

Registered on a cluster, it wraps `generator.pipeline.generate._enrich` in each worker
process (tasks look the function up by name there, so they run the wrapper): enriching the
seed `slug` ends the worker process at once (`os._exit`, as a crash or the out-of-memory
killer would), on the first try only if a `marker` file is given (the file records it), or
every time without one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


def _module() -> Any:
    """`generator.pipeline.generate` (the package's `generate` attribute is its function)."""
    import generator.pipeline

    return sys.modules[generator.pipeline.generate.__module__]


class DieOnSeed(WorkerPlugin):
    def __init__(self, slug: str, marker: Path | None) -> None:
        self.slug, self.marker = slug, marker

    def setup(self, worker: Any) -> None:
        generate = _module()
        original = getattr(generate._enrich, "__wrapped__", generate._enrich)
        slug, marker = self.slug, self.marker

        def enrich(state: Any, seed: Any) -> bytes:
            if seed.slug == slug and (marker is None or not marker.exists()):
                if marker is not None:
                    marker.write_text(str(os.getpid()), "utf-8")
                os._exit(1)
            return bytes(original(state, seed))

        enrich.__wrapped__ = original  # type: ignore[attr-defined]
        generate._enrich = enrich  # type: ignore[assignment]

    def teardown(self, worker: Any) -> None:
        generate = _module()
        generate._enrich = getattr(generate._enrich, "__wrapped__", generate._enrich)


def site_contexts() -> int:
    """In a worker: how many site renders it holds the unpacked project of (0 or 1)."""
    from generator.publish import remote

    return len(remote._WORKER)


class OtherVersions(WorkerPlugin):
    """Makes a worker report other package versions than the client's (as a worker with
    another MkDocs installed would)."""

    def setup(self, worker: Any) -> None:
        from generator.publish import remote

        real = getattr(remote.versions, "__wrapped__", remote.versions)

        def versions() -> str:
            return "Python 3.0 mkdocs==0.1"

        versions.__wrapped__ = real  # type: ignore[attr-defined]
        remote.versions = versions  # type: ignore[assignment]

    def teardown(self, worker: Any) -> None:
        from generator.publish import remote

        remote.versions = getattr(remote.versions, "__wrapped__", remote.versions)
