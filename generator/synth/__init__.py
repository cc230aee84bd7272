"""The synthetic corpus for benchmarks and scale tests (a tool, not a stage of the build).

`synthesise(count, out, seed)` writes N plain-text articles in English, Swedish and Norwegian
in the formats of the real seeds, deterministically by seed (`python -m generator synth`).
"""

from generator.synth.corpus import article, make_event, synthesise

__all__ = ["article", "make_event", "synthesise"]
