"""Creating seed files for people: `new company "Moore Threads"`, `add article.txt`.

Owns the shape of a fresh entity, topic or story file (every key the schema takes, ready to
fill in) and how an added article is named. Never overwrites an existing file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.model import COLLECTIONS, Diagnostic, Level, SourceLocation
from generator.read import frontmatter_io, slugify
from generator.render import dump_frontmatter


class ScaffoldError(Exception):
    """The file could not be created; the message says why."""


def _template(kind: str, name: str, aliases: tuple[str, ...] = ()) -> str:
    if kind == "topic":
        meta: dict[str, object] = {"name": name, "keywords": {"en": [], "sv": [], "nb": []}}
        brief = f"What the topic {name} covers, for the analysts."
    elif kind == "story":
        meta = {"title": name, "articles": [], "exclude": []}
        brief = "The analysts' brief on this story."
    else:
        meta = {
            "name": name,
            "aliases": list(aliases),
            "kind": None,
            "country": None,
            "website": None,
        }
        brief = f"The analysts' brief on {name}."
    return dump_frontmatter(meta) + "\n" + brief + "\n"


def new_seed(seeds: Path, kind: str, name: str, aliases: tuple[str, ...] = ()) -> Path:
    """Create `seeds/<collection>/<slug>.md` for a new entity (with `aliases`), topic or
    story. Raises `ScaffoldError` if the name is empty or the file exists."""
    if not name.strip():
        raise ScaffoldError("the name is empty")
    path = seeds / COLLECTIONS[kind] / f"{slugify(name)}.md"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; edit it instead")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_template(kind, name.strip(), aliases), "utf-8")
    return path


def _next_name(folder: Path, data: bytes) -> str:
    numbers = [int(p.name[:3]) for p in folder.glob("[0-9][0-9][0-9]_*.txt")]
    return f"{max(numbers, default=-1) + 1:03d}_{hashlib.sha256(data).hexdigest()[:16]}"


def add_article(seeds: Path, data: bytes, name: str | None) -> tuple[Path | None, list[Diagnostic]]:
    """Save an article as received under seeds/articles/, if it is readable text."""
    folder = seeds / "articles"
    stem = slugify(name) if name else _next_name(folder, data)
    path = folder / f"{stem}.txt"
    shown = f"{seeds.name}/articles/{stem}.txt"
    decoded = frontmatter_io.decode(data, shown)
    if decoded.text is None:
        return None, list(decoded.diagnostics)
    if path.exists():
        message = "already exists; choose another --name"
        return None, [Diagnostic(Level.ERROR, SourceLocation(shown), message)]
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path, []
