"""Tagging text with registry entities and topics.

Owns how the registry becomes matchers: one automaton for every entity alias, and one per
language for topic keywords (a topic without keywords for the article's language falls back
to all of its keywords). Built once per registry and reused for every article.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.enrich.matcher import Matcher, Pattern, needs_exact_case
from generator.model import Registry
from generator.read import TAG_KINDS


class Tagger:
    def __init__(self, registry: Registry) -> None:
        self._collection = {e.slug: e.collection for e in registry.entities}
        self._entities = Matcher(
            Pattern(alias, entity.slug, entity.case_sensitive or needs_exact_case(alias))
            for entity in registry.entities
            for alias in entity.aliases
        )
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

    def entities(self, text: str) -> dict[str, set[str]]:
        """Slugs of the entities `text` mentions, by collection."""
        found: dict[str, set[str]] = {}
        for slug in self._entities.keys(text):
            found.setdefault(self._collection[slug], set()).add(slug)
        return found

    def subjects(self, text: str) -> tuple[str, ...]:
        """The companies and people `text` names: who a figure or claim is about."""
        found = self.entities(text)
        return tuple(sorted(found.get("companies", set()) | found.get("people", set())))

    def tag(self, texts: Iterable[str], language: str) -> dict[str, tuple[str, ...]]:
        """Every tag kind (companies, media, people, places, topics) for an article's texts."""
        found: dict[str, set[str]] = {kind: set() for kind in TAG_KINDS}
        topics = self._topics(language)
        for text in texts:
            for collection, slugs in self.entities(text).items():
                found[collection] |= slugs
            found["topics"] |= topics.keys(text)
        return {kind: tuple(sorted(slugs)) for kind, slugs in found.items()}
