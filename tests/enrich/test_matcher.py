"""Entity matching: inflections, case rules, word boundaries and the gold traps."""

from __future__ import annotations

import pytest

from generator.enrich.matcher import Matcher, Pattern, needs_exact_case

ENTITIES = [
    Pattern("Nvidia", "nvidia"),
    Pattern("Huawei", "huawei"),
    Pattern("DeepSeek", "deepseek"),
    Pattern("SMIC", "smic", case_sensitive=True),
    Pattern("Semiconductor Manufacturing International Corporation", "smic"),
    Pattern("FT", "financial-times", case_sensitive=True),
    Pattern("Financial Times", "financial-times"),
    Pattern("CNBC", "cnbc", case_sensitive=True),
    Pattern("Micron", "micron"),
    Pattern("Arm", "arm", case_sensitive=True),
    Pattern("AMD", "amd", case_sensitive=True),
    Pattern("Advanced Micro Devices", "amd"),
    Pattern("Kina", "china"),
    Pattern("New York", "new-york"),
    Pattern("The Information", "the-information", case_sensitive=True),
]
MATCHER = Matcher(ENTITIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deepseeks behov", {"deepseek"}),
        ("Huaweis AI-processorer", {"huawei"}),
        ("SMIC:s kapacitet", {"smic"}),
        ("SMICs kapasitet", {"smic"}),
        ("bruker Nvidia-brikker", {"nvidia"}),
        ("gjenoppta Kina-salget", {"china"}),
        ("etter stengetid på New York-børsen", {"new-york"}),
        ("Nvidias H20-brikke", {"nvidia"}),
        ("compete with NVIDIA.", {"nvidia"}),
        ("Nvidia og Advanced Micro Devices", {"nvidia", "amd"}),
        ("Semiconductor Manufacturing International Corporation (SMIC)", {"smic"}),
        ("told the FT.", {"financial-times"}),
        ("ifølge The Information har", {"the-information"}),
    ],
)
def test_inflections_and_aliases_tag(text, expected):
    assert MATCHER.keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "source:https://aicnbc.com/16727.html",  # a site's name is not CNBC
        "see www.cnbc.com for more",  # nor is a domain
        "microchips in China",  # not Micron
        "the soft ft of it",  # lower-case ft is nothing
        "armén köper inga",  # Arm never inside another word
        "an arm and a leg",  # nor in lower case: Arm is case-sensitive
        "amd is not AMD in lower case",  # only the capitalised acronym below
        "all the information we have",  # The Information needs its capitals
        "Kinaskål",  # a compound without hyphen is another word
    ],
)
def test_traps_do_not_tag(text):
    found = MATCHER.keys(text)
    if "AMD in lower" in text:
        assert found == {"amd"}
    else:
        assert found == set()


def test_longest_match_wins_and_offsets_are_original():
    text = "Financial Times och FT"
    matches = MATCHER.find(text)
    assert [(m.key, text[m.start : m.end]) for m in matches] == [
        ("financial-times", "Financial Times"),
        ("financial-times", "FT"),
    ]


def test_offsets_survive_characters_that_change_length_when_lowered():
    matcher = Matcher([Pattern("Nvidia", "nvidia")])
    text = "İİ Nvidia"
    (match,) = matcher.find(text)
    assert text[match.start : match.end] == "Nvidia"


def test_shared_alias_tags_both_entities():
    matcher = Matcher([Pattern("Washington", "washington"), Pattern("Washington", "george")])
    assert matcher.keys("Washington svarar") == {"washington", "george"}


def test_prefix_keywords_match_word_starts_only():
    matcher = Matcher([Pattern("exportförbud*", "export", prefix=True)])
    assert matcher.keys("Exportförbudet slår hårt") == {"export"}
    assert matcher.keys("nyexportförbud") == set()


@pytest.mark.parametrize(
    ("alias", "exact"), [("FT", True), ("U.S.", True), ("SK Hynix", False), ("xAI", False)]
)
def test_all_capitals_aliases_need_exact_case(alias, exact):
    assert needs_exact_case(alias) is exact


def test_empty_matcher_finds_nothing():
    assert Matcher([]).find("Nvidia") == []
