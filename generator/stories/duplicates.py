"""Near-duplicate articles: the same text, or nearly the same, by word-shingle similarity.

Owns what "nearly the same" means: the Jaccard similarity of two texts' sets of five-word
shingles (lower-cased `\\w+` tokens) is at least `THRESHOLD`. Candidates come from MinHash
signatures in a locality-sensitive hash index (datasketch, fixed seed, so runs agree); each
candidate pair is then confirmed on its exact shingle sets, so no pair is reported on the
sketch's estimate alone. Pure functions of the texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.8
SHINGLE_WORDS = 5
PERMUTATIONS = 128
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> frozenset[str]:
    """The text's five-word shingles (all of it, if it has fewer words)."""
    words = _TOKEN.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _signature(grams: frozenset[str]) -> MinHash:
    sketch = MinHash(num_perm=PERMUTATIONS, seed=1)
    sketch.update_batch([gram.encode("utf-8") for gram in sorted(grams)])
    return sketch


@dataclass
class DuplicateIndex:
    """Texts seen so far, by name; `match` finds the one a new text duplicates."""

    threshold: float = THRESHOLD
    _grams: dict[str, frozenset[str]] = field(default_factory=dict)
    _lsh: MinHashLSH | None = None

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.threshold * 0.9, num_perm=PERMUTATIONS)

    def match(self, text: str) -> tuple[str, float] | None:
        """(name, similarity) of the most similar text at or over the threshold, if any
        (ties: the name first in sort order)."""
        grams = shingles(text)
        if not grams or self._lsh is None:
            return None
        best: tuple[str, float] | None = None
        for name in sorted(self._lsh.query(_signature(grams))):
            score = jaccard(grams, self._grams[name])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (name, score)
        return best

    def add(self, name: str, text: str) -> None:
        """Remember `text` under `name` (a name already held is left as it was)."""
        grams = shingles(text)
        if grams and name not in self._grams and self._lsh is not None:
            self._grams[name] = grams
            self._lsh.insert(name, _signature(grams))


def near_duplicate_pairs(
    texts: Sequence[tuple[str, str]], threshold: float = THRESHOLD
) -> list[tuple[str, str, float]]:
    """(earlier name, later name, similarity) of every pair of `(name, text)` whose texts are
    nearly the same, in the order of the later name; each text pairs with its best match
    among those before it."""
    index = DuplicateIndex(threshold)
    pairs = []
    for name, text in sorted(texts):
        found = index.match(text)
        if found is not None:
            pairs.append((found[0], name, found[1]))
        index.add(name, text)
    return pairs
