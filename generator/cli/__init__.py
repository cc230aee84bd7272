"""The command line: `briefing
build|check|site|bundle|init|new|accept|add|suggest|synth|digest`.

`briefing` is the command installed with the package; `python -m generator` runs the same.

Owns which module runs each command (`commands` for those that read seeds or write docs,
`site` for the render) and the exit codes around them: 0 on success, 1 if there were errors
(or warnings under --strict, and always for `check`), 2 for a usage error (`parser`). A user
error prints its message, never a traceback, unless --debug is given. A command's module is
imported only when that command runs: `site` needs MkDocs but not the generator's stages,
whose imports (scientific libraries among them) cost a second.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from generator.cli.parser import parser

COMMANDS = {  # command -> (module in this package, function)
    "build": ("commands", "build_docs"),
    "bundle": ("commands", "build_docs"),
    "check": ("commands", "check_docs"),
    "init": ("commands", "init"),
    "new": ("commands", "new"),
    "accept": ("commands", "accept"),
    "add": ("commands", "add"),
    "synth": ("commands", "synth"),
    "digest": ("commands", "digest"),
    "suggest": ("suggest", "suggest"),
    "site": ("site", "site"),
}


def command(name: str) -> Callable[[Any], int]:
    """The function that runs command `name`, its module imported now."""
    module, function = COMMANDS[name]
    found: Callable[[Any], int] = getattr(
        importlib.import_module(f"generator.cli.{module}"), function
    )
    return found


def main(argv: Sequence[str] | None = None, prog: str = "briefing") -> int:
    """Run the command line `argv` (default: the process's arguments); returns the exit code.

    The `briefing` command installed with the package calls this; `python -m generator` calls it
    with `prog="python -m generator"`, the name its usage lines and examples then show.
    """
    args = parser(prog).parse_args(argv)
    try:
        return command(args.command)(args)
    except OSError as exc:
        if args.debug:
            raise
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a fault no single input can be blamed for
        if args.debug:
            raise
        text = " ".join(str(exc).split())
        hint = "(--debug shows the traceback)"
        print(f"briefing: internal error: {type(exc).__name__}: {text} {hint}", file=sys.stderr)
        return 1
