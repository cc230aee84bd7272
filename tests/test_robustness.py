"""Properties: whatever an article holds, enrichment never raises and its page round-trips.

Article text is built from what broke the build on real news: runs of digits and separators
(`.,'’ -–−`, no-break and thin spaces), currency signs and words, scale words, date words and
ordinals in five languages, quotes and guillemets, Markdown and HTML control characters, and
CR, LF and BOM, read as a seed of each language, dated or not. Numbers in a language's own
format read back to their value; anything else is no number, never an exception.
"""

from __future__ import annotations

import datetime as dt

import frontmatter
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.enrich.article import enrich
from generator.enrich.dates import find_claims
from generator.enrich.figures import COMMA_DECIMAL, find_figures, parse_number
from generator.enrich.tagging import Tagger
from generator.model import Entity, Line, Registry, Seed, Topic
from generator.read import frontmatter_io
from generator.render.listings import list_pages
from generator.render.pages import article_meta
from generator.render.site import article_page, context
from generator.render.siteindex import build_index
from generator.stories.grouping import group_stories

LANGUAGES = ["en", "sv", "nb", "nn", "da", "de"]
REGISTRY = Registry(
    (Entity("huawei", "companies", "Huawei", ("Huawei",), False, "", "x.md"),),
    (Topic("chips", "Chips", (("no", ("KI-brikke*",)), ("en", ("chip*",))), "", "z.md"),),
)
TAGGER = Tagger(REGISTRY)
SEPARATORS = [".", ",", "'", "’", " ", "-", "–", "−", "\u00a0", "\u202f"]
CURRENCY = "$ US$ € £ ¥ kr kr. NOK SEK USD EUR RMB HK$ dollar dollars euro yuan kroner kronor"
SCALES = "thousand million mn bn billion millioner milliarder mrd. mill. miljoner miljarder mdr"
SCALES += " mio. mia. Millionen Milliarden Mrd. Prozent prosent procent percent % per cent nm"
DATE_WORDS = (
    "first second third fourth half quarter of this next year the end by in Q1 Q2 Q3 Q4 H1 H2 "
    "första andra tredje fjärde halvåret kvartalet nästa år i slutet av vid årsskiftet "
    "første andre fyrste anden andet tredje fjerde halvår halvåret kvartal neste næste "
    "ved utgangen av mot slutten ersten zweiten dritten vierten Halbjahr nächsten Jahr Ende "
    "dieses Jahres im januar August märz mai desember marts december juni"
)
YEARS = ["1999", "2025", "2026", "2099", "1900", "20251", "0"]
QUOTES = list("\"'“”„«»‹›‘’")
CONTROL = [*"<>&*_[]{}()#|`~!\\", "<script>", "---", "\n# ", "\n- ", "\n1. ", "\n> ", "&amp;"]
LINE_ENDS = ["\n", "\r\n", "\r", "\n\n", "\ufeff", " "]

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=14)
NUMBERISH = st.lists(st.one_of(DIGITS, st.sampled_from(SEPARATORS)), min_size=1, max_size=8).map(
    "".join
)
ORDINALS = "first second third fourth första andra tredje fjärde første fyrste andre anden andet"
ORDINALS += " fjerde ersten zweiten dritten vierten h1 h2 q1 q2 q3 q4"
AMOUNT = st.tuples(
    st.sampled_from(["", "$", "£", "€", "US$", "kr ", "NOK "]),
    NUMBERISH,
    st.sampled_from(["", " million", " milliarder", " Mrd.", " %", " kroner", " dollar", "bn"]),
).map("".join)
DATE_PHRASE = st.tuples(
    st.sampled_from(["", "i ", "in ", "under ", "im "]),
    st.sampled_from(ORDINALS.split()),
    st.sampled_from([" halvår", " halvåret", " kvartal", " kvartalet", " half of", " Halbjahr"]),
    st.sampled_from(["", " 2025", " this year", " 20251"]),
).map("".join)
PIECE = st.one_of(
    AMOUNT,
    DATE_PHRASE,
    NUMBERISH,
    st.sampled_from(CURRENCY.split()),
    st.sampled_from(SCALES.split()),
    st.sampled_from(DATE_WORDS.split()),
    st.sampled_from(YEARS),
    st.sampled_from(QUOTES),
    st.sampled_from(CONTROL),
    st.sampled_from(LINE_ENDS),
    st.sampled_from(["Huawei", "KI-brikken", "chips", ".", "!", "?", "ſ", "İ"]),
)
TEXT = st.lists(st.tuples(PIECE, st.sampled_from(["", " ", " ", "\n"])), max_size=60).map(
    lambda parts: "".join(a + b for a, b in parts)
)
DATES = st.one_of(
    st.none(),
    st.sampled_from([dt.date(2025, 9, 8), dt.date(9999, 12, 31), dt.date(1, 1, 1)]),
    st.dates(),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(LANGUAGES), DATES)
def test_enrichment_never_raises_and_the_page_round_trips(text, language, date):
    data = ("\ufeff" if text.startswith("\n") else "") + text
    decoded = frontmatter_io.decode(data.encode("utf-8"), "seeds/articles/x.txt")
    if decoded.text is None:
        return
    split = frontmatter_io.split(decoded.text, "seeds/articles/x.txt")
    if split.diagnostics:
        return
    lines = tuple(Line(split.body_first_line + i, t) for i, t in enumerate(split.body.split("\n")))
    meta = {"language": language, "date": date}
    seed = Seed("seeds/articles/x.txt", "x", meta, {"language": 1, "date": 2}, lines, digest="")
    article, _ = enrich(seed, REGISTRY, TAGGER)
    index = build_index([article], REGISTRY, group_stories([article], []))
    page = article_page((index, context(index, "../")), article)
    assert frontmatter.loads(page.text).metadata == article_meta(
        article, index.story_of[article.slug]
    )
    pages, failed = list_pages(index, "")  # the lists, timeline and archives take it too
    assert pages and [f.diagnostic.render() for f in failed] == []


def test_the_first_and_last_dates_python_has_are_rendered():
    articles = []
    for slug, date in [("a", dt.date(1, 1, 1)), ("b", dt.date(9999, 12, 31))]:
        meta = {"date": date, "language": "en"}
        lines = (Line(1, "Huawei doubles chip output next year, to $5 billion."),)
        seed = Seed(f"seeds/articles/{slug}.txt", slug, meta, {}, lines, digest="")
        articles.append(enrich(seed, REGISTRY, TAGGER)[0])
    index = build_index(articles, REGISTRY, group_stories(articles, []))
    pages, failed = list_pages(index, "")
    assert pages and [f.diagnostic.render() for f in failed] == []


@settings(max_examples=600, deadline=None)
@given(NUMBERISH, st.sampled_from([*LANGUAGES, "fr", "xx"]))
def test_number_reading_never_raises(text, language):
    value = parse_number(text, language)
    assert value is None or value >= 0
    for prefix, suffix in [("$", ""), ("", " milliarder kroner"), ("", " %"), ("€", " Mrd.")]:
        find_figures(f"Det var {prefix}{text}{suffix} i fjor.", language, 1)


def _written(whole: int, cents: int | None, language: str, grouping: str) -> str:
    """`whole`.`cents` as `language` writes it, grouped in threes by `grouping` (or not)."""
    decimal, mark = (",", ".") if language in COMMA_DECIMAL else (".", ",")
    digits = f"{whole:,}".replace(",", {"mark": mark, "space": " ", "none": ""}[grouping])
    return digits + (f"{decimal}{cents:02d}" if cents is not None else "")


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**15),
    st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
    st.sampled_from(LANGUAGES),
    st.sampled_from(["mark", "space", "none"]),
)
def test_a_number_in_the_languages_format_reads_back(whole, cents, language, grouping):
    text = _written(whole, cents, language, grouping)
    expected = whole + (cents or 0) / 100
    assert parse_number(text, language) == pytest.approx(expected, rel=1e-12)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sampled_from(LANGUAGES), DATES)
def test_dated_claims_never_raise_and_resolve_inside_their_period(text, language, base):
    for claim in find_claims(text, language, base, 1):
        if claim.precision.startswith("fiscal"):  # the fiscal year is the company's
            assert claim.start is None and claim.end is None
        elif claim.when is not None:  # an open interval lacks one end, nothing else does
            assert claim.start is not None or claim.end is not None
            assert claim.start is None or claim.end is None or claim.start <= claim.end
        elif claim.relative:  # unresolved only without a date, or at the calendar's ends
            assert base is None or base.year in (dt.MINYEAR, dt.MAXYEAR)
