"""What a figure means in its sentence (issue 25): the direction of a change, a change or a
level, the measure its clause names (and none where it names none), its own period, and its
range or bound, in each of the five languages. The sentences are made up, shaped like the
business news the rules were measured on."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.enrich.claims import attach_subjects
from generator.enrich.dates import claims_in
from generator.enrich.figure_tables import figures_in
from generator.model import Figure, Paragraph

PUBLISHED = dt.date(2025, 8, 27)


def figures(text: str, language: str) -> list[Figure]:
    paragraphs = (Paragraph("paragraph", text, 1),)
    found = tuple(figures_in(paragraphs, language))
    claims = tuple(claims_in([(text, 1)], language, PUBLISHED))
    labelled, _ = attach_subjects(paragraphs, found, claims, lambda _: (), language, PUBLISHED)
    return list(labelled)


def reading(figure: Figure) -> tuple[float, str | None, str]:
    return (figure.value, figure.measure, figure.kind)


# 1. Direction: a fall is a negative change, a rise a positive one.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Truck orders at Volvo dropped 4.1% in July.", "en", (-4.1, None, "change")),
        ("The group's revenue fell by 3 percent.", "en", (-3.0, "revenue", "change")),
        ("Sales were down 7% on the quarter.", "en", (-7.0, "revenue", "change")),
        ("Omsättningen sjönk med 12 procent.", "sv", (-12.0, "revenue", "change")),
        ("Rörelseresultatet minskade 8 procent.", "sv", (-8.0, "profit", "change")),
        ("Inntektene falt med 6,5 prosent.", "nb", (-6.5, "revenue", "change")),
        ("Eksporten gikk ned med 2 prosent i fjor.", "nb", (-2.0, "exports", "change")),
        ("Overskuddet gjekk ned med 9 prosent.", "nn", (-9.0, "profit", "change")),
        ("Omsætningen faldt med 5 pct.", "da", (-5.0, "revenue", "change")),
        ("Der Umsatz sank um 4 Prozent.", "de", (-4.0, "revenue", "change")),
        ("Der Gewinn ist um 11 Prozent zurückgegangen.", "de", (-11.0, "profit", "change")),
        ("Der Umsatz ging um 3 Prozent zurück.", "de", (-3.0, "revenue", "change")),
        ("Exports rose 9% in June.", "en", (9.0, "exports", "change")),
        ("Omsetningen økte med 14 prosent.", "nb", (14.0, "revenue", "change")),
        ("Die Exporte stiegen um 2,5 Prozent.", "de", (2.5, "exports", "change")),
    ],
)
def test_a_fall_is_a_negative_change_and_a_rise_a_positive_one(text, language, want):
    (figure,) = figures(text, language)
    assert reading(figure) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Margins could shrink by between 3% and 5% by 2027.", "en"),
        ("Marginalen kan krympa med mellan 3 och 5 procent.", "sv"),
        ("Marginen kan falle med mellom 3 og 5 prosent.", "nb"),
        ("Marginen kan falde med mellem 3 og 5 pct.", "da"),
        ("Die Marge könnte um zwischen 3 und 5 Prozent sinken.", "de"),
    ],
)
def test_a_range_that_falls_is_negative_at_both_ends(text, language):
    (figure,) = figures(text, language)
    assert (figure.value, figure.low, figure.high, figure.kind) == (-5.0, -5.0, -3.0, "change")


# 2. A change and a level in one clause; percentage points are their own unit.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "The central bank raised its policy rate by 0.5 percentage points to 4.25%.",
            "en",
            [(0.5, "pp", "interest_rate", "change"), (4.25, "percent", "interest_rate", "level")],
        ),
        (
            "The bank cut its key rate by 25 basis points to 3.5%.",
            "en",
            [(-0.25, "pp", "interest_rate", "change"), (3.5, "percent", "interest_rate", "level")],
        ),
        (
            "Riksbanken sänkte styrräntan med 0,25 procentenheter till 2 procent.",
            "sv",
            [(-0.25, "pp", "interest_rate", "change"), (2.0, "percent", "interest_rate", "level")],
        ),
        (
            "Norges Bank hevet styringsrenten med 0,25 prosentpoeng til 4,5 prosent.",
            "nb",
            [(0.25, "pp", "interest_rate", "change"), (4.5, "percent", "interest_rate", "level")],
        ),
        (
            "Die EZB senkte den Leitzins um 0,25 Prozentpunkte auf 2 Prozent.",
            "de",
            [(-0.25, "pp", "interest_rate", "change"), (2.0, "percent", "interest_rate", "level")],
        ),
    ],
)
def test_a_change_in_percentage_points_and_the_level_it_reached(text, language, want):
    got = [(f.value, f.unit, f.measure, f.kind) for f in figures(text, language)]
    assert got == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Revenue rose 12% to €2.4bn.", "en"),
        ("Omsättningen steg med 12 procent till 2,4 miljarder euro.", "sv"),
        ("Omsetningen økte med 12 prosent til 2,4 milliarder euro.", "nb"),
        ("Omsætningen steg med 12 pct. til 2,4 mia. euro.", "da"),
        ("Der Umsatz stieg um 12 Prozent auf 2,4 Milliarden Euro.", "de"),
    ],
)
def test_rose_by_a_percentage_to_an_amount_is_a_change_then_a_level(text, language):
    assert [reading(f) for f in figures(text, language)] == [
        (12.0, "revenue", "change"),
        (2.4e9, "revenue", "level"),
    ]


def test_a_rise_from_one_level_to_another_is_two_levels_not_a_range():
    got = [(f.value, f.low, f.kind) for f in figures("Andelen auka frå 45 til 65 prosent.", "nn")]
    assert got == [(45.0, None, "level"), (65.0, None, "level")]


# 3. The measure the clause names, and none where it names none.
@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("The current-account surplus widened to €2.2bn.", "en", "surplus"),
        ("The ministry set a procurement budget of $7bn.", "en", "budget"),
        ("It won an order worth up to $900m.", "en", "deal_value"),
        ("The budget deficit reached $12bn.", "en", "deficit"),
        ("Net debt stood at $4bn.", "en", "debt"),
        ("Imports totalled $3bn.", "en", "imports"),
        ("The plant received subsidies of $150m.", "en", "subsidies"),
        ("40% of firms expect hiring to rise.", "en", "share"),
        ("Budsjettunderskuddet var på 12 milliarder kroner.", "nb", "deficit"),
        ("Kommunen har eit samla budsjett på 21 millionar kroner.", "nn", "budget"),
        ("Handelsöverskottet uppgick till 5 miljarder kronor.", "sv", "surplus"),
        ("Statsskulden var 1 200 miljarder kronor.", "sv", "debt"),
        ("Eksporten udgjorde 3 mia. kr.", "da", "exports"),
        ("Das Finanzierungsdefizit betrug 3,9 Prozent.", "de", "deficit"),
        ("Der Auftrag hat einen Wert von 900 Millionen Euro.", "de", "deal_value"),
        ("Knapp 45 Prozent der Stimmen entfielen auf ihn.", "de", "share"),
    ],
)
def test_the_measure_is_the_one_the_figure_is_the_object_of(text, language, measure):
    assert figures(text, language)[0].measure == measure


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Revenue grew, and the firm paid a bribe of $2m.", "en"),  # a cue near, not its object
        ("Cambricon, whose sales are small, has 2,000 staff and $3bn in cash.", "en"),
        ("Etter at inntektene steg, fikk han 20.000 kroner.", "nb"),
        ("Trots ökad försäljning fick han 40 000 kronor i bonus.", "sv"),
        ("Nach dem Umsatzplus erhielt er 5000 Euro Prämie.", "de"),
        ("Efter salget modtog han 20.000 kroner.", "da"),
    ],
)
def test_a_cue_word_nearby_names_no_measure(text, language):
    assert figures(text, language)[-1].measure is None


def test_a_deal_noun_names_a_level_only():
    (figure,) = figures("Truck orders dropped 4.1%.", "en")
    assert (figure.value, figure.measure) == (-4.1, None)


# 4. The figure's own period.
@pytest.mark.parametrize(
    ("text", "language", "periods"),
    [
        (
            "In 2022 the group reported a 15% rise in operating profit to $1.1bn, well above "
            "the forecast for 2023.",
            "en",
            ["2022", "2022"],
        ),
        ("In 2019/20 output rose 3%, and in 2022/23 it rose 6%.", "en", ["2019/2020", "2022/2023"]),
        ("Salget økte med 3 prosent i 2021 og 6 prosent i 2023.", "nb", ["2021", "2023"]),
        (
            "Der Umsatz stieg im Jahr 2021 um 3 Prozent, im Jahr 2023 um 6 Prozent.",
            "de",
            ["2021", "2023"],
        ),
        ("Revenue was $2bn in 2H25.", "en", ["2025-H2"]),
        ("Inntektene var 2 milliarder kroner i 1. halvår 2026.", "nb", ["2026-H1"]),
        ("Der Umsatz lag im 2. Halbjahr bei 2 Milliarden Euro.", "de", ["2025-H2"]),
        ("Omsättningen var 3 miljarder kronor i Q3 FY26.", "sv", ["FY2026-Q3"]),
        ("Omsætningen var 3 mia. kr. i Q4 FY25.", "da", ["FY2025-Q4"]),
    ],
)
def test_each_figure_takes_the_period_that_governs_it(text, language, periods):
    assert [f.period for f in figures(text, language)] == periods


def test_a_cut_by_up_to_a_percentage_is_a_negative_change_with_its_bound():
    (figure,) = figures("The retailer cut prices by up to 10%.", "en")
    assert (figure.value, figure.measure, figure.kind, figure.qualifier) == (
        -10.0,
        "price",
        "change",
        "at_most",
    )


def test_a_comparison_base_is_no_figures_period():
    found = figures("Output was 3% higher than in July 2024.", "en")
    assert [(f.value, f.kind, f.period) for f in found] == [(3.0, "change", None)]


# 5. Ranges and bounds.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Prices could rise between 3% and 5%.", "en", (3.0, 5.0, None)),
        ("Prices could rise 3%-5%.", "en", (3.0, 5.0, None)),
        ("Vinsten var knappt 2 miljarder kronor.", "sv", (None, None, "at_most")),
        ("Resultatet ble drøyt 2 milliarder kroner.", "nb", (None, None, "at_least")),
        ("Resultatet blev små 2 mia. kr.", "da", (None, None, "at_most")),
        ("Regningen ventes at overstige 13 mia. kroner.", "da", (None, None, "at_least")),
        ("Der Steuersatz von maximal 53 Prozent gilt.", "de", (None, None, "at_most")),
        ("Priser mellem 100 kroner og 500 kroner.", "da", (100.0, 500.0, None)),
    ],
)
def test_ranges_and_bounds(text, language, want):
    figure = figures(text, language)[0]
    assert (figure.low, figure.high, figure.qualifier) == want


# A list of figures after one verb, and a figure in brackets, read like the first.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Condo sales edged up 6.0% for July and 24.8% for the year.",
            "en",
            [(6.0, "revenue", "change"), (24.8, "revenue", "change")],
        ),
        (
            "Frå 2009 til 2011 gjekk etterspurnaden ned med 16,4 prosent, BNP med 10,2 prosent.",
            "nn",
            [(-16.4, None, "change"), (-10.2, None, "change")],
        ),
        (
            "Der Umsatz sank um 3 Prozent, der Gewinn um 5 Prozent.",
            "de",
            [(-3.0, "revenue", "change"), (-5.0, "profit", "change")],
        ),
        (
            "Försäljningen minskade med 4 procent och vinsten med 9 procent.",
            "sv",
            [(-4.0, "revenue", "change"), (-9.0, "profit", "change")],
        ),
        (
            "Selskapet la frem et resultat på rekordhøye 1,04 milliarder yuan (rundt 145 "
            "millioner dollar) for første halvår.",
            "nb",
            [(1.04e9, "profit", "level"), (1.45e8, "profit", "level")],
        ),
    ],
)
def test_a_list_or_a_bracket_reads_like_the_figure_before_it(text, language, want):
    assert [reading(f) for f in figures(text, language)] == want


# Kinds found on the held-out sample.
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Exports rose 10.6% in July.", "en", "2025-07"),
        ("Eksporten økte med 4 prosent i juli.", "nb", "2025-07"),
        ("Exporten ökade med 4 procent i juli.", "sv", "2025-07"),
        ("Eksporten steg med 4 pct. i juli.", "da", "2025-07"),
        ("Der Export stieg im Juli um 4 Prozent.", "de", "2025-07"),
        ("År 1962 var andelen nära 13 procent.", "sv", "1962"),
    ],
)
def test_a_month_without_its_year_is_of_the_publication_year(text, language, want):
    assert figures(text, language)[0].period == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She earned $20 an hour at the plant.", "en"),
        ("Om man tjänade 8 kronor i timmen vore man glad.", "sv"),
        ("Han tjente 200 kroner i timen.", "nb"),
        ("Hun tjente 150 kr. i timen.", "da"),
        ("Er verdiente 12 Euro pro Stunde.", "de"),
    ],
)
def test_a_wage_is_no_profit(text, language):
    assert figures(text, language)[0].measure is None


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Gencor's increased 41.5 percent stake in Ingwe.", "en", (41.5, "share", "level")),
        ("It set earnings estimates of $0.08 a share.", "en", (0.08, "profit", "level")),
        ("The barley sale was worth $145 a tonne.", "en", (145.0, "price", "level")),
        ("The firm is worth $3bn.", "en", (3e9, None, "level")),
        ("The contract is worth $3bn.", "en", (3e9, "deal_value", "level")),
        (
            "The average rate on a 30-year fixed mortgage was 8.25 percent.",
            "en",
            (8.25, "interest_rate", "level"),
        ),
    ],
)
def test_held_out_kinds(text, language, want):
    assert reading(figures(text, language)[0]) == want


def test_pounds_converted_to_kilograms_are_a_weight_not_money():
    assert [f.text for f in figures("Racers carry about 40 pounds (18 kg) of gear.", "en")] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the level a change began from, after a possessive date
        (
            "The Croatian lending rate fell to 8.0 percent on Monday from last Friday's 9.1 "
            "percent.",
            "en",
            [(8.0, "interest_rate", "level"), (9.1, "interest_rate", "level")],
        ),
        # a list joined by commas alone
        (
            "Daewoo will take a 31 percent stake, Dacom 25 percent, Hanwha 24 percent.",
            "en",
            [(31.0, "share", "level"), (25.0, "share", "level"), (24.0, "share", "level")],
        ),
        # two percentages joined by `to` that fall are two figures, not a range
        (
            "The poll gave Clinton a 53 percent to 39 percent lead.",
            "en",
            [(53.0, None, "level"), (39.0, None, "level")],
        ),
        # a sale's worth is a deal's value
        (
            "The plant is slated for a sale worth an estimated $1.5bn.",
            "en",
            [(1.5e9, "deal_value", "level")],
        ),
        # earning per share is a profit
        ("The company was expected to earn $0.17 a share.", "en", [(0.17, "profit", "level")]),
        # the same change in another unit
        (
            "The index rose 2.60 points, or 0.48 percent, to 542.20 points.",
            "en",
            [(0.48, None, "change")],
        ),
        (
            "Indeksen falt 12 poeng, eller 0,8 prosent.",
            "nb",
            [(-0.8, None, "change")],
        ),
        # the subject of the second of two clauses joined by `and`
        (
            "Skatteinntektene gjekk ned med 5,6 prosent og utgiftene opp med 8,1 prosent.",
            "nn",
            [(-5.6, "revenue", "change"), (8.1, None, "change")],
        ),
        # ... but not when `and` only joins two verbs of one subject
        (
            "Inntektene kom inn på 2 milliarder yuan, og spratt dermed opp 400 prosent.",
            "nb",
            [(2e9, "revenue", "level"), (400.0, "revenue", "change")],
        ),
        (
            "Revenue reached $3bn and thus jumped 40%.",
            "en",
            [(3e9, "revenue", "level"), (40.0, "revenue", "change")],
        ),
        (
            "Der Umsatz sank um 2 Prozent und die Kosten stiegen um 4 Prozent.",
            "de",
            [(-2.0, "revenue", "change"), (4.0, None, "change")],
        ),
    ],
)
def test_more_clause_kinds(text, language, want):
    assert [reading(f) for f in figures(text, language)] == want


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Slough announced a 14 percent rise in first-half pretax profit.", ["2025-H1"]),
        ("On August 15, Softbank said it would buy Kingston for about $1.5 billion.", [None]),
    ],
)
def test_a_day_is_a_figures_period_only_right_after_it(text, periods):
    assert [f.period for f in figures(text, "en")] == periods


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The venture was set up with an initial investment of $1.0 million.", (1e6, "investment")),
        ("Exports rose 10.6 percent in July to reach $334 million.", (3.34e8, "exports")),
        ("Its market capitalization reaches $20 million.", (2e7, "market_value")),
        (
            "The ministry sold its new 5.75 percent bond due September 2002.",
            (5.75, "interest_rate"),
        ),
        ("Rice closed with September up 16 cents at $10.28 a cwt.", (10.28, "price")),
    ],
)
def test_fourth_sample_kinds(text, want):
    figure = figures(text, "en")[-1]
    assert (figure.value, figure.measure, figure.kind) == (*want, "level")


def test_a_maturity_is_no_figures_period():
    (figure,) = figures("The ministry sold its new 5.75 percent bond due September 2002.", "en")
    assert figure.period is None


def test_the_same_change_in_another_unit_without_a_comma():
    found = figures("The index rose 8.05 points or 0.7 percent to 1,156.79.", "en")
    assert [reading(f) for f in found] == [(0.7, None, "change")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ford, which has a 20 percent stake, posted a 77 percent drop in 1996.", "en"),
        ("Ford, som eier 20 prosent, meldte et fall på 77 prosent i 2024.", "nb"),
        ("Ford, das 20 Prozent hält, meldete einen Rückgang um 77 Prozent im Jahr 2024.", "de"),
    ],
)
def test_a_later_period_belongs_to_the_figure_next_to_it_not_to_one_before(text, language):
    assert figures(text, language)[0].period is None


# Kinds found on the fifth sample (CoNLL-2003 training articles and NoReC reviews).
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Total revenue $15,400 against $10,000.", "en", (15400.0, "revenue", "level")),
        ("Roman, 223 sider. Pris kr. 349.", "nb", (349.0, "price", "level")),
        ("Prislappen på 2.000 kroner er for høy.", "nb", (2000.0, "price", "level")),
        ("Prislappen på 2 000 kronor är för hög.", "sv", (2000.0, "price", "level")),
        (
            "Inngangsprisene øker fra 508.300 kroner til 528.500 kroner.",
            "nb",
            (508300.0, "price", "level"),
        ),
        ("Fidelio er over 2.000 kroner rimeligere.", "nb", (-2000.0, None, "change")),
        ("Modellen är 500 kronor billigare.", "sv", (-500.0, None, "change")),
        ("Das Modell ist 50 Euro billiger.", "de", (-50.0, None, "change")),
        ("The new model is $50 cheaper.", "en", (-50.0, None, "change")),
        ("He promised to cut income taxes by 15 percent.", "en", (-15.0, None, "change")),
        ("The fob price of the deal is around $142.", "en", (142.0, "price", "level")),
        ("The all-share price index rose 0.7 percent.", "en", (0.7, None, "change")),
        ("Prisindeksen steg med 0,7 prosent.", "nb", (0.7, None, "change")),
        ("Du må punge ut med 149 kroner for papir.", "nb", (149.0, None, "level")),
        ("Exports fell from the record $60 billion.", "en", (6e10, "exports", "level")),
        ("He bought shares at prices ranging from $7.65.", "en", (7.65, "price", "level")),
    ],
)
def test_fifth_sample_kinds(text, language, want):
    assert reading(figures(text, language)[0]) == want


def test_a_phrase_far_after_a_figure_is_not_its_period():
    found = figures(
        "The $4.5m fee Leeds handed United for his services was repaid with a second-half goal.",
        "en",
    )
    assert [f.period for f in found] == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pris: ca 7000 kroner.", "nb"),
        ("Pris: ca 7000 kronor.", "sv"),
        ("Pris: ca 7000 kroner.", "da"),
        ("Preis: ca 7000 Euro.", "de"),
    ],
)
def test_ca_without_its_full_stop_is_approximate(text, language):
    assert figures(text, language)[0].qualifier == "approximate"


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Bolaget redovisade en intäktsökning med 400 procent.",
            "sv",
            (400.0, "revenue", "change"),
        ),
        ("Selskapet meldte en inntektsøkning med 400 prosent.", "nb", (400.0, "revenue", "change")),
        (
            "Das Unternehmen meldete einen Umsatzanstieg um 40 Prozent.",
            "de",
            (40.0, "revenue", "change"),
        ),
        (
            "Det vil løfte markedsverdien med over 40 milliarder kroner.",
            "nb",
            (4e10, "market_value", "change"),
        ),
    ],
)
def test_a_change_noun_or_a_lifting_verb_before_by(text, language, want):
    assert reading(figures(text, language)[0]) == want


def test_a_loss_for_last_years_quarter_is_of_that_quarter():
    found = figures("For last year's second quarter, Best posted a loss of $7.1 million.", "en")
    assert [(f.measure, f.period) for f in found] == [("loss", "2024-Q2")]
