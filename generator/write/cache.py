"""The build cache in `.briefing-cache/` next to `docs/` (never committed, safe to delete).

Owns two things. Enriched articles (with their candidate names) by content hash: an article is
enriched again only when its seed, the registry or the generator's code changed, so adding one
article to ten thousand enriches one. And the fingerprint of the last clean build: the name,
size and modification time of every file in `seeds/`, a hash of the generator's code and
templates, and the size and modification time of every page it wrote; when all still match, the
build has nothing to do and writes nothing.

The cache holds pickles that only this generator writes; a cache of another version of the
code is never read (its key includes the code's hash) and is replaced on the next build.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from generator.model import Article, Diagnostic, site_templates
from generator.names import ArticleNames

CACHE_DIR = ".briefing-cache"
_PACKAGE = Path(__file__).resolve().parent.parent
_TEMPLATES = site_templates()

# (article, its problems, its candidate names, the CPU seconds reading them took), kept
# pickled: see `ArticleCache`
Enriched = tuple[Article | None, tuple[Diagnostic, ...], ArticleNames | None, float]


def cache_dir(docs: Path) -> Path:
    return docs.resolve().parent / CACHE_DIR


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the generator's own code and templates: a change invalidates every cache."""
    digest = hashlib.sha256()
    for folder in (_PACKAGE, _TEMPLATES):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def inputs_fingerprint(seeds: Path) -> str:
    """A hash of everything a build reads: the code, and the name, size and modification time
    of every file under `seeds/` (as make does: fast enough to run on every build)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in sorted(seeds.rglob("*")):
        stat = path.stat()
        digest.update(
            f"{path.relative_to(seeds).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
        )
    return digest.hexdigest()


def _load(path: Path) -> object:
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # no cache, or one this code cannot read: build without it
        return None


def _save(path: Path, value: object) -> None:
    """Best effort: a cache that cannot be written only makes the next build slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / ".gitignore").write_text("*\n", "utf-8")
        partial = path.with_suffix(".partial")
        with partial.open("wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    except OSError:
        return


class ArticleCache:
    """Enriched articles, keyed by a hash of the seed, the registry and the code.

    Each is held as the pickled bytes the enriching worker sent back, so saving the cache
    writes them as they are instead of pickling ten thousand articles again."""

    def __init__(self, folder: Path | None, registry_key: str) -> None:
        self._path = folder / "articles.pickle" if folder else None
        loaded = _load(self._path) if self._path else None
        self._old: dict[str, bytes] = loaded if isinstance(loaded, dict) else {}
        self._new: dict[str, bytes] = {}
        self._changed = False  # an entry added or dropped since the last build
        self._salt = (code_fingerprint() + registry_key).encode()
        self.hits = 0

    def key(self, path: str, data: bytes) -> str:
        return hashlib.sha256(self._salt + path.encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> bytes | None:
        found = self._old.pop(key, None)  # moved to this run's entries
        if found is not None:
            self.hits += 1
            self._new[key] = found
        return found

    def forget_unasked(self) -> None:
        """Drop the last build's entries not asked for so far: called once every article
        has been looked up, before the misses are enriched, so entries no article will use
        (after a registry edit: every one, 26 MB at ten thousand articles) are not held
        through enrichment."""
        self._changed = self._changed or bool(self._old)
        self._old = {}

    def put(self, key: str, value: bytes) -> None:
        self._new[key] = value
        self._changed = True

    def save(self) -> None:
        """Keep exactly this run's articles (so the cache never grows past the corpus)."""
        if self._path and (self._changed or self._old):
            _save(self._path, self._new)


@lru_cache(maxsize=1)
def _drawing_libraries() -> str:
    return " ".join(f"{name} {version(name)}" for name in ("matplotlib", "networkx"))


class ChartCache:
    """Drawn charts (SVG text), keyed by a hash of the chart's data record and the code: a
    chart whose data did not change is not drawn again (drawing is most of a chart's cost,
    and adding one article changes few charts)."""

    def __init__(self, folder: Path | None) -> None:
        self._path = folder / "charts.pickle" if folder else None
        loaded = _load(self._path) if self._path else None
        self._old: dict[str, str] = loaded if isinstance(loaded, dict) else {}
        self._new: dict[str, str] = {}

    @staticmethod
    def key(record: object) -> str:
        """The key of a chart: its record's `repr` holds every value its picture depends on;
        the code and the drawing libraries' versions hold the rest."""
        salt = code_fingerprint() + _drawing_libraries()
        return hashlib.sha256((salt + repr(record)).encode()).hexdigest()

    def drawn(self, records: list[tuple[str, object]]) -> dict[str, str]:
        """The SVG already drawn for each (path, record) whose record is unchanged, by path."""
        found = {}
        for path, record in records:
            key = self.key(record)
            if key in self._old:
                found[path] = self._new[key] = self._old[key]
        return found

    def put(self, record: object, svg: str) -> None:
        self._new[self.key(record)] = svg

    def save(self) -> None:
        """Keep exactly this run's charts."""
        if self._path and self._new.keys() != self._old.keys():
            _save(self._path, self._new)


@dataclass(frozen=True)
class BuildState:
    """What the last clean build read and wrote."""

    inputs: str
    articles: int
    pages: int
    diagnostics: tuple[Diagnostic, ...]
    written: tuple[tuple[str, int, int], ...]  # (path in docs/, size, mtime in ns)


def docs_stamp(docs: Path, paths: list[str]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path in paths:
        try:
            stat = (docs / path).stat()
        except OSError:
            stat = None
        stamps.append((path, stat.st_size, stat.st_mtime_ns) if stat else (path, -1, -1))
    return tuple(stamps)


def load_state(folder: Path) -> BuildState | None:
    state = _load(folder / "build.pickle")
    return state if isinstance(state, BuildState) else None


def save_state(folder: Path, state: BuildState) -> None:
    _save(folder / "build.pickle", state)


def unchanged(folder: Path, inputs: str, docs: Path) -> BuildState | None:
    """The last build's state if nothing it read or wrote has changed since."""
    state = load_state(folder)
    if state is None or state.inputs != inputs:
        return None
    current = docs_stamp(docs, [path for path, _, _ in state.written])
    return state if current == state.written else None
