"""Story grouping's limits and the order of a story's sources (its source letters)."""

from __future__ import annotations

import datetime as dt

from generator.model import Article, Figure
from generator.stories import group_stories
from generator.stories.grouping import WINDOW_DAYS, StoryFile


def article(slug: str, date: str | None, figures: tuple[str, ...], who=("huawei",)) -> Article:
    """An article naming `who` and stating each of `figures` (as USD amounts, by label)."""
    stated = tuple(
        Figure(f"USD {label} m", float(label) * 1e6, "USD", 1, tuple(who)) for label in figures
    )
    return Article(
        slug=slug,
        source_file=f"seeds/articles/{slug}.txt",
        title=slug,
        title_derived=False,
        date=dt.date.fromisoformat(date) if date else None,
        language="en",
        language_confidence=1.0,
        translated=False,
        outlet=None,
        url=None,
        author=None,
        lede="",
        paragraphs=(),
        tags=(("companies", tuple(who)), ("people", ()), ("media", ()), ("topics", ())),
        figures=stated,
        claims=(),
    )


def groups(articles: list[Article], files: list[StoryFile] | None = None) -> list[tuple[str, ...]]:
    return sorted(s.members for s in group_stories(articles, files or []))


def test_undated_articles_never_bridge_two_dated_stories():
    # August's story and December's story share no figure; two undated articles each share
    # figures with one of them and with each other: they must not make one story of both.
    august = article("aug", "2025-08-27", ("11", "12"))
    december = article("dec", "2025-12-03", ("21", "22"))
    undated_a = article("u-a", None, ("11", "12", "31", "32"))
    undated_b = article("u-b", None, ("21", "22", "31", "32"))
    found = groups([august, december, undated_a, undated_b])
    assert ("aug", "u-a") in found
    assert ("dec", "u-b") in found
    assert not any("aug" in g and "dec" in g for g in found)


def test_an_undated_article_joins_the_story_it_links_to_most_strongly():
    august = article("aug", "2025-08-27", ("11", "12"))
    december = article("dec", "2025-12-03", ("21", "22", "23"))
    undated = article("u", None, ("11", "12", "21", "22", "23"))
    assert groups([august, december, undated]) == [("aug",), ("dec", "u")]


def test_a_chain_of_links_stops_at_the_time_window():
    # each article shares figures with the next, six days later: linked pairwise, but the
    # story may not span more than WINDOW_DAYS
    days = [dt.date(2025, 3, 1) + dt.timedelta(days=6 * i) for i in range(5)]
    chain = [
        article(f"a{i}", str(day), (str(10 + i), str(11 + i), str(12 + i)))
        for i, day in enumerate(days)
    ]
    found = groups(chain)
    for members in found:
        dates = [days[int(slug[1:])] for slug in members]
        assert (max(dates) - min(dates)).days <= WINDOW_DAYS
    assert found == [("a0", "a1", "a2"), ("a3", "a4")]


def test_a_pin_overrides_the_time_window():
    early = article("early", "2025-01-10", ("11",))
    late = article("late", "2025-06-10", ("99",))
    pinned = StoryFile("long", "Long", "", ("early", "late"), (), "seeds/stories/long.md")
    assert groups([early, late], [pinned]) == [("early", "late")]


def letters(articles: list[Article], story_id: str) -> dict[str, str]:
    story = next(s for s in group_stories(articles, []) if story_id in s.members)
    return {slug: chr(ord("A") + i) for i, slug in enumerate(story.members)}


def test_source_letters_are_kept_when_an_article_is_added():
    # the case: two undated sources, then a later article joins the story
    base = [
        article("000", "2025-08-27", ("11", "12")),
        article("001", "2025-08-27", ("11", "12")),
        article("002", None, ("11", "12")),
        article("003", None, ("11", "12")),
    ]
    before = letters(base, "000")
    assert before == {"000": "A", "001": "B", "002": "C", "003": "D"}
    later = article("005", "2025-08-30", ("11", "12"))
    after = letters([*base, later], "000")
    assert {slug: after[slug] for slug in before} == before
    assert after["005"] == "E"


def test_a_story_files_list_fixes_the_first_letters():
    base = [article("x", "2025-08-27", ("11", "12")), article("y", "2025-08-26", ("11", "12"))]
    listed = StoryFile("s", None, "", ("x",), (), "seeds/stories/s.md")
    story = group_stories(base, [listed])[0]
    assert story.members == ("x", "y")
    assert story.id == "s"
