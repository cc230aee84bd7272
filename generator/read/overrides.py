"""Validating the corrections an editor writes in an article seed's frontmatter.

Owns the article frontmatter schema: which keys exist, their types, and the tag-list syntax
(`companies: [nvidia, amd]` replaces the derived list; `companies: [+tesla, -xai]` adds or
removes single tags). Unknown slugs get a "did you mean" suggestion. Every message names the
seed file and the line of the key.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from typing import Any

from generator.model import Diagnostic, Level, Registry, Seed, SourceLocation
from generator.read.plaintext import parse_date

TAG_KINDS = ("companies", "media", "organizations", "people", "places", "topics")
TEXT_KEYS = ("title", "outlet", "url", "author", "story", "summary", "notes")
LANGUAGE_CODES = ("en", "sv", "nb", "nn", "da", "de", "fi", "fr")
# `no`, ISO 639-1's Norwegian, is written as Bokmål unless an editor says `nn`
LANGUAGE_ALIASES = {"no": "nb"}


def language_code(text: str) -> str:
    """The code an editor means by `text`: `NB` is `nb`, and `no` (Norwegian) is `nb`."""
    code = text.strip().lower()
    return LANGUAGE_ALIASES.get(code, code)


# what `generator add` found in the source, under `received:`: not a correction
RECEIVED_KEYS = ("title", "date", "outlet", "url", "author")


def given_text(meta: dict[str, Any], key: str) -> str | None:
    """A seed's text field as its frontmatter gives it, unvalidated: the correction, else
    what was `received`, else None (for tools that read seeds without building them)."""
    received = meta.get("received")
    for value in (meta.get(key), received.get(key) if isinstance(received, dict) else None):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


ARTICLE_KEYS = frozenset({*TEXT_KEYS, *TAG_KINDS, "date", "language", "translated", "received"})


@dataclass(frozen=True)
class TagEdit:
    """A correction to one tag list: a full replacement, or single additions and removals."""

    replace: tuple[str, ...] | None = None
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def apply(self, derived: tuple[str, ...]) -> tuple[str, ...]:
        base = self.replace if self.replace is not None else derived
        kept = [slug for slug in base if slug not in self.remove]
        return tuple(sorted(set(kept) | set(self.add)))


@dataclass(frozen=True)
class Overrides:
    text: dict[str, str] = field(default_factory=dict)
    date_given: bool = False
    date: dt.date | None = None
    language: str | None = None
    translated: bool | None = None
    tags: dict[str, TagEdit] = field(default_factory=dict)
    received: dict[str, str] = field(default_factory=dict)
    received_date: dt.date | None = None

    def value(self, key: str) -> str | None:
        """A text field as corrected, else as received from the source, else None."""
        return self.text.get(key) or self.received.get(key)

    @property
    def accepted(self) -> tuple[str, ...]:
        """The keys whose values were taken, sorted: what the page lists as `corrected`
        (an unknown key, a value of the wrong type, or what was `received`, corrects nothing)."""
        keys = {*self.text, *self.tags}
        keys.update(
            k
            for k, v in (("language", self.language), ("translated", self.translated))
            if v is not None
        )
        if self.date_given:
            keys.add("date")
        return tuple(sorted(keys))


class _Validator:
    def __init__(self, seed: Seed, registry: Registry) -> None:
        self.seed = seed
        self.registry = registry
        self.diagnostics: list[Diagnostic] = []

    def error(self, key: str, message: str) -> None:
        line = self.seed.key_lines.get(key)
        location = SourceLocation(self.seed.path, line)
        self.diagnostics.append(Diagnostic(Level.ERROR, location, f"{key}: {message}"))

    def date(self, value: Any, key: str = "date") -> tuple[bool, dt.date | None]:
        """(given, date): `date: null` is given and means "this article has no date"."""
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return True, value
        parsed = parse_date(str(value))
        if parsed is None:
            self.error(key, f"expected YYYY-MM-DD (got '{value}')")
            return False, None
        return True, parsed

    def tags(self, kind: str, value: Any) -> TagEdit | None:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(kind, "expected a list of slugs, e.g. [nvidia, amd] or [+tesla, -xai]")
            return None
        items = [v.strip() for v in value]
        edits = [v for v in items if v[:1] in ("+", "-")]
        if edits and len(edits) != len(items):
            self.error(
                kind,
                "mixes +slug/-slug edits with plain slugs: write the whole list, or only edits",
            )
            return None
        known = self.registry.slugs(kind)
        for item in items:
            slug = item.lstrip("+-")
            if slug not in known:
                close = difflib.get_close_matches(slug, known, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                self.error(kind, f"unknown slug '{slug}' (no seeds/{kind}/{slug}.md){hint}")
        valid = [v for v in items if v.lstrip("+-") in known]
        if edits:
            return TagEdit(
                None,
                tuple(v[1:] for v in valid if v[0] == "+"),
                tuple(v[1:] for v in valid if v[0] == "-"),
            )
        return TagEdit(replace=tuple(valid))

    def received(self, value: Any) -> tuple[dict[str, str], dt.date | None]:
        """The `received:` block's text fields and date (`date: null` there is no date)."""
        if not isinstance(value, dict):
            self.error("received", f"expected a mapping of {', '.join(RECEIVED_KEYS)}")
            return {}, None
        for key in sorted(set(value) - set(RECEIVED_KEYS)):
            self.error(
                f"received.{key}", f"unknown key (received keys: {', '.join(RECEIVED_KEYS)})"
            )
        texts = {
            k: t
            for k in RECEIVED_KEYS
            if k != "date" and (t := self.text(f"received.{k}", value.get(k)))
        }
        date = value.get("date")
        given, parsed = self.date(date, "received.date") if date is not None else (False, None)
        return texts, parsed if given else None

    def text(self, key: str, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            self.error(key, f"expected text (got {type(value).__name__})")
            return None
        return str(value).strip()


def _choice(check: _Validator, key: str, value: Any, allowed: tuple[str, ...]) -> str | None:
    if value in allowed:
        return str(value)
    check.error(key, f"expected one of {', '.join(allowed)} (got '{value}')")
    return None


def read_overrides(seed: Seed, registry: Registry) -> tuple[Overrides, list[Diagnostic]]:
    """The editor's corrections in `seed`'s frontmatter, and every problem with them."""
    check = _Validator(seed, registry)
    meta = seed.meta
    for key in sorted(set(meta) - ARTICLE_KEYS):
        close = difflib.get_close_matches(key, sorted(ARTICLE_KEYS), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        check.error(key, f"unknown key{hint} (article keys: {', '.join(sorted(ARTICLE_KEYS))})")
    texts = {k: t for k in TEXT_KEYS if k in meta and (t := check.text(k, meta[k])) is not None}
    tags = {k: e for k in TAG_KINDS if k in meta and (e := check.tags(k, meta[k])) is not None}
    translated = meta.get("translated")
    if translated is not None and not isinstance(translated, bool):
        check.error("translated", f"expected true or false (got '{translated}')")
        translated = None
    language = meta.get("language")
    if language is not None:
        language = _choice(check, "language", language_code(str(language)), LANGUAGE_CODES)
    date_given, date = check.date(meta["date"]) if "date" in meta else (False, None)
    received, received_date = check.received(meta["received"]) if "received" in meta else ({}, None)
    overrides = Overrides(
        texts, date_given, date, language, translated, tags, received, received_date
    )
    return overrides, check.diagnostics
