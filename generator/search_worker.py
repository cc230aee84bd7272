"""Inflected words and aliases in the site search: the script added to Material's search worker.

Owns everything the site's search does beyond Material's defaults, in one place so that it can
move with the theme: `site_templates/search-worker.js` (which rewrites each query with lunr's
stemmers and the registry's aliases; its header says how) and the alias table it reads. After
MkDocs has built the site, `install` writes Material's search worker into the site again with
that script and table in front of it, and shifts the worker's source map by the lines added.
The one change to the index: each article is indexed under the slugs of the entities it is
tagged with (Material's `tags` field, from the page's own frontmatter), so an alias finds what
the tagger tagged even where the article spells the entity another way. The alias table comes
from the entity pages in `docs/` (their `aliases` and `case_sensitive` frontmatter), so a site
built from any docs folder searches that folder's registry.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from generator.model import site_templates

TEMPLATES = site_templates()
# query rewriting (inflected words, aliases), then the index built in shards
SCRIPTS = (TEMPLATES / "search-worker.js", TEMPLATES / "search-index.js")
WORKERS = Path("assets") / "javascripts" / "workers"
OFFLINE_INDEX = Path("search") / "search_index.js"  # what Material's offline plugin writes
OFFLINE_DOCS = Path("search") / "search_docs.js"
_OFFLINE_PREFIX = "var __index = "
SHARDS_VARIABLE = "BRIEFING_SEARCH_SHARDS"
# The folders of the many pages, indexed after the home page, the guide and the entity and
# topic pages, so that the first answer of a large site holds those.
LATE = ("articles/", "stories/")
ENTITY_FOLDERS = ("companies", "media", "organizations", "people", "places")
# Characters that lunr's query syntax reads as operators; a name holding one is not a term.
_SYNTAX = re.compile(r"[\s:*~^+\"]|^-")
_EDGES = re.compile(r"^\W+|\W+$")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Registry:
    """The registry as the search sees it, read from the entity pages of a docs folder.

    `aliases` is the table the worker script reads: `{"phrases": {alias lowercased:
    [{"entity": i, "exact": alias if case-sensitive}]}, "names": [[one-word names of entity i,
    lowercased]], "tags": [[entity i's slug as one token, `united_states`]], "longest": most words
    in an alias}`.
    """

    aliases: dict[str, Any]

    @classmethod
    def read(cls, docs: Path) -> Registry:
        """Pages without an `aliases` list (or unreadable ones) are skipped."""
        phrases: dict[str, list[dict[str, Any]]] = {}
        names: list[list[str]] = []
        tags: list[list[str]] = []
        longest = 1
        for folder in ENTITY_FOLDERS:
            for path in sorted((docs / folder).glob("*.md")):
                meta = _frontmatter(path)
                aliases = [a for a in meta.get("aliases") or [] if isinstance(a, str) and a.strip()]
                if not aliases:
                    continue
                exact = meta.get("case_sensitive") is True
                entity = len(names)
                names.append(sorted({_token(a) for a in aliases if not _SYNTAX.search(a)} - {""}))
                tags.append([tag(path.stem)])
                for alias in aliases:
                    words = alias.split()
                    longest = max(longest, len(words))
                    entry: dict[str, Any] = {"entity": entity}
                    if exact:
                        entry["exact"] = " ".join(words)
                    phrases.setdefault(" ".join(words).lower(), []).append(entry)
        table = {"phrases": phrases, "names": names, "tags": tags, "longest": longest}
        return cls(table)


def page_tags(meta: dict[str, Any], src_uri: str) -> list[str] | None:
    """The tags a page is indexed under (a function of the page alone): the slugs of the
    entities an article is tagged with, or an entity page's own slug (`companies/amd.md`)."""
    folder, _, name = src_uri.rpartition("/")
    if isinstance(meta.get("aliases"), list) and folder in ENTITY_FOLDERS:
        return [tag(name.removesuffix(".md"))]
    found = {
        tag(str(slug))
        for folder in ENTITY_FOLDERS
        if isinstance(meta.get(folder), list)
        for slug in meta[folder]
        if isinstance(slug, str) and _SLUG.fullmatch(slug)
    }
    return sorted(found) or None


def tag(slug: str) -> str:
    """`united-states` -> `united_states`: a slug as one token of the index's tags field (its
    separator splits words at `-`), so that a query matches it whole, never `states` alone."""
    return slug.replace("-", "_")


def _token(name: str) -> str:
    """`U.S.` -> `u.s`: a one-word name as the index holds it (lowercased, edges trimmed)."""
    return _EDGES.sub("", name.lower())


def _frontmatter(path: Path) -> dict[str, Any]:
    try:
        return dict(frontmatter.load(str(path)).metadata)
    except (OSError, ValueError, yaml.YAMLError):
        return {}


@dataclass(frozen=True)
class Shards:
    """How the search worker splits the index of a large site (`site_templates/search-index.js`),
    in sections (Material's index entries: a page, or a heading's part of it).

    A site of more than `sharded` sections is indexed in shards of `first` sections, then twice
    as many each time up to `largest`, the sections whose location begins with one of `late`
    last (`index_order`). In the offline bundle, the first `first` sections are
    loaded with the worker and the others' text in parts of `part` sections. The defaults
    suit every site; `BRIEFING_SEARCH_SHARDS=sharded,first,largest,part` (the tests set it,
    to shard a small site) gives others.
    """

    sharded: int = 4000
    first: int = 500
    largest: int = 8000
    part: int = 4000
    late: tuple[str, ...] = LATE

    @classmethod
    def from_environment(cls) -> Shards:
        """Raises ValueError naming the variable if it is not four positive integers."""
        value = os.environ.get(SHARDS_VARIABLE)
        if not value:
            return cls()
        numbers = value.split(",")
        if len(numbers) != 4 or not all(n.strip().isdigit() and int(n) > 0 for n in numbers):
            raise ValueError(
                f"{SHARDS_VARIABLE}: expected sharded,first,largest,part (got {value!r})"
            )
        sharded, first, largest, part = (int(n) for n in numbers)
        return cls(sharded, first, largest, part)


def prefix(registry: Registry, shards: Shards) -> str:
    """The text put in front of Material's worker: the alias table and the shard sizes, then
    the scripts."""
    table = json.dumps(registry.aliases, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # `</` cannot end a script element in the iframe the offline bundle runs the worker in
    table = table.replace("</", "<\\/")
    sizes = json.dumps(asdict(shards), separators=(",", ":"))
    scripts = "".join(f"{script.read_text('utf-8')}\n" for script in SCRIPTS)
    return f"self.briefingAliases = {table};\nself.briefingShards = {sizes};\n{scripts}"


def split_offline_index(site: Path, shards: Shards) -> list[Path]:
    """Move the sections out of the offline bundle's `search/search_index.js` into scripts the
    search worker loads itself (`site_templates/search-index.js`); returns the files written.

    Material's offline plugin inlines the whole index (`var __index = {"config": ...,
    "docs": [...]}`, 22 MB at 10,000 articles) into the script every page of the bundle loads,
    and the page copies it to the worker. For a site of more than `shards.sharded` sections,
    which the worker indexes in shards, that script keeps the configuration only, with
    `briefing_docs` naming `search/search_docs.js`: `var __briefing_docs = {"docs": [the first
    `shards.first` sections], "rest": [each other section's location, or {"location",
    "boost"} if it has a boost], "parts": [files]}`; each part, `var __briefing_part =
    {"start": i, "docs": [the other fields of sections i, i + 1, ...]}`, has `shards.part`
    sections. A smaller site's index, and a site without the offline plugin, are left alone.
    """
    script, folder = site / OFFLINE_INDEX, site / OFFLINE_INDEX.parent
    if not script.is_file():
        return []
    text = script.read_text("utf-8")
    if not text.startswith(_OFFLINE_PREFIX):
        raise ValueError(f"{script}: expected Material's offline index ({_OFFLINE_PREFIX!r}...)")
    for stale in folder.glob("search_docs*.js"):
        stale.unlink()
    index = json.loads(text[len(_OFFLINE_PREFIX) :])
    if len(index["docs"]) <= shards.sharded:
        return []  # indexed in one piece: Material's own way is the quickest
    docs = index_order(index["docs"], shards.late)
    parts = []
    for number, start in enumerate(range(shards.first, len(docs), shards.part), 1):
        fields = [_without(doc, "location") for doc in docs[start : start + shards.part]]
        parts.append(f"search/search_docs.{number}.js")
        _write_script(site / parts[-1], "__briefing_part", {"start": start, "docs": fields})
    rest = [
        doc["location"]
        if "boost" not in doc
        else {"location": doc["location"], "boost": doc["boost"]}
        for doc in docs[shards.first :]
    ]
    first = {"docs": docs[: shards.first], "rest": rest, "parts": parts}
    _write_script(site / OFFLINE_DOCS, "__briefing_docs", first)
    config = {**index["config"], "briefing_docs": OFFLINE_DOCS.as_posix()}
    _write_script(script, "__index", {"config": config, "docs": []})
    return [script, site / OFFLINE_DOCS, *(site / part for part in parts)]


def index_order(docs: list[dict[str, Any]], late: tuple[str, ...]) -> list[dict[str, Any]]:
    """The sections in the order the search worker indexes them: Material's, those whose
    location begins with one of `late` last (a page's sections stay after the page)."""
    first = [doc for doc in docs if not str(doc["location"]).startswith(late)]
    return first + [doc for doc in docs if str(doc["location"]).startswith(late)]


def _without(doc: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != key}


def _write_script(path: Path, name: str, value: Any) -> None:
    path.write_text(f"var {name} = {json.dumps(value, separators=(',', ':'))};\n", "utf-8")


def install(theme_dirs: list[str], site: Path, registry: Registry, shards: Shards) -> list[Path]:
    """Write each of Material's search workers into `site` with `prefix(...)` in front.

    Reads the pristine worker from the theme (never the copy in `site`, which a previous
    build may have changed), so building twice gives the same bytes. Returns the files written.
    """
    written = []
    head = prefix(registry, shards)
    for original in _theme_workers(theme_dirs):
        target = site / WORKERS / original.name
        if not target.parent.is_dir():
            continue
        target.write_text(head + original.read_text("utf-8"), "utf-8")
        written.append(target)
        source_map = original.with_name(original.name + ".map")
        if source_map.is_file():
            data = json.loads(source_map.read_text("utf-8"))
            data["mappings"] = ";" * head.count("\n") + data["mappings"]
            map_target = target.with_name(source_map.name)
            map_target.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
    return written


def _theme_workers(theme_dirs: list[str]) -> list[Path]:
    for folder in theme_dirs:
        found = sorted((Path(folder) / WORKERS).glob("search.*.min.js"))
        if found:
            return found
    return []
