"""Where in its article a figure or dated claim stands: stable anchors and marked sentences.

Owns the anchor scheme of article pages. Paragraph n (1-based, headings and lede included) has
the anchor `p<n>`; sentence k of it, when it holds a figure or a claim, is wrapped in
`<mark id="p<n>-s<k>">` so a link to it scrolls to the sentence and the page highlights it
(`:target` in `briefing.css`). Anchors count paragraphs, not seed lines, so an editor adding a
frontmatter block to the seed does not move them; the seed's text is never rewritten, so they
hold for as long as the article is in the briefing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.enrich import sentences
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

    def anchor(self, line: int, text: str) -> str:
        """`p<n>-s<k>` for the first sentence of the paragraph at seed `line` that holds
        `text`; `p<n>` if none does; `""` if no paragraph starts at `line`."""
        number = self.by_line.get(line)
        if number is None:
            return ""
        paragraph = self.paragraphs[number - 1].text
        for k, (start, end) in enumerate(self._spans(number), 1):
            if text and text in paragraph[start:end]:
                return f"p{number}-s{k}"
        return f"p{number}"


def cited(article: Article, anchors: Anchors) -> set[str]:
    """The sentence anchors of every figure and claim of `article`."""
    found = {anchors.anchor(f.line, f.text) for f in article.figures}
    found |= {anchors.anchor(c.line, c.sentence) for c in article.claims}
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
    if paragraph.kind == "subheading":
        return f"## {body} {{ #p{number} }}"
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
