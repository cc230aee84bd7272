"""Names in news text: ordinary words, surnames alone, names inside longer names, and the
registry's `unambiguous` and `exclude` keys (and their checks)."""

from __future__ import annotations

from generator.enrich.tagging import Tagger
from generator.model import Level
from generator.read.frontmatter_io import split
from generator.read.registry import RegistryFile, build_registry


def _file(collection: str, slug: str, frontmatter: str) -> RegistryFile:
    path = f"seeds/{collection}/{slug}.md"
    return RegistryFile(collection, slug, path, split(f"---\n{frontmatter}\n---\nBrief.\n", path))


def _tagger(*extra: RegistryFile) -> Tagger:
    files = [
        _file("people", "donald-trump", "name: Donald Trump\naliases: [Trump]"),
        _file("people", "elon-musk", "name: Elon Musk\naliases: [Musk]"),
        _file("people", "liang-wenfeng", "name: Liang Wenfeng\naliases: [Liang]"),
        _file("places", "washington", "name: Washington\nexclude: [Washington Post]"),
        _file("places", "new-york", "name: New York\nexclude: [New York Times]"),
        _file("companies", "apple", "name: Apple"),
        *extra,
    ]
    registry, problems = build_registry(files)
    assert problems == []
    return Tagger(registry)


def _people_places(tagger: Tagger, *texts: str) -> set[str]:
    tags = tagger.tag(texts, "en")
    return {*tags["people"], *tags["places"], *tags["companies"]}


def test_a_capitalised_name_does_not_match_the_ordinary_word():
    tagger = _tagger()
    assert _people_places(tagger, "Rules trump feelings, and an apple a day helps.") == set()
    assert _people_places(tagger, "Donald Trump met Apple's chief.") == {"donald-trump", "apple"}
    assert _people_places(tagger, "APPLE SHARES FALL") == {"apple"}  # a headline in capitals


def test_a_surname_alone_needs_the_full_name_in_the_article():
    tagger = _tagger()
    assert _people_places(tagger, "Photo: Glen Musk", "Rain on the coast.") == set()
    assert _people_places(tagger, "Liang Chen, an analyst, disagreed.") == set()
    assert _people_places(tagger, "Elon Musk spoke.", "Musk said no.") == {"elon-musk"}


def test_a_surname_in_a_sentence_is_its_subject_once_the_article_named_the_person():
    tagger = _tagger()
    subjects = tagger.subjects_in(["Liang Wenfeng founded DeepSeek.", "Liang said no."])
    assert subjects("Liang said no.") == ("liang-wenfeng",)
    alone = tagger.subjects_in(["Liang Chen said no."])
    assert alone("Liang Chen said no.") == ()


def test_the_registry_can_mark_a_surname_unambiguous():
    trump = _file(
        "people", "donald-trump", "name: Donald Trump\naliases: [Trump]\nunambiguous: [Trump]"
    )
    files = [trump]
    registry, problems = build_registry(files)
    assert problems == []
    tags = Tagger(registry).tag(["Trump-administrasjonen ga tillatelse."], "nb")
    assert tags["people"] == ("donald-trump",)


def test_a_longer_registry_phrase_blocks_the_place_inside_it():
    tagger = _tagger()
    assert _people_places(tagger, "skriver Washington Post.", "ifølge New York Times") == set()
    assert _people_places(tagger, "Washington Posts redaksjon") == set()  # genitive too
    assert _people_places(tagger, "Beijing og Washington; New York-børsen") == {
        "washington",
        "new-york",
    }


def test_a_blocked_phrase_registered_as_a_medium_still_tags_the_medium():
    wapo = _file("media", "washington-post", "name: Washington Post")
    tags = _tagger(wapo).tag(["skriver Washington Post."], "nb")
    assert (tags["media"], tags["places"]) == (("washington-post",), ())


def test_registry_checks_the_new_keys():
    files = [
        _file("people", "elon-musk", "name: Elon Musk\naliases: [Musk]\nunambiguous: [Elon]"),
        _file("places", "washington", "name: Washington\nexclude: [Seattle Times]"),
        _file("places", "paris", "name: Paris\nexclude: {Paris: Hilton}"),
    ]
    _, problems = build_registry(files)
    assert [(d.level, d.render()) for d in problems] == [
        (
            Level.ERROR,
            "seeds/people/elon-musk.md:4: unambiguous: 'Elon' is not one of the aliases",
        ),
        (Level.ERROR, "seeds/places/paris.md:3: exclude: expected a list of text"),
        (
            Level.WARNING,
            "seeds/places/washington.md:3: warning: exclude: 'Seattle Times' contains none of this "
            "entry's names, so it blocks nothing",
        ),
    ]
