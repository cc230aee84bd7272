"""An article's outlet: the editor's, the trailer's, the registry medium of its address, or
the address's host."""

from __future__ import annotations

import pytest

from generator.enrich.article import enrich, outlet_from_url
from generator.enrich.tagging import Tagger
from generator.model import Entity, Line, Registry, Seed
from generator.read import parse_article

CNBC = Entity(
    "cnbc", "media", "CNBC", ("CNBC",), True, "", "m.md", (("website", "https://www.cnbc.com"),)
)
REGISTRY = Registry((CNBC,), ())


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.cnbc.com/2025/08/27/x.html", "CNBC"),
        ("https://cnbc.com/x", "CNBC"),
        ("https://edition.cnbc.com/x", "CNBC"),
        ("https://aicnbc.com/16727.html", "aicnbc.com"),  # not CNBC: another host
        ("https://www.e24.no/x", "e24.no"),
        (None, None),
        ("https://[bad/", None),
    ],
)
def test_outlet_from_the_address(url, outlet):
    assert outlet_from_url(url, REGISTRY) == outlet


@pytest.mark.parametrize(
    ("trailer", "outlet"),
    [
        ("Source: Reuters", "Reuters"),
        ("Kilde: NTB", "NTB"),
        ("Källa: TT", "TT"),
        ("© 2025 Reuters", "Reuters"),
    ],
)
def test_outlet_named_in_the_trailer(trailer, outlet):
    lines = tuple(Line(i + 1, t) for i, t in enumerate(["Headline here", "Body text.", trailer]))
    parsed = parse_article(lines, "x.txt")
    assert parsed.outlet == outlet
    assert [p.text for p in parsed.paragraphs] == ["Body text."]


def seed(meta: dict, trailer: str) -> Seed:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(["Headline here", "Body text.", trailer]))
    return Seed("seeds/articles/x.txt", "x", meta, {k: 1 for k in meta}, lines, digest="")


def test_the_editors_outlet_wins_then_the_trailers_then_the_address():
    tagger = Tagger(REGISTRY)
    url_only = seed({}, "Source: https://www.cnbc.com/x")
    assert enrich(url_only, REGISTRY, tagger)[0].outlet == "CNBC"
    assert enrich(seed({}, "Kilde: NTB"), REGISTRY, tagger)[0].outlet == "NTB"
    edited = seed({"outlet": "E24"}, "Kilde: NTB")
    assert enrich(edited, REGISTRY, tagger)[0].outlet == "E24"
