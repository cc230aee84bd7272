"""Near-duplicate articles: the same text, or nearly the same, by word-shingle similarity.

Owns what "nearly the same" means: the Jaccard similarity of two texts' sets of five-word
shingles (lower-cased `\\w+` tokens) is at least `THRESHOLD`, or a text of at least
`MIN_CONTAINED` shingles is at least `CONTAINED` inside the other (the article, and the same
article with a teaser, a caption or a footer more). Candidates come from MinHash
signatures in a locality-sensitive hash index (datasketch, fixed seed, so runs agree); each
candidate pair is then confirmed on its exact shingle sets, so no pair is reported on the
sketch's estimate alone. Pure functions of the texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.8  # Jaccard similarity of two texts' shingle sets
CONTAINED = 0.9  # ... or the share of the shorter text's shingles found in the longer
MIN_CONTAINED = 50  # shingles (about 55 words) a text needs to count as contained in another
CANDIDATE = 0.4  # the LSH index's threshold: low enough to propose every contained text
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


def _signature(grams: frozenset[str]) -> MinHash:
    sketch = MinHash(num_perm=PERMUTATIONS, seed=1)
    sketch.update_batch([gram.encode("utf-8") for gram in sorted(grams)])
    return sketch


@dataclass(frozen=True)
class Match:
    """A text found to duplicate `name`: their shingles' Jaccard similarity, and the share
    of the shorter text's shingles found in the other (its containment)."""

    name: str
    similarity: float
    contained: float

    def describe(self) -> str:
        """`same text`, `nearly the same text, 93% alike`, or, for a text that is mostly
        the other one with more around it, `the same text with more around it, 100% contained`."""
        if self.similarity == 1.0:
            return "same text"
        if self.similarity >= THRESHOLD:
            return f"nearly the same text, {self.similarity:.0%} alike"
        return f"the same text with more around it, {self.contained:.0%} contained"


def _match(name: str, a: frozenset[str], b: frozenset[str]) -> Match | None:
    shared = len(a & b)
    similarity = shared / len(a | b)
    shorter = min(len(a), len(b))
    contained = shared / shorter
    if similarity >= THRESHOLD or (shorter >= MIN_CONTAINED and contained >= CONTAINED):
        return Match(name, similarity, contained)
    return None


@dataclass
class DuplicateIndex:
    """Texts seen so far, by name; `match` finds the one a new text duplicates."""

    _grams: dict[str, frozenset[str]] = field(default_factory=dict)
    _lsh: MinHashLSH = field(
        default_factory=lambda: MinHashLSH(threshold=CANDIDATE, num_perm=PERMUTATIONS)
    )

    def match(self, text: str) -> Match | None:
        """The text `text` duplicates, if any: the most similar (then the first by name)."""
        grams = shingles(text)
        if not grams:
            return None
        found = [
            match
            for name in sorted(self._lsh.query(_signature(grams)))
            if (match := _match(name, grams, self._grams[name])) is not None
        ]
        return max(found, key=lambda m: (m.similarity, m.contained), default=None)

    def add(self, name: str, text: str) -> None:
        """Remember `text` under `name` (a name already held is left as it was)."""
        grams = shingles(text)
        if grams and name not in self._grams:
            self._grams[name] = grams
            self._lsh.insert(name, _signature(grams))


def near_duplicate_pairs(texts: Sequence[tuple[str, str]]) -> list[tuple[str, Match]]:
    """(later name, match naming the earlier) for every text of `(name, text)` that
    duplicates one before it in name order (its best match only)."""
    index = DuplicateIndex()
    pairs = []
    for name, text in sorted(texts):
        found = index.match(text)
        if found is not None:
            pairs.append((name, found))
        index.add(name, text)
    return pairs
