"""`briefing suggest`: the names the articles use that the registry does not know.

Owns how the ranked suggestions are shown: a table (rank, name, kind, articles, outlets,
languages, dates, other forms) or, with `--json`, a JSON list of objects (`name`, `kind`,
`aliases`, `articles`, `outlets`, `languages`, `first`, `last`, `evidence`, `examples` with
`file`, `line` and `sentence`), filtered by `--kind`, `--min-articles` and `--limit`. Reads
the build cache next to docs/ (never writes it), so after a build it is quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from generator.model import NameSuggestion
from generator.pipeline.names import name_suggestions
from generator.render.suggestions import suggestion_fields
from generator.write import cache_dir

TABLE_LIMIT = 50  # rows of the table when no --limit is given


def suggest(args: argparse.Namespace) -> int:
    if not args.seeds.is_dir():
        print(f"{args.seeds}: no such seeds folder", file=sys.stderr)
        return 1
    found = [
        s
        for s in name_suggestions(args.seeds, cache_dir(args.docs))
        if s.articles >= args.min_articles and (args.kind is None or s.kind == args.kind)
    ]
    limit = args.limit if args.limit is not None else (None if args.json else TABLE_LIMIT)
    shown = found[:limit] if limit is not None and limit >= 0 else found
    if args.json:
        print(json.dumps([as_json(s) for s in shown], ensure_ascii=False, indent=2))
    else:
        print(table(shown))
        more = len(found) - len(shown)
        tail = f"; {more} more (--limit N)" if more > 0 else ""
        print(f"briefing: {len(found)} names not in the registry{tail}", file=sys.stderr)
    return 0


def as_json(s: NameSuggestion) -> dict[str, Any]:
    """A suggestion as a JSON object (dates as YYYY-MM-DD or null)."""
    return {
        **suggestion_fields(s),
        "examples": [
            {"file": e.source_file, "line": e.line, "sentence": e.sentence} for e in s.examples
        ],
    }


def table(suggestions: list[NameSuggestion]) -> str:
    """A plain-text table, one name a row, columns padded to their widest cell."""
    head = ("#", "name", "kind", "articles", "outlets", "languages", "named", "also written")
    rows = [head]
    for rank, s in enumerate(suggestions, 1):
        named = ""
        if s.first and s.last:
            named = s.first.isoformat() + ("" if s.last == s.first else f"..{s.last.isoformat()}")
        aliases = ", ".join(s.aliases)
        aliases = aliases if len(aliases) <= 40 else aliases[:39] + "…"
        rows.append(
            (str(rank), s.name, s.kind, str(s.articles), str(s.outlets), ",".join(s.languages),
             named, aliases)
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    right = {0, 3, 4}
    lines = [
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    return "\n".join(lines)
