"""Key figures: each language's separators, scale words and units."""

from __future__ import annotations

import pytest

from generator.enrich.figures import find_figures, parse_number


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("1,04 milliarder yuan", "nb", 1.04e9, "CNY"),
        ("4 000 procent", "sv", 4000, "percent"),
        ("4.000 prosent", "nb", 4000, "percent"),
        ("$560 million", "en", 5.6e8, "USD"),
        ("$3 billion", "en", 3e9, "USD"),
        ("145 millioner dollar", "nb", 1.45e8, "USD"),
        ("7-nanometerschip", "sv", 7, "nm"),
        ("7 nanometer", "nb", 7, "nm"),
        ("7nm", "en", 7, "nm"),
        ("100%", "en", 100, "percent"),
        ("3,5 miljarder kronor", "sv", 3.5e9, "SEK"),
        ("2 billioner kroner", "nb", 2e12, "NOK"),  # a Nordic billion is 10^12
        ("2 billion kroner", "da", 2e12, "DKK"),
        ("US$1,040.5 million", "en", 1.0405e9, "USD"),
        ("€12 billion", "en", 1.2e10, "EUR"),
        ("12,5 prozent", "de", 12.5, "percent"),
    ],
)
def test_figure_normalised(text, language, value, unit):
    (figure,) = find_figures(f"Det var {text} i fjol.", language, 7)
    assert (figure.text, figure.value, figure.unit, figure.line) == (
        text,
        pytest.approx(value),
        unit,
        7,
    )


@pytest.mark.parametrize(
    "text",
    [
        "H20-brikke",
        "HBM3 samples",
        "Huawei 910D",
        "in 2025",
        "Cambricon 690 series",
        "hundreds of billions of dollars",
        "3 billion chips",
        "v1.5",
    ],
)
def test_not_figures(text):
    assert find_figures(text, "en", 1) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("4.000", "nb", 4000),
        ("4.000", "en", 4.0),
        ("1,04", "nb", 1.04),
        ("1,040", "en", 1040),
        ("4 000", "sv", 4000),
        ("1.234.567,5", "de", 1234567.5),
        ("12", "en", 12),
    ],
)
def test_parse_number_uses_the_languages_separators(text, language, value):
    assert parse_number(text, language) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("110,00", "en"),  # two digits after an English grouping comma
        ("1,04", "en"),
        ("1.234,5", "en"),  # German style in English
        ("1,234.5", "nb"),  # English style in Norwegian
        ("1.5", "nb"),
        ("1,234,56", "en"),
        ("1.000,000.5", "de"),
        ("1.000 000", "de"),  # two kinds of grouping mark
        ("1 000,000", "en"),
        ("12,3456,789", "en"),
        ("1" * 400, "en"),  # past a float's range
        ("١٢", "en"),  # digits of another script
        ("", "en"),
        (",", "en"),
    ],
)
def test_parse_number_refuses_what_is_not_a_number_in_the_language(text, language):
    assert parse_number(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A ticket sold for £110,00 at the gate.", "en"),
        ("Kursen var 1,234.5 kroner.", "nb"),
        ("Es kostet 1.000,000.5 Euro.", "de"),
        ("It cost $" + "9" * 400 + ".", "en"),
        ("It cost $9" + "0" * 300 + " billion.", "en"),  # finite, but not times the scale
    ],
)
def test_malformed_amount_is_no_figure(text, language):
    assert find_figures(text, language, 1) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("5 thouſand dollars", 5e3, "USD"),  # `re` matches ſ to s, str.lower does not
        ("3 mİllion dollars", 3e6, "USD"),  # and İ to i
        ("4 ſek", 4, "SEK"),
    ],
)
def test_case_insensitive_words_resolve_as_matched(text, value, unit):
    (figure,) = find_figures(text, "en", 1)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)
