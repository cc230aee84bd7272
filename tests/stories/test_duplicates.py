"""Near-duplicate texts: the same, nearly the same, and merely on the same subject."""

from __future__ import annotations

from generator.stories import DuplicateIndex, near_duplicate_pairs
from generator.stories.duplicates import Match

TEXT = (
    "Moore Threads, the Beijing graphics chip designer founded by former Nvidia staff, has "
    "filed for an initial public offering on Shanghai's STAR Market, seeking to raise eight "
    "billion yuan. The company said in its prospectus that it expects to turn a profit next "
    "year as demand for domestic accelerators grows after Washington tightened export rules."
)
EDITED = TEXT.replace("eight billion yuan", "8 billion yuan")
SAME_SUBJECT = (
    "Moore Threads wants to raise money in Shanghai. The graphics chip designer, founded by "
    "former Nvidia staff, hopes for a profit next year as Chinese buyers turn to local chips."
)


def test_the_same_and_nearly_the_same_text_match_but_the_same_subject_does_not():
    index = DuplicateIndex()
    index.add("a.txt", TEXT)
    assert index.match(TEXT) == Match("a.txt", 1.0, 1.0)
    found = index.match(EDITED)
    assert found is not None and found.name == "a.txt" and 0.8 <= found.similarity < 1.0
    assert found.describe() == f"nearly the same text, {found.similarity:.0%} alike"
    assert index.match(SAME_SUBJECT) is None
    assert index.match("") is None


def test_a_text_inside_a_longer_one_matches_when_it_is_long_enough():
    index = DuplicateIndex()
    wrapped = f"Read more: our newsletter. {TEXT} {SAME_SUBJECT} {SAME_SUBJECT.upper()}"
    index.add("long.txt", wrapped)
    found = index.match(TEXT)
    assert found is not None and found.similarity < 0.8 and found.contained == 1.0
    assert found.describe() == "the same text with more around it, 100% contained"
    assert index.match(TEXT[:200]) is None  # a teaser of 30 words is too short to tell


def test_pairs_name_the_earlier_seed():
    pairs = near_duplicate_pairs([("b.txt", EDITED), ("a.txt", TEXT), ("c.txt", SAME_SUBJECT)])
    assert [(later, match.name) for later, match in pairs] == [("b.txt", "a.txt")]
