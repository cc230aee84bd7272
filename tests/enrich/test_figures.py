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
        ("4 euroſ", 4, "EUR"),
    ],
)
def test_case_insensitive_words_resolve_as_matched(text, value, unit):
    (figure,) = find_figures(text, "en", 1)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def _read(text: str, language: str = "en") -> list[tuple[object, ...]]:
    return [
        (f.text, f.value, f.unit, f.low, f.high, f.qualifier)
        for f in find_figures(text, language, 1)
    ]


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit"),
    [
        ("Moore Threads raised €1.2bn last month.", "€1.2bn", 1.2e9, "EUR"),
        ("The deal is worth £3.7bn.", "£3.7bn", 3.7e9, "GBP"),
        ("It lost $7bn, then £1,152m more.", "$7bn", 7e9, "USD"),
        ("Sales reached 836m euros in May.", "836m euros", 8.36e8, "EUR"),
        ("A seed round of $50k in cash.", "$50k", 5e4, "USD"),
        ("Revenue was $805.9m in the quarter.", "$805.9m", 8.059e8, "USD"),
    ],
)
def test_scale_glued_to_the_number_is_read_whole(text, amount, value, unit):
    found = find_figures(text, "en", 1)
    assert (found[0].text, found[0].value, found[0].unit) == (amount, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    ["Shares rose to $1.03bx at noon.", "He ran the 100m in 10 s.", "It cost $5.5zz."],
)
def test_a_figure_is_never_a_truncated_number(text):
    assert find_figures(text, "en", 1) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Vinsten blev 1,5 mdkr i fjol.", "sv", 1.5e9, "SEK"),
        ("Affären var värd 300 mkr.", "sv", 3e8, "SEK"),
        ("Biljetten kostar 95 kr.", "sv", 95, "SEK"),
        ("Overskuddet ble 1,2 mrd. kr i fjor.", "nb", 1.2e9, "NOK"),
        ("Prisen er 450 kr. per måned.", "nb", 450, "NOK"),
        ("Omsætningen var 3,4 mia. kr. sidste år.", "da", 3.4e9, "DKK"),
        ("Den kostede 1.200 kr.", "da", 1200, "DKK"),
        ("Fondet fikk 147 millioner norske kroner.", "nb", 1.47e8, "NOK"),
        ("Det gav 20 millioner svenske kroner.", "da", 2e7, "SEK"),
        ("Der Umsatz stieg auf 2,5 Mrd. Euro.", "de", 2.5e9, "EUR"),
        ("Ein Verlust von 40 Mio. Dollar.", "de", 4e7, "USD"),
        ("Die Firma zahlte 12 Millionen Pfund.", "de", 1.2e7, "GBP"),
        ("Das kostet 30 Franken.", "de", 30, "CHF"),
        ("Toyota earned 500 billion yen.", "en", 5e11, "JPY"),
        ("A dividend of 70 euro cents a share.", "en", 0.7, "EUR"),
        ("Telenor paid NOK 5 billion.", "en", 5e9, "NOK"),
    ],
)
def test_krone_and_other_local_forms(text, language, value, unit):
    (figure,) = find_figures(text, language, 1)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Der Japaner lag +12,5 Sek. zurück.",  # seconds, not Swedish kronor
        "Er kam nach 3 sek ins Ziel.",
    ],
)
def test_currency_codes_match_as_written(text):
    assert find_figures(text, "de", 1) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("an operating result of -$45 million", "en", -4.5e7),
        ("an operating result of \u2212$45 million", "en", -4.5e7),
        ("driftsresultatet ble minus 45 millioner kroner", "nb", -4.5e7),
        ("ein Ergebnis von -3,5 Mio. Euro", "de", -3.5e6),
    ],
)
def test_sign_is_kept(text, language, value):
    (figure,) = find_figures(text, language, 1)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "amount", "low", "high", "unit"),
    [
        ("a price of $2-3 billion", "en", "$2-3 billion", 2e9, 3e9, "USD"),
        ("a price of $2bn-$3bn", "en", "$2bn-$3bn", 2e9, 3e9, "USD"),
        ("shares at 11-14 euros each", "en", "11-14 euros", 11, 14, "EUR"),
        ("between $40 and $50 an ounce", "en", "$40 and $50", 40, 50, "USD"),
        (
            "kostnader på mellom 10 og 11 millioner kroner",
            "nb",
            "10 og 11 millioner kroner",
            1e7,
            1.1e7,
            "NOK",
        ),
        ("Geräte für 1500 bis 2000 Euro", "de", "1500 bis 2000 Euro", 1500, 2000, "EUR"),
        ("vekst på 6–6,5 prosent", "nb", "6–6,5 prosent", 6, 6.5, "percent"),
    ],
)
def test_range_keeps_both_ends_with_the_scale_and_unit_after_the_second(
    text, language, amount, low, high, unit
):
    (figure,) = find_figures(text, language, 1)
    assert (figure.text, figure.value, figure.low, figure.high, figure.unit) == (
        amount,
        pytest.approx(low),
        pytest.approx(low),
        pytest.approx(high),
        unit,
    )


def test_two_amounts_each_with_its_own_unit_are_two_figures_not_a_range():
    assert _read("Crude rose $1.64 to $47.10.") == [
        ("$1.64", 1.64, "USD", None, None, None),
        ("$47.10", 47.1, "USD", None, None, None),
    ]
    assert _read("It grew from $2bn to $3bn.") == [
        ("$2bn", 2e9, "USD", None, None, None),
        ("$3bn", 3e9, "USD", None, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("It raised about $560 million.", "en", "approximate"),
        ("Sales of up to $3 billion.", "en", "at_most"),
        ("More than $5 billion was spent.", "en", "at_least"),
        ("Investeringer på over 40 milliarder dollar.", "nb", "at_least"),
        ("Verdien er rundt 80 milliarder dollar.", "nb", "approximate"),
        ("Det kostet mer enn 2 millioner kroner.", "nb", "at_least"),
        ("Salget var mindst 3 mio. kr.", "da", "at_least"),
        ("Det kostar upp till 500 kronor.", "sv", "at_most"),
        ("Der Preis liegt bei rund 70 Euro.", "de", "approximate"),
        ("Kostnaden var 5 millioner kroner.", "nb", None),
    ],
)
def test_qualifier_is_kept(text, language, qualifier):
    (figure,) = find_figures(text, language, 1)
    assert figure.qualifier == qualifier
