"""The Jinja2 environment for `site_templates/`: strict, and Markdown-escaping by filter.

Owns template loading and the filters templates may use. Templates produce Markdown bodies
only; frontmatter is always written by the YAML dumper in `pages`, never by template text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from generator.model import site_templates
from generator.render.formatting import format_value, language_name, period_label
from generator.render.ledger import figure_value, kind_label, measure_label, measure_of
from generator.render.mdtext import escape

TEMPLATE_DIR = site_templates()


@lru_cache(maxsize=4)
def environment(folder: Path = TEMPLATE_DIR) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; text goes through the `md` filter
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape
    env.filters["value"] = format_value
    env.filters["language"] = language_name
    env.filters["period"] = period_label
    env.filters["sentence"] = sentence
    env.filters["measure"] = measure_label
    env.filters["kind"] = kind_label
    env.filters["measure_of"] = measure_of
    env.filters["figure_value"] = figure_value
    return env


def sentence(text: str, limit: int = 220) -> str:
    """A claim's sentence for a table cell: escaped, cut to `limit` characters with `…`."""
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def compile_all() -> None:
    """Compile every template of `render`'s environment now rather than on its first use,
    so that worker processes forked afterwards inherit them instead of each compiling its
    own."""
    env = environment()
    for name in env.list_templates(extensions=["j2"]):
        env.get_template(name)


def render(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
