"""What a sentence claims will happen, and whom it is about.

Owns the small multilingual lexicon of actions that dated claims report (`tredubbla`,
`tredoble` and `triple` are all "triple"), so that claims from articles in different languages
can be compared; whether a claim is planned or reported; and the step that gives figures and
claims their subjects, measures and periods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import groupby

from generator.enrich import cue_words
from generator.enrich.attribution import Attribution
from generator.enrich.measures import label
from generator.model import DatedClaim, Figure, Paragraph

ACTIONS: dict[str, str] = {
    "triple": r"tripl\w*|three times|threefold|tredubbl\w*|tredobl\w*|trefald\w*",
    "double": r"doubl\w*|twofold|fördubbl\w*|dubblera\w*|dobl\w*|fordobl\w*",
    "start": r"start\w* operating|operational|in operation|launch\w*|i drift|starte\w* opp|"
    r"lansert|lanser\w*|open\w* (?:a|its|the) (?:plant|fab|factory)",
    "list": r"ipos?|initial public offering\w*|börsnot\w*|børsnot\w*|go(?:ne)? public",
    "report": r"results?|resultat\w*|revenue\w*|intäkt\w*|inntekt\w*",
}
_ACTION_PATTERNS = [
    (name, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))
    for name, words in ACTIONS.items()
]


def action_of(sentence: str) -> str | None:
    """The first action (in lexicon order) the sentence reports, if any."""
    return next((name for name, pattern in _ACTION_PATTERNS if pattern.search(sentence)), None)


@lru_cache(maxsize=16)
def _modality_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def compiled(table: dict[str, str]) -> re.Pattern[str]:
        words = table.get(language, table["en"])
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    return compiled(cue_words.PLANNED), compiled(cue_words.REPORTED)


def modality_of(claim: DatedClaim, language: str, base: dt.date | None) -> str:
    """`reported` for a claim about a period over before the publication date `base` or
    told in the words of what happened (`har doblet seg hittil i år`); `planned` for one told
    as announced or forward-looking (`planerar`, `will`, `soll`), and by default."""
    if base is not None and claim.end is not None and claim.end < base:
        return "reported"
    planned, reported = _modality_patterns(language)
    if planned.search(claim.sentence):
        return "planned"
    return "reported" if reported.search(claim.sentence) else "planned"


def attach_subjects(
    paragraphs: tuple[Paragraph, ...],
    figures: tuple[Figure, ...],
    claims: tuple[DatedClaim, ...],
    subjects: Callable[[str], tuple[str, ...]],
    language: str = "en",
    base: dt.date | None = None,
    names_anything: Callable[[str], bool] = lambda text: False,
) -> tuple[tuple[Figure, ...], tuple[DatedClaim, ...]]:
    """Give each figure and claim the subjects of its clause (see `attribution`), each figure
    its measure and period (see `measures`), and each claim an action and a modality."""
    named = Attribution(paragraphs, subjects, language, names_anything)
    text_of = {p.line: p.text for p in paragraphs}
    claims_at: dict[int, list[DatedClaim]] = {}
    for claim in claims:
        claims_at.setdefault(claim.line, []).append(claim)
    labelled: list[Figure] = []
    for line, group in groupby(figures, key=lambda f: f.line):
        labelled += label(text_of.get(line, ""), list(group), claims_at.get(line, []), language)
    new_figures = tuple(replace(f, about=named.about(f.line, f.text)) for f in labelled)
    new_claims = tuple(
        replace(
            c,
            about=named.about(c.line, c.phrase),
            action=action_of(c.sentence),
            modality=modality_of(c, language, base),
        )
        for c in claims
    )
    return new_figures, new_claims
