"""Whom a figure or claim is about, what a figure measures and when, planned or reported."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.enrich.claims import attach_subjects
from generator.enrich.dates import claims_in
from generator.enrich.figures import find_figures
from generator.model import Paragraph

NAMES = {"Cambricon": "cambricon", "Nvidia": "nvidia", "SMIC": "smic", "Huawei": "huawei"}
PLACES = ("Kina", "China", "Beijing")
PUBLISHED = dt.date(2025, 8, 27)


def _subjects(text: str) -> tuple[str, ...]:
    return tuple(sorted({slug for name, slug in NAMES.items() if name in text}))


def _names_anything(text: str) -> bool:
    return bool(_subjects(text)) or any(place in text for place in PLACES)


def _enrich(texts: list[str], language: str):
    paragraphs = tuple(Paragraph("paragraph", t, n) for n, t in enumerate(texts, start=1))
    figures = tuple(f for p in paragraphs for f in find_figures(p.text, language, p.line))
    claims = tuple(claims_in([(p.text, p.line) for p in paragraphs], language, PUBLISHED))
    return attach_subjects(
        paragraphs, figures, claims, _subjects, language, PUBLISHED, _names_anything
    )


def test_figure_is_about_the_subject_of_its_clause_not_a_name_in_a_relative_clause():
    figures, _ = _enrich(
        [
            "Cambricon, som er et alternativ til Nvidia innen AI-brikker, la onsdag frem et "
            "resultat på 1,04 milliarder yuan for første halvår. Inntektene kom inn på 2,88 "
            "milliarder yuan. Dette er beskjedent i forhold til Nvidia, som hadde inntekter "
            "på 44 milliarder dollar i februar-april."
        ],
        "nb",
    )
    assert [(f.text, f.about) for f in figures] == [
        ("1,04 milliarder yuan", ("cambricon",)),
        ("2,88 milliarder yuan", ("cambricon",)),  # the previous sentence's subject
        ("44 milliarder dollar", ("nvidia",)),  # the relative clause's antecedent
    ]


def test_the_company_borrows_the_subject_of_the_previous_sentence_but_a_place_does_not():
    figures, claims = _enrich(
        [
            "SMIC reported results on Tuesday, ahead of Huawei. The company earned $3bn.",
            "Nvidia sold chips. China will triple output next year.",
        ],
        "en",
    )
    assert [f.about for f in figures] == [("smic",)]
    assert [c.about for c in claims] == [()]


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Cambricon la frem et resultat på 1,04 milliarder yuan.", "nb", "profit"),
        ("Inntektene kom inn på 2,88 milliarder yuan.", "nb", "revenue"),
        ("Cambricon har rapporterat en intäktsökning med 4 000 procent.", "sv", "revenue"),
        ("Topplinjevekst: 4.000 prosent", "nb", "revenue"),
        ("Selskapet er nå priset til rundt 80 milliarder dollar.", "nb", "market_value"),
        ("Cambricon got approval to raise about $560 million.", "en", "funds_raised"),
        ("SMIC posted a net loss of $45 million.", "en", "loss"),
        ("Der Umsatz stieg auf 2,5 Mrd. Euro.", "de", "revenue"),
        ("Huawei investerer 10 milliarder kroner i fabrikken.", "nb", "investment"),
        ("The chip sells for $1,200 in China.", "en", "price"),
        ("Nvidia holds a 15% stake in the venture.", "en", "share"),
        ("Omsætningen steg med 12 pct.", "da", "revenue"),
        ("SMIC makes chips at 7nm.", "en", "process_node"),
        ("Cambricon has 2,000 staff and $3bn.", "en", None),  # no cue near
    ],
)
def test_measure_of_the_clause_the_figure_stands_in(text, language, measure):
    figures, _ = _enrich([text], language)
    assert figures[-1].measure == measure


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("Cambricon hadde et resultat på 1,04 milliarder yuan for første halvår.", "nb", "2025-H1"),
        ("Nvidia's revenue was $44 billion in the second quarter of 2025.", "en", "2025-Q2"),
        ("Der Umsatz lag 2024 bei 3 Mrd. Euro, im Jahr 2023 bei 2 Mrd. Euro.", "de", "2023"),
        ("Revenue was $44 billion.", "en", None),
    ],
)
def test_period_from_the_dated_phrase_of_the_same_sentence(text, language, period):
    figures, _ = _enrich([text], language)
    assert figures[-1].period == period


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("Aksjen har mer enn doblet seg hittil i år.", "nb", "reported"),
        ("SMIC har også planer om å doble produksjonen neste år.", "nb", "planned"),
        ("SMIC planerar att fördubbla sin kapacitet under nästa år.", "sv", "planned"),
        ("Kina skal tredoble produksjonen neste år.", "nb", "planned"),
        ("Output will triple in 2026.", "en", "planned"),
        ("Huawei has doubled its output this year.", "en", "reported"),
        ("Cambricon la frem et resultat for første halvår.", "nb", "reported"),  # over
        ("Der Umsatz hat sich in diesem Jahr verdoppelt.", "de", "reported"),
        ("Die Produktion soll im nächsten Jahr steigen.", "de", "planned"),
        ("Omsætningen steg kraftigt i år.", "da", "reported"),
    ],
)
def test_planned_or_reported(text, language, modality):
    _, claims = _enrich([text], language)
    assert [c.modality for c in claims] == [modality]


def test_period_of_a_result_for_a_named_year():
    figures, _ = _enrich(["Inbev said pre-tax profits for 2004 rose 56% to $1.5bn."], "en")
    assert [(f.measure, f.kind, f.period) for f in figures] == [
        ("profit", "change", "2004"),
        ("profit", "level", "2004"),
    ]


def test_a_relative_claim_read_against_the_storys_date_is_reported_when_over():
    from generator.model import DatedClaim
    from generator.render.siteindex import _claim_views

    (claim,) = claims_in([("Revenue doubled in the first half.", 1)], "en", None)
    assert (claim.when, claim.modality) == (None, "planned")
    article = _article_with((claim,))
    (view,) = _claim_views(article, PUBLISHED)
    assert (view.claim.when, view.claim.modality, view.inferred) == ("2025-H1", "reported", True)
    assert isinstance(view.claim, DatedClaim)


def _article_with(claims):
    from generator.model import Article

    return Article(
        slug="x",
        source_file="seeds/articles/x.txt",
        title="x",
        title_derived=False,
        date=None,
        language="en",
        language_confidence=1.0,
        translated=False,
        outlet=None,
        url=None,
        author=None,
        lede="",
        paragraphs=(),
        tags=(),
        figures=(),
        claims=claims,
    )
