"""Tagging text with registry entities and topics.

Owns how the registry becomes matchers: one automaton for every entity alias, and one per
language for topic keywords (a topic without keywords for the article's language falls back
to all of its keywords). Built once per registry and reused for every article. Owns the
entity-linking conventions of news writing too: a capitalised name never matches the same
word in lower case (`trump` the verb); a person's surname alone (`Musk`, `Liang`) names that
person only in an article that also gives the full name, unless the registry lists it as
`unambiguous`; and every registry `exclude` phrase (`Washington Post`) blocks the names
inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.enrich.matcher import BLOCK, Matcher, Pattern, needs_exact_case
from generator.model import Entity, Registry
from generator.read import TAG_KINDS

_PARTIAL = "~"  # key prefix of a surname alias: it counts only where the full name was seen


def _is_partial(entity: Entity, alias: str) -> bool:
    """A single word of a person's multi-word name, used alone (`Musk` for `Elon Musk`)."""
    if entity.collection != "people" or alias in entity.unambiguous or " " in alias.strip():
        return False
    words = {word.casefold() for word in entity.name.split()}
    return len(words) > 1 and alias.casefold() in words


def _patterns(registry: Registry) -> Iterable[Pattern]:
    for entity in registry.entities:
        for alias in entity.aliases:
            key = _PARTIAL + entity.slug if _is_partial(entity, alias) else entity.slug
            exact = entity.case_sensitive or needs_exact_case(alias)
            yield Pattern(alias, key, exact, proper=True)
        for phrase in entity.exclude:
            yield Pattern(phrase, BLOCK)


class Tagger:
    def __init__(self, registry: Registry) -> None:
        self._collection = {e.slug: e.collection for e in registry.entities}
        self._entities = Matcher(_patterns(registry))
        self._registry = registry
        self._topic_matchers: dict[str, Matcher] = {}

    def _topics(self, language: str) -> Matcher:
        if language not in self._topic_matchers:
            self._topic_matchers[language] = Matcher(
                Pattern(word, topic.slug, needs_exact_case(word), word.endswith("*"))
                for topic in self._registry.topics
                for word in topic.keywords_for(language)
            )
        return self._topic_matchers[language]

    def _slugs(self, text: str, named: frozenset[str]) -> set[str]:
        """Entity slugs in `text`; a surname alone counts for the people in `named`."""
        found = set()
        for key in self._entities.keys(text):
            slug = key.removeprefix(_PARTIAL)
            if key == slug or slug in named:
                found.add(slug)
        return found

    def entities(self, text: str, named: frozenset[str] = frozenset()) -> dict[str, set[str]]:
        """Slugs of the entities `text` mentions, by collection."""
        found: dict[str, set[str]] = {}
        for slug in self._slugs(text, named):
            found.setdefault(self._collection[slug], set()).add(slug)
        return found

    def subjects(self, text: str, named: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The companies and people `text` names: who a figure or claim is about."""
        found = self.entities(text, named)
        return tuple(sorted(found.get("companies", set()) | found.get("people", set())))

    def subjects_in(self, texts: Iterable[str]) -> Callable[[str], tuple[str, ...]]:
        """`subjects` for the sentences of one article, whose full names license surnames."""
        named = frozenset(self._named(texts))

        def subjects(text: str) -> tuple[str, ...]:
            return self.subjects(text, named)

        return subjects

    def _named(self, texts: Iterable[str]) -> set[str]:
        return {slug for text in texts for slug in self._slugs(text, frozenset())}

    def tag(self, texts: Iterable[str], language: str) -> dict[str, tuple[str, ...]]:
        """Every tag kind (companies, media, people, places, topics) for an article's texts."""
        found: dict[str, set[str]] = {kind: set() for kind in TAG_KINDS}
        topics = self._topics(language)
        for text in texts:
            for collection, slugs in self.entities(text).items():
                found[collection] |= slugs
            found["topics"] |= topics.keys(text)
        return {kind: tuple(sorted(slugs)) for kind, slugs in found.items()}
