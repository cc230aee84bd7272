"""Each name's kind and the evidence for it; what the registry knows is left out; the order."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import NameExample, Registry
from tests.names.helpers import EMPTY, article, entity, suggest


@pytest.mark.parametrize(
    ("language", "text", "name", "suffix"),
    [
        ("en", "Orders went to Volantis Inc. last week.", "Volantis", "Inc"),
        ("sv", "Ordern gick till Volantis AB förra veckan.", "Volantis", "AB"),
        ("nb", "Ordren gikk til Volantis ASA forrige uke.", "Volantis", "ASA"),
        ("da", "Ordren gik til Volantis A/S i sidste uge.", "Volantis", "A/S"),
        ("de", "Der Auftrag ging an die Volantis GmbH in Berlin.", "Volantis", "GmbH"),
    ],
)
def test_a_legal_suffix_makes_a_company(language, text, name, suffix):
    found = suggest([article(f"{language}{n}", [text], language) for n in range(2)])
    assert found[name].kind == "company"
    assert f'legal suffix "{suffix}"' in found[name].evidence


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "The company's chief executive Maren Okafor said so.", "executive"),
        ("sv", "Det säger statsminister Maren Okafor till TT.", "statsminister"),
        ("nb", "Det sier statsminister Maren Okafor til NTB.", "statsminister"),
        ("da", "Det siger statsminister Maren Okafor til Ritzau.", "statsminister"),
        ("de", "Das sagte Kanzlerin Maren Okafor in Berlin.", "kanzlerin"),
    ],
)
def test_a_title_before_a_name_makes_a_person(language, text, title):
    found = suggest([article(f"{language}{n}", [text], language) for n in range(2)])
    assert found["Maren Okafor"].kind == "person"
    assert f'title "{title}"' in found["Maren Okafor"].evidence


@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        ("en", "Talks in Trondheim with the Ministry of Trade ended.", "Trondheim", "place"),
        (
            "en",
            "Talks in Trondheim with the Ministry of Trade ended.",
            "Ministry of Trade",
            "organization",
        ),
        ("sv", "Enligt Skatteverket ökar intäkterna i Göteborg.", "Skatteverket", "organization"),
        ("sv", "Enligt Skatteverket ökar intäkterna i Göteborg.", "Göteborg", "place"),
        (
            "nb",
            "Ifølge Helsedirektoratet og Dagbladet øker tallet i Vest-Telemark.",
            "Helsedirektoratet",
            "organization",
        ),
        (
            "nb",
            "Ifølge Helsedirektoratet og Dagbladet øker tallet i Vest-Telemark.",
            "Dagbladet",
            "medium",
        ),
        (
            "nb",
            "Ifølge Helsedirektoratet og Dagbladet øker tallet i Vest-Telemark.",
            "Vest-Telemark",
            "place",
        ),
        (
            "de",
            "Laut Bundesamt für Statistik und der Frankfurter Allgemeine wächst München.",
            "München",
            "place",
        ),
        (
            "de",
            "Laut Bundesamt für Statistik und der Frankfurter Allgemeine wächst München.",
            "Frankfurter Allgemeine",
            "medium",
        ),
    ],
)
def test_places_organisations_and_media_by_their_words(language, text, name, kind):
    found = suggest([article(f"{language}{n}", [text], language) for n in range(2)])
    assert found[name].kind == kind, found[name]


def test_a_given_name_makes_a_person():
    found = suggest(
        [article(f"g{n}", ["Later Ingrid Solberg met the board in Ohio."]) for n in range(2)]
    )
    assert found["Ingrid Solberg"].kind == "person"
    assert any("gender-guesser" in why for why in found["Ingrid Solberg"].evidence)


def test_names_and_aliases_the_registry_knows_and_rejected_names_are_left_out():
    text = ["Acme Inc and Volantis AB met Jensen Huang and the Ministry of Trade in Ohio."]
    articles = [article(f"r{n}", text) for n in range(2)]
    registry = Registry(
        (entity("companies", "Acme Corporation", ("Acme",)), entity("people", "Jensen Huang")),
        (),
        ignored=("Ministry of Trade",),
    )
    assert set(suggest(articles, EMPTY)) == {
        "Acme",
        "Volantis",
        "Jensen Huang",
        "Ministry of Trade",
        "Ohio",
    }
    assert set(suggest(articles, registry)) == {"Volantis", "Ohio"}


def test_ranked_by_articles_then_outlets_with_languages_dates_and_two_examples():
    articles = [
        article("a1", ["Volantis AB grew in Ohio."], "sv", date=dt.date(2025, 1, 2), outlet="TT"),
        article("a2", ["Volantis AB grew in Ohio."], "en", date=dt.date(2025, 3, 4), outlet="AP"),
        article("a3", ["Orders to Volantis AB rose."], "en", date=dt.date(2025, 2, 1), outlet="AP"),
    ]
    ranked = list(suggest(articles).values())
    assert [s.name for s in ranked] == ["Volantis", "Ohio"]
    volantis = ranked[0]
    assert (volantis.articles, volantis.outlets, volantis.languages) == (3, 2, ("en", "sv"))
    assert (volantis.first, volantis.last) == (dt.date(2025, 1, 2), dt.date(2025, 3, 4))
    # a use inside a sentence first, then the newest article's
    assert volantis.examples == (
        NameExample("seeds/articles/a3.txt", 3, "Orders to Volantis AB rose."),
        NameExample("seeds/articles/a2.txt", 3, "Volantis AB grew in Ohio."),
    )


def test_the_same_articles_in_another_order_give_the_same_suggestions():
    texts = ["Volantis AB grew in Ohio.", "Acme Inc left Oslo.", "Talks with Acme Inc in Ohio."]
    articles = [article(f"o{n}", [text]) for n, text in enumerate(texts)]
    assert suggest(articles) == suggest(list(reversed(articles)))
    assert list(suggest(articles)) == list(suggest(list(reversed(articles))))
