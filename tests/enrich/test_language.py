"""Language identification: the vectorised walk gives py3langid's own scores, to the bit."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from generator.enrich.language import EXPECTED, SAMPLE, identify
from generator.enrich.langvector import DEPTH, VectorIdentifier
from generator.synth.corpus import synthesise

ROOT = Path(__file__).resolve().parents[2]


def test_no_state_of_the_automaton_is_deeper_than_the_window() -> None:
    """Breadth-first from the start state: the fewest bytes that reach each state. If a state
    needed more than DEPTH bytes, the last DEPTH bytes would not decide it."""
    model = VectorIdentifier.shipped(list(EXPECTED))
    rows = np.asarray(model.tk_row, dtype=np.int64) << 8
    depth = np.full(len(rows), -1)
    depth[0], frontier, steps = 0, np.array([0]), 0
    while len(frontier):
        reached = np.unique(model._moves[rows[frontier][:, None] + np.arange(256)])
        frontier = reached[depth[reached] < 0]
        steps += 1
        depth[frontier] = steps
    assert depth.min() >= 0 and depth.max() == DEPTH


def _texts(tmp_path: Path) -> list[str]:
    synthesise(tmp_path / "seeds", 60, seed=3, registry_from=ROOT / "seeds")
    files = sorted((tmp_path / "seeds").rglob("*.*")) + sorted((ROOT / "seeds").rglob("*.*"))
    texts = [path.read_text("utf-8") for path in files]
    rng = random.Random(7)
    for _ in range(400):
        text = rng.choice(texts)
        start = rng.randrange(len(text) + 1)
        texts.append(text[start : start + rng.randrange(120)])  # pieces, empty ones too
        texts.append(bytes(rng.randrange(256) for _ in range(rng.randrange(30))).decode("latin-1"))
    return [*texts, "", "   ", "ÅÄÖ ÆØÅ", "NVIDIA H20 I KINA", "😀" * 40]


def test_scores_equal_py3langid_to_the_bit(tmp_path: Path) -> None:
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(list(EXPECTED))
    vector = VectorIdentifier.shipped(list(EXPECTED))
    for text in _texts(tmp_path):
        sample = text[:SAMPLE]
        assert (vector._decide(sample) == reference._decide(sample)).all(), repr(sample[:80])


def test_the_seeds_languages() -> None:
    found = [identify(p.read_text("utf-8"))[0] for p in sorted((ROOT / "seeds/articles").iterdir())]
    assert found == ["sv", "nb", "en", "en", "en"]  # as tests/data/gold.yml
