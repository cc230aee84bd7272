"""Stage 2, enrich: a `Seed` and the `Registry` in, an `Article` out; pure, one article at a time.

Gives each article its structure, language (with a confidence), registry tags, key figures
(`Figure`) and dated claims (`DatedClaim`), and the `Diagnostic`s of its editor's corrections.
Nothing here reads or writes files; the build spreads `enrich` over the machine's cores.
"""

from generator.enrich.article import enrich
from generator.enrich.dates import claims_in, find_claims, sentences
from generator.enrich.figures import find_figures, parse_number
from generator.enrich.language import forget_model, identify, load_in_background
from generator.enrich.tagging import Tagger

__all__ = [
    "Tagger",
    "claims_in",
    "enrich",
    "find_claims",
    "find_figures",
    "forget_model",
    "identify",
    "load_in_background",
    "parse_number",
    "sentences",
]
