"""Decoding seed files and splitting off their YAML frontmatter, with file:line errors.

Owns the rules every seed file shares: size limit, binary and encoding checks, BOM and CRLF
handling, and frontmatter parsing that reports YAML problems at the seed file's own line numbers
(never swallowed). Nothing here knows what an article or an entity is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.model import Diagnostic, Level, SourceLocation
from generator.read import yamlblock

MAX_BYTES = 1024 * 1024
_FENCE = re.compile(r"^---[ \t]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u2028\u2029\ufeff]")


@dataclass(frozen=True)
class Decoded:
    """A seed file's text, or the diagnostics that stopped it from being read."""

    text: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class Split:
    """Frontmatter fields (with the line of each key) and the body with its first line number."""

    meta: dict[str, Any]
    key_lines: dict[str, int]
    body: str
    body_first_line: int
    diagnostics: tuple[Diagnostic, ...] = field(default=())


def _error(file: str, line: int | None, message: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, SourceLocation(file, line), message)


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, file: str) -> Decoded:
    """Check a seed's bytes and return its text: no BOM, `\\n` line ends, no control chars."""
    if len(data) > MAX_BYTES:
        return Decoded(
            None,
            (
                _error(
                    file,
                    None,
                    f"file is {len(data):,} bytes, over the limit of {MAX_BYTES:,} bytes",
                ),
            ),
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line = _line_of_offset(data, nul)
        return Decoded(None, (_error(file, line, f"binary file (NUL byte at offset {nul})"),))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        line = _line_of_offset(data, exc.start)
        return Decoded(
            None,
            (
                _error(
                    file,
                    line,
                    f"not UTF-8 text (byte 0x{bad:02x} at offset "
                    f"{exc.start}); save the file as UTF-8",
                ),
            ),
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not text.strip():
        return Decoded(None, (_error(file, 1, "empty file: no article text"),))
    return Decoded(text)


def _yaml_problem(exc: yaml.YAMLError, file: str, first_line: int) -> Diagnostic:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = first_line + mark.line if mark is not None else first_line - 1
    problem = getattr(exc, "problem", None) or str(exc)
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None and first_line + context_mark.line != line:
        problem += f" ({context} that starts on line {first_line + context_mark.line})"
    return _error(file, line, f"frontmatter: invalid YAML: {problem}")


def split(text: str, file: str) -> Split:
    """Split `---` fenced YAML frontmatter off the top of `text`, if there is one."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return Split({}, {}, text, 1)
    close = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if close is None:
        return Split(
            {}, {}, "", len(lines), (_error(file, 1, "frontmatter: no closing '---' line"),)
        )
    yaml_text = "\n".join(lines[1:close])
    body = "\n".join(lines[close + 1 :])
    try:
        meta, key_lines, twice = yamlblock.load(yaml_text, file, 2)
    except yaml.YAMLError as exc:
        return Split({}, {}, body, close + 2, (_yaml_problem(exc, file, 2),))
    if twice:
        return Split({}, {}, body, close + 2, tuple(twice))
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = type(meta).__name__
        return Split(
            {},
            {},
            body,
            close + 2,
            (_error(file, 2, f"frontmatter: expected a mapping of fields (got a {kind})"),),
        )
    return Split({str(k): v for k, v in meta.items()}, key_lines, body, close + 2)
