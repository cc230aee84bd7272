"""Building the registry (entities and topics) from the seed files people write.

Owns the schema of `seeds/{companies,media,organizations,people,places}/<slug>.md` and
`seeds/topics/<slug>.md`: which frontmatter keys they take and of what type, and the checks
across files (an alias claimed by two entities). The files themselves are read by `reader`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.model import (
    Diagnostic,
    Entity,
    Level,
    Registry,
    SourceLocation,
    Topic,
    internal_error,
)
from generator.read.frontmatter_io import Split
from generator.read.ignore import read_ignored
from generator.read.overrides import language_code

ENTITY_COLLECTIONS = ("companies", "media", "organizations", "people", "places")
ENTITY_KEYS = {
    "name",
    "aliases",
    "case_sensitive",
    "kind",
    "country",
    "website",
    "description",
    "unambiguous",
    "exclude",
}
TOPIC_KEYS = {"name", "keywords", "description"}
LANGUAGES = ("en", "sv", "nb", "da", "de", "nn")


@dataclass(frozen=True)
class RegistryFile:
    """One registry seed: its folder (collection), slug, path and split frontmatter."""

    collection: str
    slug: str
    path: str
    split: Split


class _Checker:
    """Collects schema problems for one registry file."""

    def __init__(self, file: RegistryFile) -> None:
        self.file = file
        self.diagnostics: list[Diagnostic] = []

    def error(self, key: str | None, message: str, level: Level = Level.ERROR) -> None:
        line = self.file.split.key_lines.get(key, 1) if key else 1
        self.diagnostics.append(Diagnostic(level, SourceLocation(self.file.path, line), message))

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in sorted(set(self.file.split.meta) - allowed):
            self.error(key, f"unknown key '{key}' (expected one of: {', '.join(sorted(allowed))})")

    def string(self, key: str, required: bool = False) -> str | None:
        value = self.file.split.meta.get(key)
        if value is None:
            if required:
                self.error(None, f"{key}: missing (every {self.file.collection} file needs one)")
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.error(key, f"{key}: expected text (got {type(value).__name__})")
            return None
        return str(value)

    def string_list(self, key: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(key, f"{key}: expected a list of text")
            return ()
        return tuple(v.strip() for v in value if v.strip())


def _entity(file: RegistryFile, check: _Checker) -> Entity:
    check.unknown_keys(ENTITY_KEYS)
    meta = file.split.meta
    name = check.string("name", required=True) or file.slug
    aliases = check.string_list("aliases", meta.get("aliases"))
    case_sensitive = meta.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        check.error("case_sensitive", "case_sensitive: expected true or false")
        case_sensitive = False
    attributes = tuple(
        (key, text)
        for key in ("kind", "country", "website", "description")
        if (text := check.string(key)) is not None
    )
    unique = tuple(dict.fromkeys((name, *aliases)))
    unambiguous = check.string_list("unambiguous", meta.get("unambiguous"))
    for alias in unambiguous:
        if alias not in aliases:
            check.error("unambiguous", f"unambiguous: '{alias}' is not one of the aliases")
    exclude = check.string_list("exclude", meta.get("exclude"))
    for phrase in exclude:
        if not any(name.casefold() in phrase.casefold() for name in unique):
            check.error(
                "exclude",
                f"exclude: '{phrase}' contains none of this entry's names, so it blocks nothing",
                Level.WARNING,
            )
    return Entity(
        file.slug,
        file.collection,
        name,
        unique,
        case_sensitive,
        file.split.body.strip(),
        file.path,
        attributes,
        unambiguous,
        exclude,
    )


def _topic(file: RegistryFile, check: _Checker) -> Topic:
    check.unknown_keys(TOPIC_KEYS)
    name = check.string("name", required=True) or file.slug
    raw = file.split.meta.get("keywords") or {}
    if not isinstance(raw, Mapping):
        check.error("keywords", "keywords: expected a mapping of language to a list of keywords")
        raw = {}
    by_language: dict[str, tuple[str, ...]] = {}
    for written in sorted(raw, key=str):
        language = language_code(str(written))
        if language not in LANGUAGES:
            check.error(
                "keywords",
                f"keywords: unknown language '{written}' (expected one of: {', '.join(LANGUAGES)})",
            )
            continue
        words = check.string_list("keywords", raw[written])
        by_language[language] = tuple(dict.fromkeys((*by_language.get(language, ()), *words)))
    keywords = sorted(by_language.items())
    return Topic(file.slug, name, tuple(keywords), file.split.body.strip(), file.path)


def _shared_aliases(entities: list[Entity]) -> list[Diagnostic]:
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        for alias in {a.casefold() for a in entity.aliases}:
            owners.setdefault(alias, []).append(entity)
    problems = []
    for alias, claimants in sorted(owners.items()):
        if len(claimants) > 1:
            first, *others = claimants
            names = ", ".join(other.source for other in others)
            problems.append(
                Diagnostic(
                    Level.WARNING,
                    SourceLocation(first.source, 1),
                    f"alias '{alias}' is also claimed by {names}: it tags all of them",
                )
            )
    return problems


def build_registry(
    files: list[RegistryFile], ignore_file: tuple[str, str] | None = None
) -> tuple[Registry, list[Diagnostic]]:
    """Validate every registry file and build the registry from the ones that are usable;
    `ignore_file` is `seeds/registry-ignore.yml` as (path shown, text), its names the
    registry's `ignored`."""
    entities: list[Entity] = []
    topics: list[Topic] = []
    diagnostics: list[Diagnostic] = []
    for file in sorted(files, key=lambda f: (f.collection, f.slug)):
        diagnostics.extend(file.split.diagnostics)
        if file.split.diagnostics:  # its frontmatter is unusable: it keeps its last page
            continue
        check = _Checker(file)
        try:
            if file.collection == "topics":
                topics.append(_topic(file, check))
            else:
                entities.append(_entity(file, check))
        except Exception as exc:  # one file's fault is its error; it keeps its last page
            check.diagnostics.append(internal_error(file.path, "reading", exc))
        diagnostics.extend(check.diagnostics)
    diagnostics.extend(_shared_aliases(entities))
    ignored: tuple[str, ...] = ()
    if ignore_file is not None:
        ignored, problems = read_ignored(ignore_file[1], ignore_file[0])
        diagnostics.extend(problems)
    return Registry(tuple(entities), tuple(topics), ignored), diagnostics
