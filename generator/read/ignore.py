"""The editors' list of names that are not entities: `seeds/registry-ignore.yml`.

Owns that file's schema and its checks. It is a YAML list of names, one a line, that the name
finder never proposes (`Registry.ignored`); `briefing accept --reject NAME` adds to
it, and people review it in pull requests like any seed:

    # Names an editor decided are not entities: never proposed for the registry.
    - Related News
    - Tobias

Problems are reported at the file's line: a document that is not a list, an entry that is not
text (a mapping, a list, an empty line), and a name listed twice (case aside), which is a
warning naming the earlier line. The names kept are the usable ones, each once, in file order.
"""

from __future__ import annotations

import yaml

from generator.model import Diagnostic, Level, SourceLocation

IGNORE_FILE = "registry-ignore.yml"
_NULL = "tag:yaml.org,2002:null"
HEADER = (
    "# Names an editor decided are not entities: `briefing suggest` never proposes\n"
    "# them. One name a line; `briefing accept --reject NAME` adds one.\n"
)


def _problem(file: str, line: int, message: str, level: Level = Level.ERROR) -> Diagnostic:
    return Diagnostic(level, SourceLocation(file, line), message)


def _compose(text: str, file: str) -> tuple[yaml.Node | None, list[Diagnostic]]:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [_problem(file, line, f"YAML error: {reason}")]


def read_ignored(text: str, file: str) -> tuple[tuple[str, ...], list[Diagnostic]]:
    """The names `text` (the content of `file`, shown as `seeds/registry-ignore.yml`) lists,
    and a diagnostic naming the line of every problem. Each entry is the text as written
    (`- no` is the name "no", never false); a bad entry is left out, the others are kept."""
    node, problems = _compose(text, file)
    if node is None:
        return (), problems
    if not isinstance(node, yaml.SequenceNode):
        line = node.start_mark.line + 1
        return (), [*problems, _problem(file, line, "expected a list of names (`- Name`)")]
    names: list[str] = []
    seen: dict[str, int] = {}
    for item in node.value:
        line = item.start_mark.line + 1
        scalar = isinstance(item, yaml.ScalarNode) and item.tag != _NULL
        value = item.value if scalar else None
        if not isinstance(value, str) or not value.strip():
            shown = "empty" if isinstance(item, yaml.ScalarNode) else type(item).__name__[:-4]
            problems.append(_problem(file, line, f"expected a name (got {shown.lower()})"))
            continue
        name = " ".join(value.split())
        key = name.casefold()
        if key in seen:
            message = f"'{name}' is listed twice (also on line {seen[key]})"
            problems.append(_problem(file, line, message, Level.WARNING))
            continue
        seen[key] = line
        names.append(name)
    return tuple(names), problems


def add_ignored(text: str | None, names: list[str]) -> str:
    """`text` of the ignore file (None: there is none yet) with `names` added: the list kept
    sorted (case aside), each name once, the comments at its head kept (or the header
    written). Names already listed (case aside) are not added again."""
    lines = (text or HEADER).splitlines()
    head = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        head.append(line)
    present, _ = read_ignored(text or "", IGNORE_FILE)
    merged = {name.casefold(): name for name in present}
    for name in names:
        merged.setdefault(" ".join(name.split()).casefold(), " ".join(name.split()))
    ordered = sorted(merged.values(), key=lambda name: (name.casefold(), name))
    body = yaml.safe_dump(ordered, allow_unicode=True, default_flow_style=False, width=1000)
    prefix = "\n".join(head).rstrip("\n")
    return (prefix + "\n" if prefix else "") + (body if ordered else "[]\n")
