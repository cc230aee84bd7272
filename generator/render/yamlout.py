"""Writing frontmatter YAML: exactly what PyYAML's `safe_dump` writes, several times faster.

Owns the frontmatter's YAML text. PyYAML builds a node per value in Python and asks its Python
resolver twice per scalar before libyaml writes anything: 0.7 ms of an article page's 1.4 ms.
The frontmatter only holds mappings, lists, strings, numbers, booleans, dates and null, in
block style, so `dump` writes those directly. A string goes out plain when libyaml would write
it plain (no indicator where YAML would read one, only printable characters, and PyYAML's own
implicit resolvers read it back as a string), else single-quoted when it is one printable
line, as libyaml does; any other string is written by PyYAML itself, one scalar at a time,
and a value or key this module does not know sends the whole mapping to PyYAML.
`tests/render/test_yamlout.py` holds `dump` to `yaml.dump`'s output, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import yaml

_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml, where built
_OPTIONS: dict[str, Any] = {"Dumper": _Dumper, "allow_unicode": True, "width": 2**16}
_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = _Dumper.yaml_implicit_resolvers
_STRING_TAG = "tag:yaml.org,2002:str"


def _read_as_other(resolvers: list[tuple[str, re.Pattern[str]]]) -> tuple[re.Pattern[str], ...]:
    return tuple(pattern for tag, pattern in resolvers if tag != _STRING_TAG)


# The implicit resolvers that would read a plain scalar as something other than a string, by
# its first character, as PyYAML's BaseResolver.resolve picks them.
_ANYWHERE = _RESOLVERS.get(None, [])
_NOT_STRING = {
    first: _read_as_other(resolvers + _ANYWHERE)
    for first, resolvers in _RESOLVERS.items()
    if first is not None
}
_NOT_STRING_ELSE = _read_as_other(_ANYWHERE)
_INDICATORS = frozenset("#,[]{}&*!|>'\"%@` ")  # a plain scalar may not start with these
_PRINTABLE = re.compile(  # one line of printable characters in the Basic Multilingual Plane
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*"
)
_BREAK = re.compile("[\n\r\x85\u2028\u2029]")  # where YAML starts a new line
_LONGEST = 4096  # longer strings go to PyYAML, which may fold them


class _Unsupported(Exception):
    """A value `dump` does not write itself."""


def dump(meta: dict[str, Any]) -> str:
    """`yaml.dump(meta, CSafeDumper, sort_keys=False, allow_unicode=True, width=2**16)`."""
    if not meta:
        return "{}\n"
    lines: list[str] = []
    try:
        _mapping(meta, "", "", lines)
    except _Unsupported:
        return str(yaml.dump(meta, sort_keys=False, **_OPTIONS))
    return "\n".join(lines) + "\n"


def _mapping(meta: dict[Any, Any], lead: str, indent: str, lines: list[str]) -> None:
    """Block mapping lines; the first starts with `lead` (`- ` in a list), others `indent`."""
    for key, value in meta.items():
        prefix, lead = lead, indent
        if not isinstance(key, str) or not _plain_key(key):
            raise _Unsupported  # a key libyaml would quote, or write as a complex key
        head = f"{prefix}{key}:"
        if isinstance(value, dict):
            if not value:
                lines.append(f"{head} {{}}")
                continue
            lines.append(head)
            _mapping(value, indent + "  ", indent + "  ", lines)
        elif isinstance(value, list):
            if not value:
                lines.append(f"{head} []")
                continue
            lines.append(head)
            _sequence(value, indent, lines)  # PyYAML does not indent a list in a mapping
        else:
            lines.append(f"{head} {_scalar(value)}")


def _sequence(items: list[Any], indent: str, lines: list[str]) -> None:
    for item in items:
        if isinstance(item, dict) and item:
            _mapping(item, indent + "- ", indent + "  ", lines)
        elif isinstance(item, (dict, list)):
            raise _Unsupported
        else:
            lines.append(f"{indent}- {_scalar(item)}")


def _scalar(value: Any) -> str:
    write = _WRITERS.get(type(value))  # exact types: a subclass (say, a datetime) is not known
    if write is None:
        raise _Unsupported
    return write(value)


def _float(value: float) -> str:
    """As PyYAML's SafeRepresenter.represent_float."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


def plain(text: str) -> bool:
    """Whether libyaml writes `text` as a plain scalar, and PyYAML reads it back as a string
    (libyaml's `yaml_emitter_analyze_scalar`, for one printable line in block context)."""
    if not text or len(text) > _LONGEST or not _PRINTABLE.fullmatch(text):
        return False
    first, second = text[0], text[1:2]
    if first in _INDICATORS or (first in "?:-" and second in ("", " ")):
        return False
    if text.startswith(("---", "...")) or text[-1] in " :" or ": " in text or " #" in text:
        return False
    resolvers = _NOT_STRING.get(first, _NOT_STRING_ELSE)
    return not any(pattern.match(text) for pattern in resolvers)


@lru_cache(maxsize=512)
def _plain_key(key: str) -> bool:
    """Whether libyaml writes `key` as a plain simple key (a frontmatter has few keys)."""
    return len(key) <= 128 and plain(key)


_SHORT = 40  # strings up to this long repeat (slugs, units, precisions): remembered
_known: dict[str, str] = {}


def _string(text: str) -> str:
    written = _known.get(text)
    if written is None:
        written = _written(text)
        if len(text) <= _SHORT and len(_known) < 65536:
            _known[text] = written
    return written


def _written(text: str) -> str:
    if plain(text):
        return text
    if len(text) <= _LONGEST and _PRINTABLE.fullmatch(text):  # libyaml's next choice
        return "'" + text.replace("'", "''") + "'"
    written = str(yaml.dump([text], **_OPTIONS))  # "- <scalar>\n"
    if not written.startswith("- ") or _BREAK.search(written, 0, len(written) - 1):
        raise _Unsupported  # a scalar over several lines: indented by its place in the mapping
    return written[2:-1]


_WRITERS: dict[type, Callable[[Any], str]] = {
    type(None): lambda _: "null",
    bool: lambda value: "true" if value else "false",
    int: str,
    float: _float,
    str: _string,
    dt.date: dt.date.isoformat,
}
