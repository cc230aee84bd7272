"""Dated claims: phrases per language, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.enrich.dates import claims_in, find_claims, sentences

PUBLISHED = dt.date(2025, 8, 27)


@pytest.mark.parametrize(
    ("text", "language", "when", "precision"),
    [
        ("Kina planerar att nästa år tredubbla tillverkningen.", "sv", "2026", "year"),
        ("Produksjonen skal tredobles neste år.", "nb", "2026", "year"),
        ("Output will triple next year.", "en", "2026", "year"),
        ("The plant opens by the end of this year.", "en", "2025-12", "month"),
        ("Fabrikken starter mot slutten av inneværende år.", "nb", "2025-12", "month"),
        ("Den första väntas vara i drift vid årsskiftet.", "sv", "2025-12", "month"),
        ("Et resultat for første halvår.", "nb", "2025-H1", "half"),
        ("Under andra halvåret 2026 ökar takten.", "sv", "2026-H2", "half"),
        ("Output grew in Q3 2024.", "en", "2024-Q3", "quarter"),
        ("Results for the third quarter of 2025 follow.", "en", "2025-Q3", "quarter"),
        ("Chips to triple in 2025.", "en", "2025", "year"),
        ("SMIC doubles its 7nm output by 2026.", "en", "2026", "year"),
        ("Lanseringen skjer i august 2026.", "nb", "2026-08", "month"),
        ("Die Produktion soll im nächsten Jahr steigen.", "de", "2026", "year"),
    ],
)
def test_claim_resolved(text, language, when, precision):
    (claim,) = find_claims(text, language, PUBLISHED, 4)
    assert (claim.when, claim.precision, claim.line, claim.sentence) == (when, precision, 4, text)


def test_period_bounds():
    (claim,) = find_claims("Et resultat for første halvår.", "nb", PUBLISHED, 1)
    assert (claim.start, claim.end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    (claim,) = find_claims("It opens before the end of the year.", "en", PUBLISHED, 1)
    assert (claim.start, claim.end, claim.relative) == (
        dt.date(2025, 12, 1),
        dt.date(2025, 12, 31),
        True,
    )


def test_relative_without_publication_date_stays_unresolved():
    (claim,) = find_claims("Two more plants open next year.", "en", None, 2)
    assert (claim.when, claim.start, claim.end, claim.relative) == (None, None, None, True)


def test_absolute_year_needs_no_publication_date():
    (claim,) = find_claims("Output triples in 2025.", "en", None, 2)
    assert (claim.when, claim.relative) == ("2025", False)


def test_longest_phrase_wins():
    claims = find_claims("It opens by the end of this year.", "en", PUBLISHED, 1)
    assert [c.phrase for c in claims] == ["by the end of this year"]


def test_claim_sentence_is_the_one_holding_the_phrase():
    text = "SMIC grows. Huawei opens a fab next year. Nvidia waits."
    (claim,) = find_claims(text, "en", PUBLISHED, 1)
    assert claim.sentence == "Huawei opens a fab next year."


def test_sentences_do_not_split_inside_abbreviations_before_lower_case():
    text = "The U.S. restrictions bite. China reacts."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The U.S. restrictions bite.",
        "China reacts.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi ser ökade priser i årets första månader.", "sv"),  # "i år" inside "i årets"
        ("Kapaciteten har ökat i åren som gått.", "sv"),
        ("Planen gäller under årets sista vecka.", "sv"),
        ("Revenue in 20251 was high.", "en"),  # a five-digit number is no year
        ("Sales of the XQ3 2025 model.", "en"),  # "Q3 2025" inside a word
    ],
)
def test_phrases_match_whole_words_only(text, language):
    assert find_claims(text, language, PUBLISHED, 1) == []


def test_phrases_match_in_any_case_and_keep_the_text_as_written():
    (claim,) = find_claims("OUTPUT WILL TRIPLE NEXT YEAR.", "en", PUBLISHED, 1)
    assert (claim.phrase, claim.when) == ("NEXT YEAR", "2026")
    (claim,) = find_claims("İstanbul first, then Q3 2026 for the rest.", "en", PUBLISHED, 1)
    assert (claim.phrase, claim.when) == ("Q3 2026", "2026-Q3")


def test_claims_in_paragraphs_keep_their_own_line_and_sentence():
    paragraphs = [("Huawei opens a fab next year.", 3), ("Nothing here.", 5), ("SMIC in 2027.", 7)]
    claims = claims_in(paragraphs, "en", PUBLISHED)
    assert [(c.line, c.sentence, c.when) for c in claims] == [
        (3, "Huawei opens a fab next year.", "2026"),
        (7, "SMIC in 2027.", "2027"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Veksten kommer i andre halvår.", "nb", "2025-H2"),  # the article dated 2025-09-08
        ("Veksten kjem i andre halvår.", "nn", "2025-H2"),
        ("Resultatet for fyrste halvår.", "nn", "2025-H1"),
        ("Væksten kommer i andet halvår.", "da", "2025-H2"),
        ("Salget steg i anden halvår.", "da", "2025-H2"),
        ("Inntektene i tredje kvartal 2025 steg.", "nb", "2025-Q3"),
        ("Intäkterna under fjärde kvartalet 2025.", "sv", "2025-Q4"),
        ("Im zweiten Halbjahr steigt der Absatz.", "de", "2025-H2"),
    ],
)
def test_nordic_and_german_ordinals_resolve(text, language, when):
    (claim,) = find_claims(text, language, dt.date(2025, 9, 8), 1)
    assert claim.when == when


def _placeholder_words(language: str) -> list[tuple[str, str]]:
    from generator.enrich.date_periods import tables

    return [(name, word) for name, words in tables(language).items() for word in words] + [
        ("month2", word) for word in tables(language)["month"]
    ]


@pytest.mark.parametrize("language", ["en", "sv", "nb", "nn", "da", "de", "fr"])
def test_every_word_a_pattern_can_capture_resolves(language):
    """Each phrase template filled with each word of its tables, in every language: the
    patterns and the tables come from one source, so none of these can fail to resolve."""
    from generator.enrich.date_periods import tables
    from generator.enrich.date_phrases import PHRASES
    from generator.enrich.dates import _alternatives

    tried = 0
    for kind, template in PHRASES.get(language, PHRASES["en"]):
        for one in _alternatives(template):
            for name, word in _placeholder_words(language):
                if "{" + name + "}" not in one:
                    continue
                text = _fill(one, name, word, language)
                claims = find_claims(f"Det {text}.", language, PUBLISHED, 1)
                # a fiscal quarter without its year stays unresolved: the fiscal year is the
                # company's; every other phrase resolves
                resolves = not kind.startswith("fiscal") or "{year}" in one or "{yy}" in one
                assert [c.when is not None for c in claims] == [resolves], (kind, text, claims)
                tried += 1
    assert tried >= 12
    assert tables(language)["month"]


def _fill(template: str, name: str, word: str, language: str) -> str:
    """One text the template matches, with `word` for placeholder `name` and the first word
    of its table (the last month for a range's end) for every other placeholder."""
    import re

    from generator.enrich.date_periods import tables

    table = tables(language)
    months = list(table["month"])
    given = {"year": "2025", "year2": "2026", "yy": "25", "day": "16", "day2": "20"}
    given["month2"] = months[-1]
    given |= {key: next(iter(words)) for key, words in table.items()}
    given[name] = word
    if name == "month2":
        given["month"] = months[0]
    template = re.sub(r"\(\?[!=][^()]*\)", "", template)  # look-aheads match no text
    text = re.sub(r"\{([a-z]+2?)\}", lambda m: given[m.group(1)], template)
    while (simpler := re.sub(r"\(\?:([^|()]*)[^()]*\)\??", r"\1", text)) != text:
        text = simpler  # first alternative of each group, innermost first
    text = re.sub(r"\[(.)[^\]]*\]", r"\1", text)  # first character of a class
    text = text.replace(r"\s+", " ").replace(r"\.", ".")
    return re.sub(r"(.)\?", r"\1", text)


@pytest.mark.parametrize(
    ("text", "language", "when", "precision"),
    [
        ("Sales fell last year.", "en", "2024", "year"),
        ("Omsättningen sjönk i fjol.", "sv", "2024", "year"),
        ("Salget falt i fjor.", "nb", "2024", "year"),
        ("Salget faldt sidste år.", "da", "2024", "year"),
        ("Der Umsatz sank letztes Jahr.", "de", "2024", "year"),
        ("Heuer soll der Umsatz steigen.", "de", "2025", "year"),
        ("It opened on March 16, 2020.", "en", "2020-03-16", "day"),
        ("It opened on 16 March 2020.", "en", "2020-03-16", "day"),
        ("Beslutet kom 24 januari.", "sv", "2025-01-24", "day"),
        ("Avtalen ble signert 29. mai 2008.", "nb", "2008-05-29", "day"),
        ("Die Messe beginnt am 16. März.", "de", "2025-03-16", "day"),
        ("Das Werk öffnet im Jänner 2026.", "de", "2026-01", "month"),
        ("Krigen i januar i år.", "nb", "2025-01", "month"),
        ("The virus appeared in April this year.", "en", "2025-04", "month"),
        ("Profit rose in the fourth quarter.", "en", "2025-Q4", "quarter"),
        ("Fourth-quarter profit rose.", "en", "2025-Q4", "quarter"),
        ("Growth slows in the second half.", "en", "2025-H2", "half"),
        ("Visitors return in the fourth quarter of next year.", "en", "2026-Q4", "quarter"),
        ("Revenue in 2Q25 beat forecasts.", "en", "2025-Q2", "quarter"),
        ("Im dritten Quartal stieg der Umsatz.", "de", "2025-Q3", "quarter"),
        ("Salget i fjerde kvartal i fjor.", "nb", "2024-Q4", "quarter"),
        ("Revenue for the first quarter of fiscal 2026.", "en", "FY2026-Q1", "fiscal_quarter"),
        ("Revenue in Q1 FY26 rose.", "en", "FY2026-Q1", "fiscal_quarter"),
        ("Guidance for fiscal 2026 is unchanged.", "en", "FY2026", "fiscal_year"),
        ("The fab opens by the end of 2026.", "en", "2026-12", "month"),
        ("Fabriken står klar i slutet av 2026.", "sv", "2026-12", "month"),
        ("Das Werk soll Ende 2026 fertig sein.", "de", "2026-12", "month"),
        ("Production starts in early 2026.", "en", "2026-01/2026-04", "month"),
        ("Production starts in mid-2026.", "en", "2026-05/2026-08", "month"),
        ("Production starts in late 2026.", "en", "2026-09/2026-12", "month"),
        ("Die Produktion beginnt Anfang 2026.", "de", "2026-01/2026-04", "month"),
        ("Produksjonen starter i midten av 2026.", "nb", "2026-05/2026-08", "month"),
        (
            "Nvidia hadde inntekter på 44 milliarder i februar-april.",
            "nb",
            "2025-02/2025-04",
            "month",
        ),
        ("He led the firm from 1985 to 1992.", "en", "1985/1992", "year"),
        ("Von 1999 bis 2003 holten sie den Titel.", "de", "1999/2003", "year"),
        ("Hun virket der fra 1952 til 1980.", "nb", "1952/1980", "year"),
        ("Von Juni 2010 bis Dezember 2013 dauerte es.", "de", "2010-06/2013-12", "month"),
    ],
)
def test_new_phrases_resolve(text, language, when, precision):
    (claim,) = find_claims(text, language, PUBLISHED, 4)
    assert (claim.when, claim.precision) == (when, precision)


@pytest.mark.parametrize(
    ("text", "language", "when", "start", "end"),
    [
        ("Prices are the highest since 2001.", "en", "2001/..", dt.date(2001, 1, 1), None),
        ("Seit 2014 sind 81 Italiener gegangen.", "de", "2014/..", dt.date(2014, 1, 1), None),
        ("Ab 2017 gilt die Maut.", "de", "2017/..", dt.date(2017, 1, 1), None),
        ("Han har vært sjef siden 2005.", "nb", "2005/..", dt.date(2005, 1, 1), None),
        ("Allein seit April 2012 kamen sie.", "de", "2012-04/..", dt.date(2012, 4, 1), None),
        ("A post-Kyoto deal after 2012.", "en", "2013/..", dt.date(2013, 1, 1), None),
        ("The plan runs until 2030.", "en", "../2030", None, dt.date(2030, 12, 31)),
        ("Das Programm läuft bis 2030.", "de", "../2030", None, dt.date(2030, 12, 31)),
        ("Det har skjedd frem til 2009.", "nb", "../2009", None, dt.date(2009, 12, 31)),
        ("Reglene gjaldt før 1996.", "nb", "../1995", None, dt.date(1995, 12, 31)),
    ],
)
def test_open_intervals(text, language, when, start, end):
    (claim,) = find_claims(text, language, PUBLISHED, 4)
    assert (claim.when, claim.start, claim.end) == (when, start, end)
    assert claim.precision == ("since" if end is None else "until")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Billetten koster under 2000 kroner.", "nb"),
        ("Die Geräte kosten 1500 bis 2000 Euro.", "de"),
        ("Sie kosten bis 2000 Euro.", "de"),
        ("Det gav under 2000 miljoner kronor.", "sv"),
        ("The deal is worth up to 2000 dollars.", "en"),
        ("Die Quote liegt bei 2015 Prozent.", "de"),
    ],
)
def test_an_amount_is_no_year(text, language):
    assert find_claims(text, language, PUBLISHED, 1) == []


def test_a_day_past_the_months_end_keeps_the_month():
    (claim,) = find_claims("Fristen er 31. februar 2026.", "nb", PUBLISHED, 1)
    assert (claim.when, claim.precision) == ("2026-02", "month")


def test_a_german_day_date_does_not_end_the_sentence():
    (claim,) = find_claims("Er kam am 16. März 2020 an. Dann ging er.", "de", PUBLISHED, 1)
    assert claim.sentence == "Er kam am 16. März 2020 an."


@pytest.mark.parametrize(
    ("text", "language", "when", "precision"),
    [
        ("CES ran from 6 to 9 January.", "en", "2025-01-06/2025-01-09", "day"),
        (
            "Interviews ran between 15 November 2004 and 5 January 2005.",
            "en",
            "2004-11-15/2005-01-05",
            "day",
        ),
        ("Die Installation (30. Jänner bis 3. April) läuft.", "de", "2025-01-30/2025-04-03", "day"),
        (
            "Zwischen dem 5. und 20. Dezember öffnet der Markt.",
            "de",
            "2025-12-05/2025-12-20",
            "day",
        ),
        ("Messen varar 3–5 mars 2026.", "sv", "2026-03-03/2026-03-05", "day"),
        ("Seit 1. August gilt das Gesetz.", "de", "2025-08-01/..", "since"),
        ("Die Regel sollte ab 1. Juli gelten.", "de", "2025-07-01/..", "since"),
        ("Xboxes made before 23 October 2003 are affected.", "en", "../2003-10-22", "until"),
        ("Tilbudet gjelder til 30. juni 2026.", "nb", "../2026-06-30", "until"),
        ("Innen 30. juni neste år må planen være klar.", "nb", "2026-06-30", "day"),
        ("To briter ble bortført 11. september i år.", "nb", "2025-09-11", "day"),
        ("Prototypes arrive early next year.", "en", "2026-01/2026-04", "month"),
        ("Die Anlage startet Anfang nächsten Jahres.", "de", "2026-01/2026-04", "month"),
        (
            "Die Umfrage fand zwischen Juli 2015 und Februar 2016 statt.",
            "de",
            "2015-07/2016-02",
            "month",
        ),
    ],
)
def test_day_ranges_open_days_and_parts_of_relative_years(text, language, when, precision):
    (claim,) = find_claims(text, language, PUBLISHED, 4)
    assert (claim.when, claim.precision) == (when, precision)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Inntil 1980-årene var skipsfarten unik.", "nb"),
        ("Vi havde mindre albuerum i 1950'erne.", "da"),
        ("Growth in the 1990s was fast.", "en"),
    ],
)
def test_a_decade_is_no_year(text, language):
    assert find_claims(text, language, PUBLISHED, 1) == []


def test_a_year_with_a_genitive_s_is_a_year():
    (claim,) = find_claims("Sales in 2004's last quarter rose.", "en", PUBLISHED, 1)
    assert claim.when == "2004"


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Seit Mitte 2014 wird gestritten.", "de", "2014-05/.."),
        ("Prices have risen since early 2020.", "en", "2020-01/.."),
        ("Det har pågått siden i begynnelsen av 2019.", "nb", "2019-01/.."),
    ],
)
def test_since_a_part_of_a_year(text, language, when):
    (claim,) = find_claims(text, language, PUBLISHED, 1)
    assert (claim.when, claim.precision, claim.end) == (when, "since", None)


def test_an_unresolved_phrase_keeps_its_kinds_precision():
    claims = find_claims("Ab 1. Juli gilt es, vom 3. bis 5. Mai nicht.", "de", None, 1)
    assert [(c.when, c.precision) for c in claims] == [(None, "since"), (None, "day")]


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Growth of 7.1% in 2005-06 is forecast.", "en", "2005/2006"),
        ("Martine ble funnet den 16. mars i 2008.", "nb", "2008-03-16"),
    ],
)
def test_short_year_ranges_and_days_of_a_year(text, language, when):
    assert [c.when for c in find_claims(text, language, PUBLISHED, 1)] == [when]


_SHORT = [
    ("2H25", "2025-H2", "half"),
    ("1H 2026", "2026-H1", "half"),
    ("H1 2026", "2026-H1", "half"),
    ("H2 2025", "2025-H2", "half"),
    ("3Q25", "2025-Q3", "quarter"),
    ("Q3", "2025-Q3", "quarter"),  # of the publication date's year
    ("Q4 FY25", "FY2025-Q4", "fiscal_quarter"),
    ("Q3 FY26", "FY2026-Q3", "fiscal_quarter"),
    ("FY2026 Q1", "FY2026-Q1", "fiscal_quarter"),
    ("H1 FY26", "FY2026-H1", "fiscal_half"),
    ("1HFY26", "FY2026-H1", "fiscal_half"),
]
_READ_BEFORE = {"H1 2026", "H2 2025", "3Q25", "Q4 FY25", "Q3 FY26", "FY2026 Q1"}  # English


@pytest.mark.parametrize(
    ("language", "phrase", "when", "precision"),
    [
        (language, *case)
        for language in ("en", "sv", "nb", "nn", "da", "de")
        for case in _SHORT
        if not (language == "en" and case[0] in _READ_BEFORE)
    ],
)
def test_half_years_and_quarters_written_short_in_every_language(language, phrase, when, precision):
    (claim,) = find_claims(f"Omsetningen {phrase} vil øke.", language, PUBLISHED, 1)
    assert (claim.phrase, claim.when, claim.precision) == (phrase, when, precision)


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Inntektene i 1. halvår 2026 ventes å stige.", "nb", "2026-H1"),
        ("Inntektene i 2. halvår ventes å stige.", "nn", "2025-H2"),
        ("Omsætningen i 1. halvår 2026 ventes at stige.", "da", "2026-H1"),
        ("Omsætningen i 3. kvartal 2025 steg.", "da", "2025-Q3"),
        ("Intäkterna under 1:a halvåret 2026 väntas stiga.", "sv", "2026-H1"),
        ("Intäkterna under 2. kvartalet steg.", "sv", "2025-Q2"),
        ("Im 2. Halbjahr soll der Umsatz steigen.", "de", "2025-H2"),
        ("Im 3. Quartal 2025 stieg der Umsatz.", "de", "2025-Q3"),
        ("Revenue in the 2nd half of 2026 will rise.", "en", "2026-H2"),
        ("Sales rose in H2, the company said.", "en", "2025-H2"),
    ],
)
def test_numbered_halves_and_quarters(text, language, when):
    (claim,) = find_claims(text, language, PUBLISHED, 1)
    assert claim.when == when


def test_a_german_numbered_half_year_does_not_end_the_sentence():
    (claim,) = find_claims("Der Umsatz stieg im 2. Halbjahr 2025 kräftig.", "de", PUBLISHED, 1)
    assert claim.sentence == "Der Umsatz stieg im 2. Halbjahr 2025 kräftig."


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("For last year's second quarter, the group posted a loss.", "en", "2024-Q2"),
        ("This year's first half was weak.", "en", "2025-H1"),
        ("Fjorårets andre kvartal var svakt.", "nb", "2024-Q2"),
        ("Fjolårets andra kvartal var svagt.", "sv", "2024-Q2"),
        ("Förra årets fjärde kvartal var svagt.", "sv", "2024-Q4"),
        ("Sidste års andet kvartal var svagt.", "da", "2024-Q2"),
    ],
)
def test_a_half_or_quarter_of_a_relative_year_in_the_possessive(text, language, when):
    (claim,) = find_claims(text, language, PUBLISHED, 1)
    assert claim.when == when
