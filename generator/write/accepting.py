"""`briefing accept`: proposed names into the registry, or onto the ignore list.

Owns how a name an editor accepts becomes a registry file (`seeds/<collection>/<slug>.md`,
the suggestion's kind and the forms it was merged from as aliases, written by `scaffold`, never
over an existing file) and how a rejected one is recorded (`seeds/registry-ignore.yml`, kept
sorted under its header, so the name is not proposed again). The suggestions come from the
names stage; this module only matches the names given against them and writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.model import COLLECTIONS, NameSuggestion, Registry
from generator.read.ignore import IGNORE_FILE, add_ignored
from generator.write.scaffold import ScaffoldError, new_seed

# the kinds a name may be accepted as: the entity collections (not topics or stories)
ENTITY_KINDS = tuple(kind for kind in COLLECTIONS if kind not in ("topic", "story"))


@dataclass(frozen=True)
class AcceptReport:
    """What `accept` did: files written (path, name, kind), the ignore file if it was
    written, and one message per name that could not be taken (nothing written for it)."""

    written: tuple[tuple[Path, str, str], ...]
    ignore_file: Path | None
    problems: tuple[str, ...]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_suggestion(name: str, suggestions: tuple[NameSuggestion, ...]) -> NameSuggestion | None:
    """The suggestion whose name or one of whose aliases is `name` (case and spacing aside);
    one named so before one merely aliased so."""
    key = _key(name)
    named = (s for s in suggestions if _key(s.name) == key)
    aliased = (s for s in suggestions if key in {_key(a) for a in s.aliases})
    return next(named, None) or next(aliased, None)


def _entry(
    name: str, kind: str | None, suggestions: tuple[NameSuggestion, ...]
) -> tuple[str, str, tuple[str, ...]]:
    """(name, kind, aliases) of the registry file for `name`; ScaffoldError if it cannot be."""
    found = find_suggestion(name, suggestions)
    if found is None:
        if kind is None:
            raise ScaffoldError(
                f"'{name}' is not among the suggestions (`briefing suggest` lists "
                "them); give --kind to accept it anyway"
            )
        return " ".join(name.split()), kind, ()
    seen = {_key(found.name)}
    aliases = []
    for alias in found.aliases:
        if _key(alias) not in seen:
            seen.add(_key(alias))
            aliases.append(alias)
    return found.name, kind or found.kind, tuple(aliases)


def accept(
    seeds: Path,
    names: list[str],
    rejected: list[str],
    kind: str | None,
    suggestions: tuple[NameSuggestion, ...],
    registry: Registry | None = None,
) -> AcceptReport:
    """Write a registry file for each of `names` (as `kind`, else its suggestion's kind) and
    add `rejected` to the ignore file. A name that cannot be taken (not suggested and no
    `kind`, already a name or alias in `registry`, its file already there, also rejected) is
    a problem; the others are still done."""
    written: list[tuple[Path, str, str]] = []
    problems: list[str] = []
    both = {_key(n) for n in names} & {_key(n) for n in rejected}
    known = {
        _key(alias): entity.source
        for entity in (registry.entities if registry else ())
        for alias in entity.aliases
    }
    for name in names:
        if _key(name) in both:
            problems.append(f"'{name}' is both accepted and rejected; give it once")
            continue
        if _key(name) in known:
            problems.append(f"'{name}' is already in the registry: {known[_key(name)]}")
            continue
        try:
            entry, entry_kind, aliases = _entry(name, kind, suggestions)
            if entry_kind not in ENTITY_KINDS:
                raise ScaffoldError(f"'{name}': unknown kind '{entry_kind}'")
            path = new_seed(seeds, entry_kind, entry, aliases)
        except ScaffoldError as exc:
            problems.append(str(exc))
            continue
        written.append((path, entry, entry_kind))
    kept = [n for n in rejected if _key(n) not in both and n.strip()]
    ignore_file = None
    if kept:
        ignore_file = seeds / IGNORE_FILE
        text = ignore_file.read_text("utf-8") if ignore_file.is_file() else None
        seeds.mkdir(parents=True, exist_ok=True)
        ignore_file.write_text(add_ignored(text, kept), "utf-8")
    return AcceptReport(tuple(written), ignore_file, tuple(problems))
