"""The offline bundle: the site built for `file://` and packed into one deterministic zip.

Owns the bundle's build (MkDocs with `mkdocs.offline.yml`, which inherits `mkdocs.yml` and adds
Material's offline plugin and the vendored web-worker shim), rendered by `briefing
site` (byte-identical to `mkdocs build`, but only the pages that changed since the last bundle,
into `.briefing-cache/offline-site/` next to `docs/`), and the zip format: entries in sorted
order with fixed timestamps and permissions, so the same docs give the same bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from generator.write.cache import CACHE_DIR

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
TOP_FOLDER = "briefing"


@dataclass(frozen=True)
class Bundle:
    path: Path
    files: int
    zip_bytes: int
    search_index_bytes: int


class BundleError(Exception):
    """MkDocs could not build the offline site; the message holds its output."""


def build_offline_site(config: Path, docs: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_DOCS": str(docs.resolve())}
    command = [
        sys.executable,
        "-m",
        "generator",
        "site",
        "--strict",
        "--config",
        str(config),
        "--site",
        str(site),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        raise BundleError(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def pack(site: Path, out: Path) -> int:
    """Zip `site` into `out` under one top folder; returns the number of files."""
    names = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"{TOP_FOLDER}/{name}", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (site / name).read_bytes())
    return len(names)


def bundle(config: Path, docs: Path, out: Path) -> Bundle:
    """Build the offline site of `docs` with `config` and pack it into `out`."""
    site = docs.resolve().parent / CACHE_DIR / "offline-site"
    build_offline_site(config, docs, site)
    files = pack(site, out)
    index = site / "search" / "search_index.json"
    index_bytes = index.stat().st_size if index.is_file() else 0
    return Bundle(out, files, out.stat().st_size, index_bytes)
