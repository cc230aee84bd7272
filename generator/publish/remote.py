"""The site's pages rendered on a Dask cluster (`site --scheduler`), byte for byte as locally.

Owns what a cluster's worker needs to render pages without this machine's disk, and how their
HTML comes back. A worker has Briefing installed but not the project: `pack` puts the project's
files that a page's HTML depends on (the configuration file and those it inherits from, the
hook modules, the theme's `custom_dir` and the whole docs folder) into one compressed archive,
sent once to every worker with what the client computed of the build (each page's source key,
the navigation's and the file list's keys, the site URL) and the versions of the packages that
render a page. On a worker, `render_page` unpacks it once, loads the configuration there,
runs the plugins' `on_startup`, `on_config`, `on_pre_build` and `on_env` and reads the
navigation's pages as the driver does, then renders each page it is given with the same
`pagework.render` a local worker uses and returns its record with the HTML bytes, which the
client writes into the site folder (so the record's `stat` is of the client's file). A worker
whose packages differ from the client's refuses the work, naming them.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.metadata
import io
import os
import shutil
import sys
import tarfile
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs import utils
from mkdocs.config import load_config

from generator.publish import fingerprint
from generator.publish.pagework import Context, render
from generator.publish.records import PageRecord

DOCS = "docs-dir"  # where the docs folder is in the archive, wherever it is on the client
RENDERING = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pygments")
_PACKAGE = Path(__file__).resolve().parent.parent


class RemoteSiteError(Exception):
    """The site cannot be rendered on the cluster: a file it needs lies outside the
    configuration's folder, or a worker's packages differ from the client's."""


@dataclass(frozen=True)
class SiteFiles:
    """What every worker receives once: the project's files (a gzipped tar archive, paths
    relative to the configuration's folder, the docs folder under `DOCS`) and the client's
    keys of this build."""

    token: str
    archive: bytes
    config_file: str
    site_url: str | None
    strict: bool
    sources: dict[str, str]
    navigation: str
    files_key: str
    versions: str


def versions() -> str:
    """Python's version, the versions of the packages that render a page, and a hash of
    Briefing's own code: what a worker must share with the client."""
    found = [sys.version.split()[0]]
    for name in RENDERING:
        try:
            found.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    code = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        code.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return " ".join([*found, f"briefing code {code.hexdigest()[:12]}"])


def _inside(root: Path, path: Path, what: str) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        raise RemoteSiteError(
            f"{path}: the {what} must be inside {root} for the site to render on a cluster"
        ) from None


def _archive(config: Any, root: Path) -> bytes:
    """The configuration files, hook modules, theme overrides and docs folder, as tar.gz."""
    members: list[tuple[Path, str]] = [
        (path, _inside(root, path, "configuration")) for path in fingerprint._config_files(config)
    ]
    for module in (config.get("hooks") or {}).values():
        path = Path(str(module.__file__))
        members.append((path, _inside(root, path, "hook module")))
    folders = [(Path(config.docs_dir), DOCS)]
    if config.theme.custom_dir:
        custom = Path(config.theme.custom_dir)
        folders.append((custom, _inside(root, custom, "theme's custom_dir")))
    for folder, name in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                members.append((path, f"{name}/{path.relative_to(folder).as_posix()}"))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=1) as tar:
        for path, name in members:
            tar.add(path, arcname=name, recursive=False)
    return buffer.getvalue()


def pack(config: Any, context: Context) -> SiteFiles:
    """The files and keys every worker needs to render this build's pages."""
    root = Path(config.config_file_path).resolve().parent
    return SiteFiles(
        token=uuid.uuid4().hex,
        archive=_archive(config, root),
        config_file=_inside(root, Path(config.config_file_path), "configuration"),
        site_url=config.site_url,
        strict=bool(config.strict),
        sources=context.sources,
        navigation=context.navigation,
        files_key=context.files_key,
        versions=versions(),
    )


_WORKER: dict[str, tuple[Path, Context, dict[str, Any]]] = {}
_SETTING_UP = threading.Lock()


@atexit.register
def _forget() -> None:
    """On a worker: the unpacked project removed (when the next build's arrives, or at exit)."""
    for root, _, _ in _WORKER.values():
        shutil.rmtree(root, ignore_errors=True)
    _WORKER.clear()


def _unpacked(files: SiteFiles) -> tuple[Context, dict[str, Any]]:
    """On a worker: the build's context and its pages by source path, made once per build."""
    with _SETTING_UP:
        if files.token not in _WORKER:
            mine = versions()
            if mine != files.versions:
                raise RemoteSiteError(
                    f"this worker has {mine}; the client has {files.versions}: "
                    "install the same Briefing and packages on every worker"
                )
            _forget()
            root = Path(tempfile.mkdtemp(prefix="briefing-site-"))
            with tarfile.open(fileobj=io.BytesIO(files.archive), mode="r:gz") as tar:
                tar.extractall(root, filter="data")
            context = _context(files, root)
            pages = {file.src_uri: file.page for file in context.doc_files}
            _WORKER[files.token] = (root, context, pages)
        _, context, pages = _WORKER[files.token]
        return context, pages


def _context(files: SiteFiles, root: Path) -> Context:
    """The driver's gathering and planning of a full build, on the unpacked project."""
    from generator.publish.driver import SiteBuild  # (the driver imports this module)

    config = load_config(
        config_file=str(root / files.config_file),
        docs_dir=str(root / DOCS),
        site_dir=str(root / "site"),
        strict=files.strict,
    )
    config["site_url"] = files.site_url
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    build = SiteBuild(config, None, root / "site-cache.pickle", full=True)
    context = build.gather()
    build.plan(context)
    context.env = config.plugins.on_env(context.env, config=config, files=context.files)
    context.sources, context.files_key = files.sources, files.files_key
    if context.navigation != files.navigation:
        raise RemoteSiteError("the navigation read on this worker differs from the client's")
    return context


def render_page(files: SiteFiles, uri: str) -> tuple[PageRecord, bytes | None]:
    """On a worker: the page at source path `uri` rendered, and its HTML (None: no file)."""
    context, pages = _unpacked(files)
    page = pages[uri]
    record = render(context, page)
    dest = Path(page.file.abs_dest_path)
    html = dest.read_bytes() if dest.is_file() else None
    dest.unlink(missing_ok=True)
    return record, html


def written(page: Any, result: tuple[PageRecord, bytes | None]) -> PageRecord:
    """On the client: a page's HTML from a worker written into the site folder, and its
    record with the size and modification time of that file."""
    record, html = result
    if html is not None:
        utils.write_file(html, page.file.abs_dest_path)
        info = os.stat(page.file.abs_dest_path)
        record.stat = (info.st_size, info.st_mtime_ns)
    else:
        record.stat = None
    return record
