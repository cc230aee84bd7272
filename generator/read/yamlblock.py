"""Reading one YAML block of a seed (frontmatter) into plain values, as a person meant them.

Owns two departures from `yaml.safe_load`: every key, and every value but those of
`TYPED_KEYS`, is the text as written (YAML 1.1 reads `no`, `NO`, `off` as false and `1e3` as
a number; a person writing `language: no` means Norwegian), and a key given twice in one
mapping is an error at the later line naming the earlier one, never a silent overwrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import yaml

from generator.model import Diagnostic, Level, SourceLocation

# The only keys, in every seed schema, whose values YAML's implicit typing may read as
# something other than text, and the one type each may take (or null). A value of another
# type is the text as written, for the schema's check to quote (`date: no` is reported as
# 'no', never as False). Every other value, and every key, is the text as written: under
# YAML 1.1 `language: no` would be false, `country: NO` too, and `name: 1e3` the number 1000.0.
TYPED_KEYS: dict[str, Callable[[Any], bool]] = {
    "date": lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime),
    "translated": lambda v: isinstance(v, bool),
    "case_sensitive": lambda v: isinstance(v, bool),
}
_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"


class _Reader:
    """Builds a block's values from its composed nodes: text where `TYPED_KEYS` say so,
    each node once (an alias shares what its anchor gave, so aliases cannot multiply)."""

    def __init__(self, loader: yaml.SafeLoader) -> None:
        self.loader = loader
        self.done: dict[tuple[int, bool], Any] = {}
        self.active: set[int] = set()

    def key(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.ScalarNode):
            return str(node.value)
        return str(self.loader.construct_object(node, deep=True))

    def mapping(self, node: yaml.MappingNode, text: bool) -> dict[str, Any]:
        self.loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node)
            typed = not text and key in TYPED_KEYS
            value = self.value(value_node, text=not typed)
            if typed and value is not None and not TYPED_KEYS[key](value):
                value = self.value(value_node, text=True)
            result[key] = value
        return result

    def value(self, node: yaml.Node, text: bool) -> Any:
        if (id(node), text) in self.done:
            return self.done[(id(node), text)]
        if id(node) in self.active:
            raise yaml.constructor.ConstructorError(
                None, None, "found an alias that refers to itself", node.start_mark
            )
        self.active.add(id(node))
        if isinstance(node, yaml.MappingNode):
            found: Any = self.mapping(node, text)
        elif isinstance(node, yaml.SequenceNode):
            found = [self.value(item, text) for item in node.value]
        elif text and node.tag != _NULL:
            found = str(node.value)
        else:
            found = self._typed(node)
        self.active.discard(id(node))
        self.done[(id(node), text)] = found
        return found

    def _typed(self, node: yaml.Node) -> Any:
        """The node as YAML types it; its text where that fails (`2025-02-30` is no date),
        for the schema's check to report."""
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError):
            if isinstance(node, yaml.ScalarNode):
                return str(node.value)
            raise


def _duplicates(node: yaml.Node, first_line: int) -> list[tuple[str, int, int]]:
    """(key path, line, earlier line) of every key given twice in one mapping, anywhere."""
    found: list[tuple[str, int, int]] = []
    seen: set[int] = set()

    def walk(node: yaml.Node, path: str) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item, path)
        if not isinstance(node, yaml.MappingNode):
            return
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                continue
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            line = first_line + key_node.start_mark.line
            name = f"{path}.{key}" if path else key
            if key in lines:
                found.append((name, line, lines[key]))
            else:
                lines[key] = line
            walk(value_node, name)

    walk(node, "")
    return found


def load(
    yaml_text: str, file: str, first_line: int
) -> tuple[Any, dict[str, int], list[Diagnostic]]:
    """A frontmatter block's value, the line of each key (`received.date` for a key one
    level down), and every key given twice; raises `yaml.YAMLError` for what is not YAML."""
    loader = yaml.SafeLoader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}, []
        twice = [
            Diagnostic(
                Level.ERROR,
                SourceLocation(file, line),
                f"{key}: given twice (also on line {earlier})",
            )
            for key, line, earlier in _duplicates(node, first_line)
        ]
        if twice:
            return None, {}, twice
        key_lines = _key_lines(node, first_line)
        reader = _Reader(loader)
        if isinstance(node, yaml.MappingNode):
            return reader.mapping(node, text=False), key_lines, []
        return loader.construct_document(node), key_lines, []
    finally:
        loader.dispose()


def _key_lines(node: yaml.Node, first_line: int) -> dict[str, int]:
    """The line of each top-level key, and of each key of a mapping under one (`a.b`)."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        lines[str(key.value)] = first_line + key.start_mark.line
        if isinstance(value, yaml.MappingNode):
            for sub, _ in value.value:
                if isinstance(sub, yaml.ScalarNode):
                    lines[f"{key.value}.{sub.value}"] = first_line + sub.start_mark.line
    return lines
