"""Whom a figure or a dated claim is about: the subject of its clause.

Owns the attribution rule. A sentence is cut into clauses at commas, semicolons, colons,
brackets and dashes. A figure or claim is about the companies and people named in its own
clause. A clause that names nobody takes its subject from the sentence: a relative clause
(`Nvidia, som hadde inntekter på 44 milliarder dollar`) from the clause just before it, any
other clause from the nearest clause before it that is not relative, so the names inside a
relative clause never become the subject (`Cambricon, som ... Nvidia ..., la frem et
resultat på 1,04 milliarder yuan` is about Cambricon alone). A sentence that names nobody
(`Inntektene kom inn på ...`, `The company ...`), nor any place or medium, is about the
entity the previous sentence was about: the names of that sentence's first clause that names
anyone and is not relative.
Subheadings never lend their names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from generator.enrich import cue_words
from generator.enrich.dates import sentences
from generator.model import Paragraph

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[–—-]\s")
Names = tuple[str, ...]


@lru_cache(maxsize=16)
def _relative(language: str) -> re.Pattern[str]:
    words = cue_words.RELATIVE.get(language, cue_words.RELATIVE["en"])
    return re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence."""
    spans, start = [], 0
    for cut in _CLAUSE_BREAK.finditer(sentence):
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(sentence)))
    return spans


class Attribution:
    """The subjects of the figures and claims of one article's paragraphs."""

    def __init__(
        self,
        paragraphs: tuple[Paragraph, ...],
        subjects: Callable[[str], Names],
        language: str,
        names_anything: Callable[[str], bool] = lambda text: False,
    ) -> None:
        self._subjects = subjects
        self._names_anything = names_anything
        self._relative = _relative(language)
        self._found: dict[str, Names] = {}
        # line -> (paragraph text, its sentence spans, the sentence before its first one)
        self._paragraphs: dict[int, tuple[str, list[tuple[int, int]], str | None]] = {}
        previous: str | None = None
        for paragraph in paragraphs:
            spans = sentences(paragraph.text)
            heading = paragraph.kind == "subheading"
            self._paragraphs[paragraph.line] = (
                paragraph.text,
                spans,
                None if heading else previous,
            )
            if spans:
                last = paragraph.text[spans[-1][0] : spans[-1][1]]
                previous = None if heading else last

    def _in(self, text: str) -> Names:
        if text not in self._found:
            self._found[text] = self._subjects(text)
        return self._found[text]

    def about(self, line: int, text: str) -> Names:
        """The subjects of the first occurrence of `text` in paragraph `line`."""
        if line not in self._paragraphs:
            return ()
        paragraph, spans, before = self._paragraphs[line]
        at = paragraph.find(text)
        if at < 0:
            return ()
        for index, (start, end) in enumerate(spans):
            if start <= at < max(end, start + 1):
                previous = (
                    before if index == 0 else paragraph[spans[index - 1][0] : spans[index - 1][1]]
                )
                return self._of_sentence(paragraph[start:end], at - start, previous)
        return ()

    def _of_sentence(self, sentence: str, at: int, previous: str | None) -> Names:
        parts = [sentence[s:e] for s, e in clauses(sentence)]
        where = next(
            (i for i, (s, e) in enumerate(clauses(sentence)) if s <= at < max(e, s + 1)), 0
        )
        own = self._in(parts[where])
        if own:
            return own
        if self._relative.match(parts[where]) and where > 0:
            antecedent = self._in(parts[where - 1])
            if antecedent:
                return antecedent
        for part in reversed(parts[:where]):
            if not self._relative.match(part) and (names := self._in(part)):
                return names
        if names := self._in(sentence):
            return self._subject(sentence) or names
        if previous is None or self._names_anything(sentence):
            return ()  # about a place or a medium, not about the previous sentence's subject
        return self._subject(previous)

    def _subject(self, sentence: str) -> Names:
        """The names of the first clause of `sentence` that names anyone and is not relative."""
        for start, end in clauses(sentence):
            part = sentence[start:end]
            if not self._relative.match(part) and (names := self._in(part)):
                return names
        return ()
