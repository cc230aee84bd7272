"""The offline bundle as a file: deterministic, complete, and with nothing fetched from a CDN."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    made = []
    for name in ("one", "two"):
        folder = tmp_path_factory.mktemp(name)
        out = folder / "briefing-offline.zip"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "bundle",
                "--docs",
                str(folder / "docs"),
                "--out",
                str(out),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines()[-1].startswith(f"briefing: offline bundle {out} (")
        made.append(out)
    return made


def test_same_seeds_give_the_same_zip(bundles: list[Path]):
    first, second = (hashlib.sha256(p.read_bytes()).hexdigest() for p in bundles)
    assert first == second


def test_bundle_holds_the_inlined_index_and_the_worker_shim(bundles: list[Path]):
    with zipfile.ZipFile(bundles[0]) as archive:
        names = set(archive.namelist())
        assert {
            "briefing/index.html",
            "briefing/search/search_index.js",
            "briefing/assets/javascripts/iframe-worker-shim.js",
            "briefing/stories/triple-ai-chip-output-2025-08.html",
        } <= names
        home = archive.read("briefing/index.html").decode("utf-8")
        assert '<script src="assets/javascripts/iframe-worker-shim.js">' in home
        # Material's bundle.js names CDN polyfills it loads only when a feature needs them
        # (ResizeObserver, Mermaid); no page may load anything from another host itself.
        for name in names:
            if name.endswith(".html"):
                text = archive.read(name).decode("utf-8")
                assert "unpkg.com" not in text and "fonts.googleapis" not in text, name
