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
    from generator.enrich.dates import _tables

    return [(name, word) for name, words in _tables(language).items() for word in words]


@pytest.mark.parametrize("language", ["en", "sv", "nb", "nn", "da", "de", "fr"])
def test_every_word_a_pattern_can_capture_resolves(language):
    """Each phrase template filled with each word of its tables, in every language: the
    patterns and the tables come from one source, so none of these can fail to resolve."""
    from generator.enrich.dates import _MONTH_PHRASE, _PHRASES

    templates = [*_PHRASES.get(language, _PHRASES["en"]), _MONTH_PHRASE]
    tried = 0
    for kind, template in templates:
        for name, word in _placeholder_words(language):
            if "{" + name + "}" not in template:
                continue
            text = _fill(template, name, word)
            claims = find_claims(f"Det {text}.", language, PUBLISHED, 1)
            assert [c.when is not None for c in claims] == [True], (kind, text)
            tried += 1
    assert tried >= 12


def _fill(template: str, name: str, word: str) -> str:
    """One text the template matches, with `word` for placeholder `name`."""
    import re

    text = template.replace("{" + name + "}", word).replace("{year}", "2025")
    text = re.sub(r"\(\?:([^|()]*)[^()]*\)\??", r"\1", text)  # first alternative of a group
    text = text.split("|")[0]
    return text.replace(r"\s+", " ").replace("\\", "")
