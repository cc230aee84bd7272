"""What a page's HTML depends on, as hashes: the site's environment, its navigation, its files.

Owns the keys of the site cache. A rendered page is a function of

- the environment (`environment_key`): every installed package and its version (MkDocs,
  Material, Markdown and its extensions, ...), Python's version, the configuration as MkDocs
  holds it after every plugin's `on_config` (site URL, directory URLs, theme and its features,
  Markdown extensions, plugin options, the `serve` or `build` mode), the bytes of the
  configuration files and of every hook module, every file in the theme folders that live outside
  installed packages (`custom_dir` overrides), this package's own code, and the build date
  when a theme template reads it;
- the navigation (`navigation_key`), which the theme renders into every page: the structure, each
  entry's title and URL, and each page entry's frontmatter (Material reads `icon`, `status`,
  `subtitle` from it); the previous and next links follow from it;
- the page's own source and place (`source_key`): its Markdown bytes, source path, URL and
  inclusion (draft or not);
- the files its links resolved to (checked per link by `lookup_summary`), or, if the page read
  the whole file list (a template iterating `pages`, a plugin walking `files`), all of them
  (`files_key`).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent
_INHERIT = re.compile(r"^INHERIT:\s*(\S+)\s*$", re.MULTILINE)
_DATED = re.compile(rb"update_date|build_date_utc")


def plain(value: Any, depth: int = 0) -> Any:
    """`value` as nested tuples of plain data, for hashing: objects by type, mappings sorted.

    Objects that are neither plain data nor mappings stand for their type (and their `config`
    mapping, as MkDocs plugins have); a `repr` naming a memory address is never used."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if depth > 12:
        return type(value).__qualname__
    if isinstance(value, Mapping):
        items = ((str(k), plain(v, depth + 1)) for k, v in value.items())
        return ("map", tuple(sorted(items, key=lambda item: item[0])))
    if isinstance(value, list | tuple | set | frozenset):
        values = [plain(v, depth + 1) for v in value]
        return (
            ("set", tuple(sorted(map(repr, values)))) if isinstance(value, set) else tuple(values)
        )
    if isinstance(value, Path):
        return str(value)
    config = getattr(value, "config", None)
    if isinstance(config, Mapping):
        return (type(value).__qualname__, plain(config, depth + 1))
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else (type(value).__qualname__, text)


def digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _files_digest(paths: Iterable[Path]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        if path.is_file():
            found.append((str(path), hashlib.sha256(path.read_bytes()).hexdigest()))
    return found


def _installed() -> list[str]:
    names = (f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    return sorted(set(names))


def _config_files(config: Any) -> list[Path]:
    path = config.config_file_path
    found: list[Path] = []
    while path and Path(path).is_file() and Path(path) not in found:
        found.append(Path(path))
        parent = _INHERIT.search(Path(path).read_text("utf-8"))
        path = Path(path).parent / parent.group(1) if parent else None
    return found


def _outside_packages(folder: str) -> bool:
    return "site-packages" not in Path(folder).parts and "dist-packages" not in Path(folder).parts


def _theme_reads_dates(dirs: Iterable[str]) -> bool:
    """Whether a theme template reads the build date (icons, thousands of SVGs, skipped)."""
    for folder in dirs:
        for parent, subfolders, names in os.walk(folder):
            subfolders[:] = [name for name in subfolders if name != ".icons"]
            for name in names:
                if name.endswith(".html") and _DATED.search(Path(parent, name).read_bytes()):
                    return True
    return False


def environment_key(config: Any, mode: str, build_date: str) -> str:
    """Everything outside the pages that a page's HTML depends on, as one hash.

    `config` is MkDocs' configuration after `on_config`; `mode` says `build` or `serve` (drafts
    are shown when serving); `build_date` joins the key only if a theme template reads it."""
    theme = config.theme
    theme_plain = plain(
        {"name": theme.name, "dirs": theme.dirs, "static": sorted(theme.static_templates)}
    )
    own = [p for d in theme.dirs if _outside_packages(d) for p in sorted(Path(d).rglob("*"))]
    hooks = [Path(str(module.__file__)) for module in (config.get("hooks") or {}).values()]
    settings = {k: v for k, v in config.items() if k not in ("theme", "plugins", "hooks")}
    return digest(
        sys.version,
        _installed(),
        plain(settings),
        theme_plain,
        plain(dict(theme.items())),
        [(name, plain(plugin)) for name, plugin in config.plugins.items()],
        _files_digest(_config_files(config)),
        _files_digest(own),
        _files_digest(hooks),
        _files_digest(sorted(_PACKAGE.glob("*.py"))),
        mode,
        build_date if _theme_reads_dates(theme.dirs) else "",
    )


def _nav_item(item: Any) -> Any:
    kind = "section" if item.is_section else "link" if item.is_link else "page"
    children = tuple(_nav_item(child) for child in item.children or ())
    meta = plain(getattr(item, "meta", None) or {})
    return (kind, item.title, getattr(item, "url", None), meta, children)


def navigation_key(nav: Any) -> str:
    """The navigation as every page renders it: structure, titles, URLs and page frontmatter."""
    homepage = nav.homepage.url if nav.homepage else None
    return digest(homepage, tuple(_nav_item(item) for item in nav.items))


def files_key(files: Iterable[Any]) -> str:
    """Every file of the site: source path, URL, destination and inclusion."""
    return digest([(f.src_uri, f.url, f.dest_uri, f.inclusion.name) for f in files])


def lookup_summary(file: Any) -> tuple[str, str, str] | None:
    """What a page's link to `file` (or to nothing, None) renders from: its URL and inclusion."""
    return None if file is None else (file.src_uri, file.url, file.inclusion.name)


def source_key(file: Any, source_digest: str) -> str:
    """The page's own Markdown (as a hash) and its place in the site."""
    return digest(source_digest, file.src_uri, file.url, file.dest_uri, file.inclusion.name)
