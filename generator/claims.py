"""What a sentence claims will happen, and whom it is about.

Owns the small multilingual lexicon of actions that dated claims report (`tredubbla`,
`tredoble` and `triple` are all "triple"), so that claims from articles in different languages
can be compared, and the rule that ties a figure or a claim to the companies and people named
in its sentence (a figure in a sentence that names nobody takes the names of the sentence
before, as in "Cambricon reported ... Revenue came in at ..."; subheadings never lend theirs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.dates import sentences
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


def attach_subjects(
    paragraphs: tuple[Paragraph, ...],
    figures: tuple[Figure, ...],
    claims: tuple[DatedClaim, ...],
    subjects: Callable[[str], tuple[str, ...]],
) -> tuple[tuple[Figure, ...], tuple[DatedClaim, ...]]:
    """Give each figure and claim the companies and people of its sentence, and an action."""
    named_in: dict[tuple[int, str], tuple[str, ...]] = {}
    borrowed: dict[tuple[int, str], tuple[str, ...]] = {}
    wanted = {f.line for f in figures} | {c.line for c in claims}  # only these need names
    previous: str | None = None  # the sentence before, whose names a figure may borrow
    for paragraph in paragraphs:
        heading = paragraph.kind == "subheading"
        for start, end in sentences(paragraph.text):
            sentence = paragraph.text[start:end].strip()
            if paragraph.line in wanted:
                named = subjects(sentence)
                named_in[(paragraph.line, sentence)] = named
                if not named and not heading and previous is not None:
                    named = subjects(previous)
                borrowed[(paragraph.line, sentence)] = named
            previous = None if heading else sentence

    def lookup(
        table: dict[tuple[int, str], tuple[str, ...]], line: int, text: str
    ) -> tuple[str, ...]:
        return next(
            (names for (at, sentence), names in table.items() if at == line and text in sentence),
            (),
        )

    new_figures = tuple(replace(f, about=lookup(borrowed, f.line, f.text)) for f in figures)
    new_claims = tuple(
        replace(c, about=lookup(named_in, c.line, c.sentence), action=action_of(c.sentence))
        for c in claims
    )
    return new_figures, new_claims
