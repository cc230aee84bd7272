"""Making untrusted article text safe to place in a Markdown page.

Owns the escaping rule: HTML special characters become entities, and every character that
Python-Markdown or the enabled extensions would read as markup is escaped, so the rendered
page shows exactly the article's text and nothing in it can inject HTML, links or layout.
"""

from __future__ import annotations

import re

# Characters Python-Markdown accepts a backslash before; escaped wherever they occur
# (`#` too: a heading drops a trailing run of them).
_BACKSLASH = re.compile(r"([\\`*_\[\]{}#])")
# Characters it does not accept a backslash before; written as numeric entities.
_ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", "$": "&#36;"}
# Block syntax that only matters at the start of a line: headings, lists, quotes, admonitions.
_LINE_START = re.compile(r"^([+\-!:?%]|\d+(?=[.)]))", re.MULTILINE)
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}  # `&` first: the others add one


def _line_start(match: re.Match[str]) -> str:
    token = match.group(1)
    if token.isdigit():
        return token + "\\"  # `1.` or `1)` would start an ordered list
    return {"?": "&#63;", ":": "&#58;", "%": "&#37;"}.get(token, "\\" + token)


def escape(text: str) -> str:
    """`text` as Markdown that renders to exactly `text` (whitespace folded to one line)."""
    text = " ".join(text.split())
    for character, entity in _HTML.items():
        text = text.replace(character, entity)
    text = _BACKSLASH.sub(r"\\\1", text)
    for character, entity in _ENTITIES.items():
        text = text.replace(character, entity)
    return _LINE_START.sub(_line_start, text)
