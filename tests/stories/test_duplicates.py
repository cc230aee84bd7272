"""Near-duplicate texts: the same, nearly the same, and merely on the same subject."""

from __future__ import annotations

from generator.stories import DuplicateIndex, near_duplicate_pairs

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
    assert index.match(TEXT) == ("a.txt", 1.0)
    found = index.match(EDITED)
    assert found is not None and found[0] == "a.txt" and 0.8 <= found[1] < 1.0
    assert index.match(SAME_SUBJECT) is None
    assert index.match("") is None


def test_pairs_name_the_earlier_seed_first():
    pairs = near_duplicate_pairs([("b.txt", EDITED), ("a.txt", TEXT), ("c.txt", SAME_SUBJECT)])
    assert [(a, b) for a, b, _ in pairs] == [("a.txt", "b.txt")]
