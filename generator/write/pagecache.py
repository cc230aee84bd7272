"""Detail pages kept from the last build: each page's key, and its text read back from docs/.

Owns `PageCache`: `pages.pickle` in `.briefing-cache/` maps a detail page's path to the key it
was rendered under (`render.detail`) and the sha256 of the text written for it. A page whose
key is unchanged takes its text from its file in docs/, and only if that file still holds
exactly what was written (a hand-edited or deleted page is rendered again). At ten thousand
articles this spares rendering seventeen thousand pages to change thirty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from generator.model import OutputPage
from generator.render import Kept
from generator.write.cache import _load, _save, code_fingerprint


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PageCache:
    """Keys and text hashes of the detail pages of the last build in `folder`, for `docs`."""

    def __init__(self, folder: Path | None, docs: Path, articles: dict[str, str]) -> None:
        self._path = folder / "pages.pickle" if folder else None
        loaded = _load(self._path) if self._path else None
        self._old: dict[str, tuple[str, str]] = loaded if isinstance(loaded, dict) else {}
        self._new: dict[str, tuple[str, str]] = {}
        self._docs = docs
        self.salt = code_fingerprint()  # the code and templates, for the pages' keys
        self.articles = articles  # article slug -> its `ArticleCache` key

    def keys(self) -> dict[str, str]:
        """Page path -> the key it was rendered under in the last build."""
        return {path: key for path, (key, _) in self._old.items()}

    def texts(self, kept: Iterable[Kept]) -> dict[str, bytes]:
        """The content (UTF-8) of each kept page whose file in docs/ is as written then, by
        path."""
        found = {}
        for page in kept:
            try:
                data = (self._docs / page.path).read_bytes()
            except OSError:
                continue
            if _sha(data) == self._old[page.path][1]:
                found[page.path] = data
        return found

    def remember(self, pages: Iterable[OutputPage], keys: dict[str, str]) -> None:
        """This build's pages that have a key (what the next build compares with)."""
        for page in pages:
            key = keys.get(page.path)
            if key is not None:
                old = self._old.get(page.path)
                sha = old[1] if old and old[0] == key else _sha(page.data)
                self._new[page.path] = (key, sha)

    def save(self) -> None:
        """Keep exactly this run's pages."""
        if self._path and self._new != self._old:
            _save(self._path, self._new)
