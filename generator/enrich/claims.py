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

from generator.enrich.dates import sentences
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
    # (line, sentence) -> the sentence before it that a figure may borrow names from (None
    # after a heading or at the start), for the paragraphs holding a figure or a claim.
    before: dict[tuple[int, str], str | None] = {}
    wanted = {f.line for f in figures} | {c.line for c in claims}
    previous: str | None = None
    for paragraph in paragraphs:
        heading = paragraph.kind == "subheading"
        for start, end in sentences(paragraph.text):
            sentence = paragraph.text[start:end].strip()
            if paragraph.line in wanted:
                before[(paragraph.line, sentence)] = None if heading else previous
            previous = None if heading else sentence
    named = _Names(before, subjects)
    new_figures = tuple(replace(f, about=named.of(f.line, f.text, borrow=True)) for f in figures)
    new_claims = tuple(
        replace(c, about=named.of(c.line, c.sentence), action=action_of(c.sentence)) for c in claims
    )
    return new_figures, new_claims


class _Names:
    """The names in the sentences of a few paragraphs, found only for the sentences asked
    about (the matcher is the costly part of attaching subjects)."""

    def __init__(
        self,
        before: dict[tuple[int, str], str | None],
        subjects: Callable[[str], tuple[str, ...]],
    ) -> None:
        self._before = before
        self._subjects = subjects
        self._found: dict[str, tuple[str, ...]] = {}

    def _in(self, sentence: str) -> tuple[str, ...]:
        if sentence not in self._found:
            self._found[sentence] = self._subjects(sentence)
        return self._found[sentence]

    def of(self, line: int, text: str, borrow: bool = False) -> tuple[str, ...]:
        """The names in the first sentence of paragraph `line` that holds `text`; with
        `borrow`, those of the sentence before when it names nobody."""
        for (at, sentence), previous in self._before.items():
            if at == line and text in sentence:
                names = self._in(sentence)
                if not names and borrow and previous is not None:
                    names = self._in(previous)
                return names
        return ()
