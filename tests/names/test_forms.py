"""One name, many forms: each kind of form merges into one suggestion, in each language."""

from __future__ import annotations

import pytest

from tests.names.helpers import article, suggest


def test_case_merges_a_dateline_in_capitals_with_the_name():
    found = suggest(
        [
            article("a", ["LONDON (Reuters) - Shares fell on Monday.", "Traders in London sold."]),
            article("b", ["The bank moved staff from London to Paris last year."]),
        ]
    )
    assert "London" in found and found["London"].articles == 2
    assert "LONDON" in found["London"].aliases
    assert not any(name.isupper() and name != "LONDON" for name in found)


GENITIVES = [
    ("en", ["Analysts said Nvidia's shares rose.", "Buyers still want chips from Nvidia today."]),
    ("sv", ["Analytiker tror att Nvidias aktie stiger.", "Kunderna köper fortfarande av Nvidia."]),
    ("nb", ["Analytikere tror at Nvidias aksje stiger.", "Kundene kjøper fortsatt fra Nvidia."]),
    ("da", ["Analytikere tror at Nvidias aktie stiger.", "Kunderne køber stadig fra Nvidia."]),
    ("de", ["Analysten sagen, dass die Nvidia Corp. wächst.", "Käufer wollen Chips von Nvidia."]),
]


@pytest.mark.parametrize(("language", "paragraphs"), GENITIVES)
def test_genitives_merge_with_the_name(language: str, paragraphs: list[str]):
    found = suggest([article(f"{language}{n}", paragraphs, language) for n in range(2)])
    assert "Nvidia" in found, sorted(found)
    assert not {"Nvidias", "Nvidia's"} & set(found)
    assert found["Nvidia"].articles == 2


def test_a_colon_genitive_of_an_acronym_merges_with_it():
    found = suggest(
        [
            article(
                "a", ["Enligt SMIC:s vd växer efterfrågan.", "Kunder köper mer av SMIC nu."], "sv"
            ),
            article("b", ["Kapaciteten hos SMIC ska fördubblas."], "sv"),
        ]
    )
    assert "SMIC" in found and "SMIC:s" not in found and found["SMIC"].articles == 2


@pytest.mark.parametrize(
    ("language", "definite", "base"),
    [
        ("nb", "Pentagonet", "Pentagon"),
        ("sv", "Pentagons", "Pentagon"),
        ("da", "Pentagons", "Pentagon"),
    ],
)
def test_nordic_definite_and_genitive_forms_merge(language: str, definite: str, base: str):
    found = suggest(
        [
            article("a", [f"Ifølge {definite} talsperson er saken alvorlig."], language),
            article("b", [f"Rapporten fra {base} kom i går."], language),
        ]
    )
    assert base in found and definite not in found
    assert definite in found[base].aliases and found[base].articles == 2


@pytest.mark.parametrize(
    ("language", "compound"),
    [
        ("nb", "Huawei-sjefen"),
        ("sv", "Huawei-chefen"),
        ("da", "Huawei-chefen"),
        ("de", "Huawei-Chef"),
    ],
)
def test_a_hyphenated_compound_gives_the_name_before_the_hyphen(language: str, compound: str):
    found = suggest(
        [
            article("a", [f"I går sa {compound} at salget øker."], language),
            article("b", ["Salget til Huawei og Xiaomi øker."], language),
        ]
    )
    assert "Huawei" in found and compound not in found
    assert found["Huawei"].articles == 2


@pytest.mark.parametrize("language", ["en", "sv", "nb", "da", "de"])
def test_an_acronym_and_its_long_form_are_one_suggestion(language: str):
    long = "Semiconductor Manufacturing International Corporation (SMIC)"
    found = suggest(
        [
            article("a", [f"Chips from {long} are cheaper.", "Later SMIC said more."], language),
            article("b", ["Orders at SMIC grew again."], language),
        ]
    )
    smic = found["SMIC"]
    assert "Semiconductor Manufacturing International" not in found
    assert "Semiconductor Manufacturing International Corporation" in smic.aliases
    assert smic.articles == 2 and smic.kind == "company"


def test_a_surname_alone_merges_with_the_full_name():
    found = suggest(
        [
            article(
                "a",
                [
                    "Nvidia's chief executive Jensen Huang visited Beijing.",
                    "Huang said demand was strong.",
                ],
            ),
            article("b", ["In Taipei, Huang repeated the message."]),
        ]
    )
    assert "Huang" not in found
    assert found["Jensen Huang"].aliases == ("Huang",)
    assert found["Jensen Huang"].kind == "person" and found["Jensen Huang"].articles == 2
