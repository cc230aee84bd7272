"""Identifying an article's language, with a confidence.

Uses py3langid's shipped model restricted to the languages a briefing expects (restriction
is what makes Swedish, Norwegian and Danish separable on short text), through
`langvector.VectorIdentifier`, which gives py3langid's answers in half the time. Norwegian
is reported as `nb` (Bokmål), the code editors and MkDocs' search use.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

EXPECTED = ("en", "sv", "no", "nn", "da", "de", "fi", "fr")
SAMPLE = 1000  # characters classified: ample for a confident answer, and bounded per article
_REPORTED = {"no": "nb"}


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from generator.enrich.langvector import VectorIdentifier  # numpy: load on first use

    return VectorIdentifier.shipped(list(EXPECTED))


def load_in_background() -> threading.Thread:
    """Start loading the model (0.6 s, mostly LZMA, which releases the interpreter lock, so it
    overlaps with reading the seeds). Join the thread before forking workers: they then
    inherit the model instead of each loading it again."""
    thread = threading.Thread(target=_identifier, name="load-language-model", daemon=True)
    thread.start()
    return thread


def forget_model() -> None:
    """Drop the loaded model (about 60 MB); the next `identify` loads it again."""
    _identifier.cache_clear()


def identify(text: str) -> tuple[str, float]:
    """The most likely language code of `text` and its probability (0-1, 3 decimals)."""
    language, probability = _identifier().classify(text[:SAMPLE])
    return _REPORTED.get(language, language), round(float(probability), 3)
