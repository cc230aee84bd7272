"""Where in its article a figure or dated claim stands: stable anchors and marked sentences.

Owns the anchor scheme of article pages. Paragraph n (1-based, headings and lede included)
has the anchor `p<n>` (a heading keeps the id its table of contents gives it). Sentence k of
it, when it holds a figure or a claim or reports an action with vague timing, is wrapped in
`<mark id="p<n>-s<k>">`, so a link to it scrolls to the sentence and the page highlights it
(`:target` in `briefing.css`). Anchors count paragraphs, not seed lines, so an editor adding
a frontmatter block to the seed does not move them; the seed's text is never rewritten, so
they hold for as long as the article is in the briefing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.enrich import sentences
from generator.enrich.claims import action_of
from generator.enrich.timing import vague_timing
from generator.model import Article, Paragraph
from generator.render.mdtext import escape


@dataclass(frozen=True)
class Anchors:
    """The anchors of one article: paragraph numbers by seed line, and the cited sentences."""

    by_line: dict[int, int]  # seed line -> paragraph number
    spans: dict[int, list[tuple[int, int]]]  # paragraph number -> its sentences' offsets
    paragraphs: tuple[Paragraph, ...]

    @classmethod
    def of(cls, article: Article) -> Anchors:
        by_line = {p.line: n for n, p in enumerate(article.paragraphs, 1)}
        return cls(by_line, {}, article.paragraphs)

    def _spans(self, number: int) -> list[tuple[int, int]]:
        if number not in self.spans:
            self.spans[number] = sentences(self.paragraphs[number - 1].text)
        return self.spans[number]

    def _find(self, line: int, text: str) -> tuple[str, str]:
        number = self.by_line.get(line)
        if number is None:
            return "", text
        paragraph = self.paragraphs[number - 1].text
        for k, (start, end) in enumerate(self._spans(number), 1):
            if text and text in paragraph[start:end]:
                return f"p{number}-s{k}", paragraph[start:end].strip()
        heading = self.paragraphs[number - 1].kind == "subheading"
        return ("" if heading else f"p{number}"), text

    def anchor(self, line: int, text: str) -> str:
        """`p<n>-s<k>` for the first sentence of the paragraph at seed `line` that holds
        `text`; `p<n>` if none does; `""` if no paragraph starts at `line`."""
        return self._find(line, text)[0]

    def sentence(self, line: int, text: str) -> str:
        """The sentence `anchor` points to (`text` itself if there is none)."""
        return self._find(line, text)[1]


def action_sentences(article: Article) -> list[tuple[str, str]]:
    """(sentence, anchor) of each sentence that reports an action with vague timing ("triple
    ... in the coming years"): story pages set these against sources that give a date."""
    found = []
    anchors = Anchors.of(article)
    for number, paragraph in enumerate(article.paragraphs, 1):
        if paragraph.kind == "subheading" or not vague_timing(paragraph.text):
            continue
        for k, (start, end) in enumerate(anchors._spans(number), 1):
            sentence = paragraph.text[start:end].strip()
            if vague_timing(sentence) and action_of(sentence):
                found.append((sentence, f"p{number}-s{k}"))
    return found


def cited(article: Article, anchors: Anchors) -> set[str]:
    """The sentence anchors of every figure and claim of `article`."""
    found = {anchors.anchor(f.line, f.text) for f in article.figures}
    found |= {anchors.anchor(c.line, c.sentence) for c in article.claims}
    found |= {anchor for _, anchor in action_sentences(article)}
    return {anchor for anchor in found if "-s" in anchor}


def paragraph_markdown(
    number: int, paragraph: Paragraph, spans: Iterable[tuple[int, int]], marked: set[str]
) -> str:
    """A paragraph as escaped Markdown with its anchor, and its cited sentences marked."""
    text = paragraph.text
    parts: list[str] = []
    at = 0
    for k, (start, end) in enumerate(spans, 1):
        anchor = f"p{number}-s{k}"
        if anchor not in marked:
            continue
        sentence = text[start:end].strip()
        begin = text.index(sentence, start) if sentence else start
        parts.append(escape(text[at:begin]))
        parts.append(f'<mark id="{anchor}" class="briefing-cite">{escape(sentence)}</mark>')
        at = begin + len(sentence)
    parts.append(escape(text[at:]))
    body = " ".join(part for part in parts if part)
    if paragraph.kind == "subheading":  # keeps the id the table of contents gives it
        return f"## {body}"
    return f"{body}\n{{ #p{number} }}"


def article_body(article: Article) -> str:
    """The article's paragraphs as Markdown, each anchored, cited sentences marked."""
    anchors = Anchors.of(article)
    marked = cited(article, anchors)
    blocks = []
    for number, paragraph in enumerate(article.paragraphs, 1):
        has_mark = any(m.startswith(f"p{number}-") for m in marked)
        spans = anchors._spans(number) if has_mark else []
        blocks.append(paragraph_markdown(number, paragraph, spans, marked))
    return "\n\n".join(blocks) + "\n" if blocks else ""
