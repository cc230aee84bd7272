"""What looks like a name and is none: each case, in each language."""

from __future__ import annotations

import pytest

from tests.names.helpers import article, suggest

# A common word that opens sentences in several articles, and a name that stands inside one.
OPENERS = [
    ("en", "Meanwhile", "Meanwhile the plant in Ohio grows.", "Meanwhile sales fell, said Acme."),
    (
        "sv",
        "Samtidigt",
        "Samtidigt växer fabriken i Ohio.",
        "Samtidigt föll försäljningen, säger Acme.",
    ),
    ("nb", "Samtidig", "Samtidig vokser fabrikken i Ohio.", "Samtidig falt salget, sier Acme."),
    ("da", "Samtidig", "Samtidig vokser fabrikken i Ohio.", "Samtidig faldt salget, siger Acme."),
    (
        "de",
        "Gleichzeitig",
        "Gleichzeitig wächst das Werk in Ohio.",
        "Gleichzeitig fiel der Umsatz, sagt Acme Inc.",
    ),
]


@pytest.mark.parametrize(("language", "word", "first", "second"), OPENERS)
def test_a_word_that_only_opens_sentences_is_no_name(language, word, first, second):
    found = suggest([article("a", [first], language), article("b", [second], language)])
    assert word not in found
    assert "Ohio" in found and "Acme" in found


@pytest.mark.parametrize(
    ("language", "lower"),
    [
        ("en", "the network grew."),
        ("sv", "nätet växte."),
        ("nb", "nettet vokste."),
        ("da", "nettet voksede."),
    ],
)
def test_a_word_also_written_in_lower_case_is_no_name(language, lower):
    word = lower.split()[-2] if language == "en" else lower.split()[0]
    capital = word.capitalize()
    # capitalised inside a sentence once (a quotation's start), in lower case elsewhere
    found = suggest(
        [
            article("a", [f'He wrote: "{capital} is everything."', lower], language),
            article("b", [lower], language),
        ]
    )
    assert capital not in found


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "CHIP SHARES FALL AFTER NEW EXPORT BAN"),
        ("sv", "CHIPAKTIER FALLER EFTER NYTT EXPORTFÖRBUD"),
        ("nb", "BRIKKEAKSJER FALLER ETTER NYTT EKSPORTFORBUD"),
        ("de", "CHIPAKTIEN FALLEN NACH NEUEM EXPORTVERBOT"),
    ],
)
def test_a_headline_in_capitals_gives_no_names(language, headline):
    found = suggest(
        [article(f"{language}{n}", [headline, "Nothing else."], language) for n in range(3)]
    )
    assert found == {}


@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        ("en", "OSLO (Reuters) - The fund sold its stake."),
        ("nb", "OSLO (NTB): Fondet solgte seg ut."),
        ("sv", "OSLO (TT) – Fonden sålde sitt innehav."),
        ("da", "OSLO (Ritzau) - Fonden solgte sin andel."),
        ("de", "OSLO (dpa) - Der Fonds verkaufte seinen Anteil."),
    ],
)
def test_a_dateline_names_a_place_and_is_not_a_headline(language, dateline):
    found = suggest([article(f"{language}{n}", [dateline], language) for n in range(2)])
    assert found["Oslo"].kind == "place" and found["Oslo"].articles == 2
    assert "dateline" in found["Oslo"].evidence or "gazetteer" in found["Oslo"].evidence[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Monday, in March and on Friday 3 May, the board met."),
        ("sv", "På Måndag i Mars och på Fredag möttes styrelsen."),
        ("nb", "På Mandag i Mars og på Fredag møttes styret."),
        ("da", "På Mandag i Marts og på Fredag mødtes bestyrelsen."),
        ("de", "Am Montag im März und am Freitag tagte der Vorstand."),
    ],
)
def test_weekdays_and_months_are_no_names(language, text):
    found = suggest([article(f"{language}{n}", [text], language) for n in range(3)])
    assert found == {}, sorted(found)


@pytest.mark.parametrize(
    ("language", "byline", "other"),
    [
        ("en", "By Kari Nordmann", "Photo: Ola Hansen"),
        ("nb", "Av Kari Nordmann", "Foto: Ola Hansen"),
        ("sv", "Av Kari Nordmann", "Foto: Ola Hansen"),
        ("de", "Von Kari Nordmann", "Foto: Ola Hansen"),
    ],
)
def test_bylines_and_photo_credits_give_no_names(language, byline, other):
    found = suggest(
        [article(f"{language}{n}", [byline, "Acme Inc grew.", other], language) for n in range(3)]
    )
    assert set(found) == {"Acme"}


def test_the_articles_author_and_boilerplate_lines_give_no_names():
    paragraphs = [
        "Acme Inc grew fast in Ohio.",
        "Copyright Jane Roe Media Group",
        "Read more: Acme Inc",
    ]
    found = suggest([article(f"a{n}", paragraphs, author="Ola Hansen") for n in range(3)])
    assert set(found) == {"Acme", "Ohio"}
    assert found["Acme"].articles == 3


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung will die Regierung stärken, sagte die Regierung in Berlin.",
        "Die Experten sagen, dass 5 Jahre reichen, und die Experten warnen in Berlin.",
    ],
)
def test_german_common_nouns_are_no_names(text):
    found = suggest([article(f"d{n}", [text], "de") for n in range(3)])
    assert set(found) == {"Berlin"}, sorted(found)


def test_demonyms_and_acronyms_of_things_are_no_names():
    text = (
        "The Chinese chipmaker Acme Inc hired an Australian CEO for its AI and GPU plans in Ohio."
    )
    found = suggest([article(f"e{n}", [text]) for n in range(3)])
    assert set(found) == {"Acme", "Ohio"}, sorted(found)


def test_products_and_models_with_digits_are_no_names():
    text = "Acme Inc sells the H20 and the Ascend 910D in Ohio."
    found = suggest([article(f"p{n}", [text]) for n in range(3)])
    assert set(found) == {"Acme", "Ohio"}, sorted(found)


def test_a_demonym_that_begins_a_name_and_a_given_name_like_a_month_stay_in_it():
    text = "Talks between the European Union, Saudi Arabia and Jan Petersen ended in Oslo."
    found = suggest([article(f"u{n}", [text]) for n in range(2)])
    assert {"European Union", "Saudi Arabia", "Jan Petersen"} <= set(found), sorted(found)
    assert not {"Union", "Arabia", "Petersen"} & set(found)


@pytest.mark.parametrize("quote", ["”", "“", "»", '"'])
def test_a_word_opening_a_quoted_sentence_is_no_name(quote):
    found = suggest(
        [
            article(f"q{n}", [f"{quote}Nöden föder innovation.{quote} Det sa Acme AB."], "sv")
            for n in range(2)
        ]
    )
    assert set(found) == {"Acme"}, sorted(found)


def test_a_common_noun_that_begins_a_name_inside_a_sentence_stays_in_it():
    found = suggest(
        [article(f"s{n}", ["This week the State Council in Beijing met."]) for n in range(2)]
    )
    assert "State Council" in found and found["State Council"].kind == "organization"


def test_a_demonym_that_opens_an_organisation_name_stays_in_it():
    text = (
        "The Norwegian Battery Agency and the Swedish Energy Agency met the Chinese chipmaker "
        "Acme Inc in Ohio."
    )
    found = suggest([article(f"o{n}", [text]) for n in range(2)])
    assert {"Norwegian Battery Agency", "Swedish Energy Agency", "Acme"} <= set(found), sorted(
        found
    )
    assert not {"Battery Agency", "Energy Agency", "Chinese Acme"} & set(found)
    assert found["Norwegian Battery Agency"].kind == "organization"
