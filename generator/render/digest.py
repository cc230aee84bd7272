"""What changed in the briefing, in its own terms: the Markdown digest of `generator digest`.

Owns the comparison of two versions of the changed docs pages (`read.history.PageChange`) and
its Markdown: new and removed articles, new stories, new and changed figures and dated
claims, new disagreements (the warnings under a story page's "Where the sources disagree"),
tags added and removed, corrected article fields, and new entities and topics. A figure is
known by its article and its text as written, a claim by its article, phrase and sentence,
so a changed value or period reads as a change and not as one removed and one added. Every
list is capped at `MAX_ITEMS` lines. Article text is untrusted: everything shown is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.model import format_value
from generator.read.history import Page, PageChange
from generator.render.formatting import language_name, period_label
from generator.render.mdtext import escape

MAX_ITEMS = 50
TAG_KINDS = ("companies", "organizations", "people", "places", "media", "topics")
ENTITY_FOLDERS = {
    "companies": "company",
    "organizations": "organisation",
    "people": "person",
    "places": "place",
    "media": "medium",
    "topics": "topic",
}
CORRECTED = ("title", "date", "language", "summary", "story")
_WARNING = re.compile(r'^!!! warning "(.*)"$')
_ARTICLE_LINK = re.compile(r"\]\(\.\./articles/([^)#]+)\.md[)#]")


@dataclass
class Digest:
    """The sections of a digest, each a list of Markdown lines."""

    counts: dict[str, int] = field(default_factory=dict)
    sections: dict[str, list[str]] = field(default_factory=dict)

    def add(self, section: str, line: str, count: str | None = None) -> None:
        self.sections.setdefault(section, []).append(line)
        if count:
            self.counts[count] = self.counts.get(count, 0) + 1


def _title(page: Page) -> str:
    return escape(html.unescape(str(page.meta.get("title") or "")))


def _slug(path: str) -> str:
    return path.split("/", 1)[1].removesuffix(".md")


def _figures(page: Page | None) -> dict[str, dict[str, Any]]:
    found = page.meta.get("figures") if page else None
    return {str(f.get("text")): f for f in found or [] if isinstance(f, dict)}


def _claims(page: Page | None) -> dict[tuple[str, str], dict[str, Any]]:
    found = page.meta.get("events") if page else None
    return {
        (str(c.get("text")), str(c.get("sentence"))): c for c in found or [] if isinstance(c, dict)
    }


def _value(figure: dict[str, Any]) -> str:
    value, unit = figure.get("value"), figure.get("unit")
    if isinstance(value, int | float) and isinstance(unit, str):
        return format_value(float(value), unit)
    return "?"


def _when(claim: dict[str, Any]) -> str:
    when = claim.get("when")
    return period_label(str(when)) if when else "unresolved"


def _article(change: PageChange, digest: Digest) -> None:
    before, after = change.before, change.after
    slug = _slug(change.path)
    if after is None:
        assert before is not None
        digest.add("Removed articles", f"- {_title(before)} (`{slug}`)", "articles removed")
        return
    name = f"**{_title(after)}**"
    if before is None:
        meta = after.meta
        date = meta.get("date") or "undated"
        language = language_name(str(meta.get("language")))
        tags = "; ".join(
            f"{kind}: {', '.join(escape(str(s)) for s in meta.get(kind) or [])}"
            for kind in TAG_KINDS
            if meta.get(kind)
        )
        line = f"- {name} ({date}, {language}) `{slug}`" + (f"; {tags}" if tags else "")
        digest.add("New articles", line, "articles added")
    else:
        _corrections(before, after, name, digest)
        _tags(before, after, name, digest)
    _figure_changes(before, after, name, digest)
    _claim_changes(before, after, name, digest)


def _corrections(before: Page, after: Page, name: str, digest: Digest) -> None:
    for key in CORRECTED:
        old, new = before.meta.get(key), after.meta.get(key)
        if old != new:
            shown = [escape(html.unescape(str(v))) if v is not None else "none" for v in (old, new)]
            line = f"- {name}: {key} {shown[0]} → {shown[1]}"
            digest.add("Corrected articles", line, "fields corrected")


def _tags(before: Page, after: Page, name: str, digest: Digest) -> None:
    for kind in TAG_KINDS:
        old = set(before.meta.get(kind) or [])
        new = set(after.meta.get(kind) or [])
        added, removed = sorted(new - old), sorted(old - new)
        parts = [f"+{escape(str(s))}" for s in added] + [f"−{escape(str(s))}" for s in removed]
        if parts:
            digest.add("Tags", f"- {name}: {kind} {' '.join(parts)}")
            digest.counts["tags added"] = digest.counts.get("tags added", 0) + len(added)
            digest.counts["tags removed"] = digest.counts.get("tags removed", 0) + len(removed)


def _about(old: dict[str, Any], new: dict[str, Any]) -> str:
    before, after = set(old.get("about") or []), set(new.get("about") or [])
    parts = [f"+{escape(str(s))}" for s in sorted(after - before)]
    return " ".join(parts + [f"−{escape(str(s))}" for s in sorted(before - after)])


def _figure_changes(before: Page | None, after: Page, name: str, digest: Digest) -> None:
    old, new = _figures(before), _figures(after)
    for text, figure in new.items():
        shown = f"{_value(figure)} (“{escape(text)}”)"
        if text not in old:
            digest.add("Figures", f"- new: {shown} in {name}", "figures added")
        elif _value(old[text]) != _value(figure):
            line = f"- changed: {_value(old[text])} → {shown} in {name}"
            digest.add("Figures", line, "figures changed")
        elif about := _about(old[text], figure):
            line = f"- changed: {shown} in {name}, about {about}"
            digest.add("Figures", line, "figures changed")


def _claim_changes(before: Page | None, after: Page, name: str, digest: Digest) -> None:
    old, new = _claims(before), _claims(after)
    for key, claim in new.items():
        phrase = f"“{escape(key[0])}”"
        if key not in old:
            line = f"- new: {_when(claim)} ({phrase}) in {name}"
            digest.add("Dated claims", line, "claims added")
        elif _when(old[key]) != _when(claim):
            line = f"- changed: {_when(old[key])} → {_when(claim)} ({phrase}) in {name}"
            digest.add("Dated claims", line, "claims changed")


def disagreements(page: Page | None) -> list[str]:
    """The titles of the warnings under a story page's "Where the sources disagree"."""
    if page is None or "## Where the sources disagree" not in page.body:
        return []
    section = page.body.split("## Where the sources disagree", 1)[1].split("\n## ", 1)[0]
    return [m.group(1) for line in section.splitlines() if (m := _WARNING.match(line))]


def _story(change: PageChange, digest: Digest) -> None:
    if change.after is None:
        return
    name = f"**{_title(change.after)}**"
    if change.before is None:
        members = len(dict.fromkeys(_ARTICLE_LINK.findall(change.after.body)))
        line = f"- {name} `{_slug(change.path)}`: {members} article{'s' if members != 1 else ''}"
        digest.add("New stories", line, "stories added")
    known = set(disagreements(change.before))
    for warning in disagreements(change.after):
        if warning not in known:
            digest.add("New disagreements", f"- {name}: {warning}", "disagreements added")


def _entity(change: PageChange, digest: Digest) -> None:
    if change.before is None and change.after is not None:
        folder, slug = change.path.removesuffix(".md").split("/", 1)
        line = f"- {ENTITY_FOLDERS[folder]}: **{_title(change.after)}** (`{slug}`)"
        digest.add("New entities and topics", line, "entities added")


SECTIONS = (
    "New articles",
    "Removed articles",
    "New stories",
    "Figures",
    "Dated claims",
    "New disagreements",
    "Tags",
    "Corrected articles",
    "New entities and topics",
)
SUMMARY = (
    "articles added",
    "articles removed",
    "fields corrected",
    "stories added",
    "figures added",
    "figures changed",
    "claims added",
    "claims changed",
    "disagreements added",
    "tags added",
    "tags removed",
    "entities added",
)


def compare(changes: Iterable[PageChange]) -> Digest:
    digest = Digest()
    for change in changes:
        folder = change.path.split("/", 1)[0]
        if folder == "articles":
            _article(change, digest)
        elif folder == "stories":
            _story(change, digest)
        elif folder in ENTITY_FOLDERS:
            _entity(change, digest)
    return digest


def _counted(count: int, key: str) -> str:
    """`1 entity added`, `2 entities added`."""
    if count != 1:
        return f"{count} {key}"
    noun, verb = key.split(" ", 1)
    noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return f"1 {noun} {verb}"


def digest_markdown(changes: Iterable[PageChange], since: str) -> str:
    """The digest of `changes` since the revision labelled `since`, as Markdown."""
    digest = compare(changes)
    lines = ["# What changed in the briefing", ""]
    counts = [_counted(digest.counts[key], key) for key in SUMMARY if digest.counts.get(key)]
    if not counts:
        return "\n".join([*lines, f"Nothing changed in the briefing since {since}.", ""])
    lines += [f"Since {since}: {', '.join(counts)}.", ""]
    for section in SECTIONS:
        items = digest.sections.get(section)
        if not items:
            continue
        lines += [f"## {section}", "", *items[:MAX_ITEMS]]
        if len(items) > MAX_ITEMS:
            lines.append(f"- … and {len(items) - MAX_ITEMS} more")
        lines.append("")
    return "\n".join(lines)
