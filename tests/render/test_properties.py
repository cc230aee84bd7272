"""Property: whatever text the reader accepts, the page it yields is safe and round-trips.

Frontmatter parses back (with python-frontmatter, as MkDocs' readers would) to exactly the
fields the generator meant; the body, rendered with the site's own Markdown extensions, holds
no HTML but the headings and paragraphs the generator writes, and shows exactly the text.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.enrich.article import enrich
from generator.enrich.tagging import Tagger
from generator.model import Entity, Line, Registry, Seed, Topic
from generator.read import frontmatter_io
from generator.render.pages import article_meta
from generator.render.site import article_page, context
from generator.render.siteindex import build_index
from generator.stories.grouping import group_stories

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = Registry(
    (
        Entity("nvidia", "companies", "Nvidia", ("Nvidia",), False, "", "x.md"),
        Entity("ft", "media", "FT", ("FT",), False, "", "y.md"),
    ),
    (Topic("fp8", "FP8", (("en", ("FP8",)),), "", "z.md"),),
)
TAGGER = Tagger(REGISTRY)
ALLOWED_TAGS = {
    "h1",
    "h2",
    "p",
    "a",
    "div",
    "section",  # the panels, left out of the search index
    "ul",
    "li",
    "strong",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "em",
    "mark",  # a sentence a figure or claim cites
    "span",  # the chips' legend, the claims' status
}


class _Collector(HTMLParser):
    """Tags and hrefs of a page, and the text of headings and paragraphs outside the panels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.blocks: list[str] = []
        self.block_tags: list[str] = []
        self._divs: list[bool] = []  # for each open div: is it an admonition panel?
        self._in_anchor = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if tag == "div":
            self._divs.append("admonition" in (attributes.get("class") or ""))
        elif tag == "a":
            self.hrefs.append(attributes.get("href") or "")
            self._in_anchor = True
        elif tag in ("h1", "h2", "p") and not any(self._divs):
            self.blocks.append("")
            self.block_tags.append(tag)

    def handle_endtag(self, tag):
        if tag == "div" and self._divs:
            self._divs.pop()
        elif tag == "a":
            self._in_anchor = False

    def handle_data(self, data):
        if self.blocks and not self._in_anchor and not any(self._divs):
            self.blocks[-1] += data


def _site_extensions() -> list[object]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    return [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]


EXTENSIONS = _site_extensions()
PIECES = st.one_of(
    st.sampled_from(
        [
            *"<>&\"'`*_[]{}()#+-=|~^$!:?%.\\/ \n\t\r\u00a0",
            "---",
            "---\n",
            "date ",
            " date 2025-08-27 ",
            "<script>",
            "Nvidia",
            "FT ",
            "\n\n",
            "Share",
            "1. ",
            "!!! note",
            "\n# ",
            "\n- ",
            "\n1. ",
            "\n> ",
            "\n===\n",
            "\n    ",
            "\n",
        ]
    ),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
TEXT = st.lists(PIECES, min_size=1, max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_accepted_text_gives_a_safe_page_that_round_trips(text: str):
    decoded = frontmatter_io.decode(text.encode("utf-8"), "seeds/articles/x.txt")
    if decoded.text is None:
        return
    split = frontmatter_io.split(decoded.text, "seeds/articles/x.txt")
    if split.diagnostics:
        return
    lines = tuple(Line(split.body_first_line + i, t) for i, t in enumerate(split.body.split("\n")))
    seed = Seed("seeds/articles/x.txt", "x", split.meta, split.key_lines, lines, digest="")
    article, _ = enrich(seed, REGISTRY, TAGGER)
    index = build_index([article], REGISTRY, group_stories([article], []))
    page = article_page((index, context(index, "../")), article)

    post = frontmatter.loads(page.text)
    assert post.metadata == article_meta(article, index.story_of[article.slug])
    assert html.unescape(post.metadata["title"]) == article.title

    collector = _Collector()
    collector.feed(markdown.markdown(post.content, extensions=EXTENSIONS))
    assert set(collector.tags) <= ALLOWED_TAGS
    for href in collector.hrefs:  # only the site's own pages, anchors, or a plain web address
        assert href.startswith(("#", "../", "http://", "https://")), href
        assert not any(c in href for c in "<>\"'` "), href
    shown = [" ".join(block.split()) for block in collector.blocks]
    expected = [" ".join(article.title.split())]
    expected += [" ".join(p.text.split()) for p in article.paragraphs]
    assert shown == expected
    kinds = ["h1"] + ["h2" if p.kind == "subheading" else "p" for p in article.paragraphs]
    assert collector.block_tags == kinds
