"""`briefing init DIR`: a new briefing repository, as `mkdocs new` makes a project.

Owns what a new briefing starts with: `seeds/` with every collection empty (each folder kept
by a `.gitkeep`), the front-page brief, an empty `registry-ignore.yml` and a short editors'
guide; `mkdocs.yml` and `mkdocs.offline.yml`; the theme overrides and a hooks file that loads
Briefing's MkDocs hooks from the installed generator (`site_templates/`); the check and deploy
workflows; a README for the analysts, `requirements.txt` and `.gitignore`. None of it comes
from the default corpus. The files are package data (`skeleton/` here, and the package's site
templates), so `init` works from an installed generator as from a checkout. The title given
with `--title` is written into `mkdocs.yml` (quoted) and the two headings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from generator.model import site_templates
from generator.read import ENTITY_COLLECTIONS

SKELETON = Path(__file__).resolve().parent / "skeleton"
DEFAULT_TITLE = "Briefing"
# skeleton files stored without their leading dot (package data tools skip dotfiles)
_RENAMED = {"gitignore": ".gitignore", "github": ".github"}
# the templates' folder the new site's mkdocs.yml names (`theme.custom_dir`)
_THEME = "theme"


class InitError(Exception):
    """The briefing could not be created; the message says why."""


@dataclass(frozen=True)
class Started:
    """What `init` wrote: the folder and the files in it (relative, sorted)."""

    folder: Path
    files: tuple[str, ...]


def _target(relative: Path) -> Path:
    first, *rest = relative.parts
    return Path(_RENAMED.get(first, first), *rest)


def _fill(text: str, title: str) -> str:
    return text.replace("@TITLE_YAML@", json.dumps(title, ensure_ascii=False)).replace(
        "@TITLE@", title
    )


def _files(title: str) -> dict[str, bytes]:
    """Every file of a new briefing: its path relative to the folder, and its bytes."""
    files: dict[str, bytes] = {}
    for path in sorted(SKELETON.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = _target(path.relative_to(SKELETON)).as_posix()
            files[relative] = _fill(path.read_text("utf-8"), title).encode("utf-8")
    theme = site_templates() / _THEME
    for path in sorted(theme.rglob("*")):
        if path.is_file():
            relative = (Path("site_templates") / _THEME / path.relative_to(theme)).as_posix()
            files[relative] = path.read_bytes()
    for collection in ("articles", *ENTITY_COLLECTIONS, "topics", "stories"):
        files[f"seeds/{collection}/.gitkeep"] = b""
    return files


def init(folder: Path, title: str = DEFAULT_TITLE) -> Started:
    """Create a new briefing in `folder` (made if missing). Raises `InitError` if `folder`
    is a file or a folder with anything in it, or the title is empty; writes nothing then."""
    title = " ".join(title.split())
    if not title:
        raise InitError("the title is empty")
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder} is a file; give a new or empty folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise InitError(f"{folder} is not empty; give a new or empty folder")
    files = _files(title)
    for relative, data in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return Started(folder, tuple(sorted(files)))
