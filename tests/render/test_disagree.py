"""Each kind of disagreement a story page shows: dates, figures (beyond rounding and
qualifiers), and vague against specific timing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.enrich.article import enrich
from generator.enrich.tagging import Tagger
from generator.model import Article, Entity, Figure, Line, Registry, Seed
from generator.render.disagree import bounds, disagreements
from generator.render.siteindex import build_index
from generator.stories import group_stories

REGISTRY = Registry(
    (
        Entity("cambricon", "companies", "Cambricon", ("Cambricon",), False, "", "c.md"),
        Entity("smic", "companies", "SMIC", ("SMIC",), False, "", "s.md"),
    ),
    (),
)
TAGGER = Tagger(REGISTRY)


def article(slug: str, text: str, language: str = "en") -> Article:
    body = f" date 2025-08-27 {text}"
    lines = tuple(Line(i + 1, t) for i, t in enumerate(body.split("\n")))
    meta = {"language": language}
    seed = Seed(f"seeds/articles/{slug}.txt", slug, meta, {"language": 1}, lines, digest="")
    found, problems = enrich(seed, REGISTRY, TAGGER)
    assert not problems
    return found


def found(*articles: Article) -> list[tuple[str, str, list[tuple[str, str]]]]:
    index = build_index(list(articles), REGISTRY, group_stories(list(articles), []))
    sources = [(chr(ord("A") + i), a) for i, a in enumerate(articles)]
    return [
        (d.kind, d.subject, [(s.letter, s.says) for s in d.statements])
        for d in disagreements(sources, index)
    ]


def test_dates_two_sources_put_the_same_action_in_different_years():
    a = article("a", "SMIC plans to triple its output next year, sources say.")
    b = article("b", "SMIC plans to triple its output in 2025, sources say.")
    assert found(a, b) == [("dates", "Triple", [("A", "2026"), ("B", "2025")])]
    assert found(a, article("c", "SMIC will triple its output in 2026.")) == []


def test_dates_a_fact_is_never_set_against_a_plan():
    done = article("a", "SMIC has doubled its output so far this year.")
    plan = article("b", "SMIC plans to double its output next year, sources say.")
    assert found(done, plan) == []
    earlier = article("c", "SMIC doubled its output in 2024.")
    assert found(done, earlier) == [("dates", "Double (reported)", [("A", "2025"), ("B", "2024")])]


def test_timing_a_vague_source_against_one_that_gives_a_year():
    vague = article("v", "China plans to triple its AI chip output in the coming years.")
    dated = article("d", "China plans to triple its AI chip output next year, sources say.")
    assert found(vague, dated) == [
        ("timing", "Triple", [("A", "“in the coming years”"), ("B", "2026")])
    ]


@pytest.mark.parametrize(
    "phrase",
    ["within the next few years", "innen få år", "de kommende årene", "de kommande åren"],
)
def test_timing_phrases_in_each_language_are_vague(phrase):
    vague = article("v", f"Landet skal tredoble produksjonen {phrase}.", "nb")
    dated = article("d", "China plans to triple its AI chip output next year, sources say.")
    assert [kind for kind, _, _ in found(vague, dated)] == ["timing"]


def test_timing_loose_words_and_reported_results_are_not_vague_timing():
    dated = article("d", "China plans to triple its AI chip output next year, sources say.")
    loose = article("l", "China plans to triple its AI chip output in the future.")
    assert found(loose, dated) == []
    results = article("r", "Cambricon will report results next year, it said.")
    vague = article("v", "Cambricon will report results in the coming years.")
    assert found(vague, results) == []


def test_timing_a_source_with_a_period_of_its_own_is_not_vague():
    both = article("b", "China will triple output in the coming years. It will triple it in 2026.")
    dated = article("d", "China plans to triple its AI chip output next year, sources say.")
    assert found(both, dated) == []


def revenue(value: float, **fields: object) -> Figure:
    base = Figure("x", value, "CNY", 1, ("cambricon",), "revenue", "2025-H1")
    return replace(base, **fields)  # type: ignore[arg-type]


def with_figure(slug: str, figure: Figure) -> Article:
    text = "Cambricon reported revenue of 2.88 billion yuan in the first half."
    return replace(article(slug, text), figures=(replace(figure, text="2.88 billion yuan"),))


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (revenue(2.88e9), revenue(3.5e9), True),  # plainly different values
        (revenue(2.88e9), revenue(2.9e9), False),  # 2.9 bn is 2.88 bn rounded
        (revenue(1.04e9), revenue(1.06e9), True),  # three digits given: 1.035 to 1.045
        (revenue(2.88e9), revenue(3e9, qualifier="approximate"), False),
        (revenue(45e9), revenue(40e9, qualifier="at_least"), False),
        (revenue(45e9), revenue(40e9, qualifier="at_most"), True),
        (revenue(2.5e9), revenue(2e9, low=2e9, high=3e9), False),  # within a range
        (revenue(2.88e9), revenue(3.5e9, period="2025-Q2"), False),  # another period
        (revenue(2.88e9), revenue(3.5e9, measure="profit"), False),  # another measure
        (revenue(2.88e9), revenue(3.5e9, unit="USD"), False),  # another unit
        (revenue(2.88e9), revenue(3.5e9, about=("smic",)), False),  # another company
        (revenue(2.88e9), revenue(2e9, kind="change"), False),  # a change is no level
        (revenue(2e9, kind="change"), revenue(3.5e9, kind="change"), True),  # two changes
        # a fall `down at most 10 %` allows -10 to 0, so -5 % agrees with it
        (
            revenue(-10, unit="percent", kind="change", qualifier="at_most"),
            revenue(-5, unit="percent", kind="change"),
            False,
        ),
        (
            revenue(-10, unit="percent", kind="change", qualifier="at_least"),
            revenue(-5, unit="percent", kind="change"),
            True,
        ),
    ],
)
def test_figures_apart_beyond_rounding_and_qualifiers(a: Figure, b: Figure, apart: bool):
    kinds = [
        (kind, subject) for kind, subject, _ in found(with_figure("a", a), with_figure("b", b))
    ]
    title = "Revenue" + (" (change)" if a.kind == "change" else "") + ", first half of 2025"
    assert (("figures", title) in kinds) is apart


def test_a_rise_by_an_amount_is_not_set_against_the_level_another_source_gives():
    a = article("a", "Cambricon's revenue rose by 2 billion yuan to 2.88 billion yuan in 1H 2025.")
    b = article("b", "Cambricon's revenue was 2.88 billion yuan in H1 2025.")
    assert [(f.value, f.kind, f.period) for f in a.figures] == [
        (2e9, "change", "2025-H1"),
        (2.88e9, "level", "2025-H1"),
    ]
    assert [kind for kind, _, _ in found(a, b)] == []


def test_a_figure_as_written_allows_half_its_last_digit():
    assert bounds(revenue(1.04e9)) == pytest.approx((1.035e9, 1.045e9))
    assert bounds(revenue(7, unit="nm")) == pytest.approx((6.5, 7.5))
