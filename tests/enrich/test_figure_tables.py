"""A table's header scales the amounts in its rows."""

from __future__ import annotations

import pytest

from generator.enrich.figure_tables import figures_in, table_scale
from generator.model import Paragraph


def _paragraphs(*texts: str, kinds: dict[int, str] | None = None) -> list[Paragraph]:
    return [
        Paragraph((kinds or {}).get(n, "paragraph"), text, n) for n, text in enumerate(texts, 1)
    ]


def test_dollars_in_millions_scale_the_rows_below():
    figures = figures_in(
        _paragraphs(
            "($ in millions)",
            "Revenue $44,062 $26,044",
            "Net income $18,775 $6,188",
        ),
        "en",
    )
    assert [(f.text, f.value, f.line) for f in figures] == [
        ("$44,062", pytest.approx(4.4062e10), 2),
        ("$26,044", pytest.approx(2.6044e10), 2),
        ("$18,775", pytest.approx(1.8775e10), 3),
        ("$6,188", pytest.approx(6.188e9), 3),
    ]


def test_the_scale_ends_at_a_subheading_or_prose_and_never_touches_scaled_amounts():
    prose = "The company said that it expects demand to stay strong. " * 4 + "It paid $5."
    figures = figures_in(
        _paragraphs(
            "$ in millions",
            "Revenue $44 and $2bn",
            "Outlook",
            "Cash $7",
            prose,
            kinds={3: "subheading"},
        ),
        "en",
    )
    assert [f.value for f in figures] == [pytest.approx(4.4e7), pytest.approx(2e9), 7, 5]
    figures = figures_in(_paragraphs("$ in millions", prose, "Cash $7"), "en")
    assert [f.value for f in figures] == [5, 7]
    figures = figures_in(
        _paragraphs("$ in millions", "Outlook", "Cash $7", kinds={2: "subheading"}), "en"
    )
    assert [f.value for f in figures] == [7]


@pytest.mark.parametrize(
    ("text", "language", "scale"),
    [
        ("$ in millions", "en", 1e6),
        ("(In millions)", "en", 1e6),
        ("Beløp i millioner kroner", "nb", 1e6),
        ("Belopp i tusental kronor", "sv", 1e3),
        ("Angaben in Mio. Euro", "de", 1e6),
        ("Beløb i millioner kr.", "da", 1e6),
        ("Revenue grew in millions of homes across the country this year.", "en", None),
    ],
)
def test_table_headers(text, language, scale):
    assert table_scale(text, language) == scale
