"""Making untrusted article text safe to place in a Markdown page.

Owns the escaping rule: HTML special characters become entities, and every character that
Python-Markdown or the enabled extensions would read as markup is escaped, so the rendered
page shows exactly the article's text and nothing in it can inject HTML, links or layout.
"""

from __future__ import annotations

import re

# Characters Python-Markdown accepts a backslash before; escaped wherever they occur
# (`#` too: a heading drops a trailing run of them).
_BACKSLASH = "\\`*_[]{}#"
# Characters it does not accept a backslash before; written as numeric entities.
_ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", "$": "&#36;"}
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# The three steps (HTML, backslash, entities) in one pass: no step writes a character that a
# later step replaces.
_TABLE = str.maketrans({**_HTML, **{c: "\\" + c for c in _BACKSLASH}, **_ENTITIES})
_SPECIAL = re.compile("[" + re.escape("".join(_HTML) + _BACKSLASH + "".join(_ENTITIES)) + "]")
# Block syntax that only matters at the start of a line: headings, lists, quotes, admonitions.
_LINE_START = re.compile(r"([+\-!:?%]|\d+(?=[.)]))")


def _line_start(match: re.Match[str]) -> str:
    token = match.group(1)
    if token.isdigit():
        return token + "\\"  # `1.` or `1)` would start an ordered list
    return {"?": "&#63;", ":": "&#58;", "%": "&#37;"}.get(token, "\\" + token)


def escape(text: str) -> str:
    """`text` as Markdown that renders to exactly `text` (whitespace folded to one line)."""
    text = " ".join(text.split())
    if _SPECIAL.search(text):
        text = text.translate(_TABLE)
    start = _LINE_START.match(text)  # the text is one line now: only its start can be one
    return _line_start(start) + text[start.end() :] if start else text
