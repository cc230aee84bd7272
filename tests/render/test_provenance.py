"""Provenance: each figure and claim links to its sentence, marked, in its article page."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_figure_and_claim_links_to_a_marked_sentence_holding_it():
    page = (ROOT / "docs/articles/001_446c580a27766759.md").read_text("utf-8")
    marks = dict(re.findall(r'<mark id="(p\d+-s\d+)" class="briefing-cite">(.*?)</mark>', page))
    links = re.findall(r"\| \[([^\]]+)\]\(#(p\d+-s\d+)\) \|", page)
    assert len(links) >= 10
    for text, anchor in links:
        shown = text.rstrip("…").replace("\\", "")
        assert shown[:60] in marks[anchor].replace("\\", ""), (text, anchor)
    # 1,04 milliarder yuan stands in the 13th paragraph's first sentence
    assert ("1,04 milliarder yuan", "p13-s1") in links


def test_paragraph_anchors_count_paragraphs_not_seed_lines():
    page = (ROOT / "docs/articles/001_446c580a27766759.md").read_text("utf-8")
    anchors = re.findall(r"\{ #(p\d+) \}", page)
    headings = {3, 7, 12}  # a heading keeps its table-of-contents id
    assert anchors == [f"p{n}" for n in range(1, 17) if n not in headings]
    assert "\n## DeepSeek bruker Nvidia-brikker\n" in page
