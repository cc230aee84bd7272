"""The command line's grammar: every command of `briefing` (`python -m generator`) and its help.

Owns the argument parser only. Each command's description ends with `Example: python -m
generator ...`; the top-level help lists every command the parser has, with its one-line
help and that example under the program's own name, so a command added here is listed with
no further edit. Importing it loads nothing of the generator but `model` (for the kinds `new`
creates), so that each command loads only what it runs.
"""

from __future__ import annotations

import argparse
import re
from importlib import metadata
from pathlib import Path

from generator.model import COLLECTIONS


def _folders(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        help="folder with articles and the registry (default: seeds)",
    )
    command.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="folder of the generated Markdown site (default: docs)",
    )
    command.add_argument("--debug", action="store_true", help="show tracebacks")


def _scheduler(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run the parallel work as tasks on this Dask scheduler's cluster "
        "(default: BRIEFING_SCHEDULER, else this machine's cores)",
    )


def _docs_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """build, check and bundle: from seeds/ to docs/ (and the offline site)."""
    build_cmd = commands.add_parser(
        "build",
        help="generate docs/ from seeds/",
        description="Example: python -m generator build --strict",
    )
    _folders(build_cmd)
    build_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    build_cmd.add_argument("--timings", action="store_true", help="print each stage's time")
    _scheduler(build_cmd)
    check_cmd = commands.add_parser(
        "check",
        help="validate seeds/ and check docs/ is current, writing nothing",
        description="Example: python -m generator check",
    )
    _folders(check_cmd)
    bundle_cmd = commands.add_parser(
        "bundle",
        help="build docs/ and pack the offline site into one zip",
        description="Example: python -m generator bundle --out briefing-offline.zip",
    )
    _folders(bundle_cmd)
    bundle_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    bundle_cmd.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.offline.yml"),
        help="MkDocs configuration of the offline site",
    )
    bundle_cmd.add_argument("--out", type=Path, default=Path("briefing-offline.zip"))


def _seed_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """init, new and add: a new briefing, and seed files made for the user."""
    init_cmd = commands.add_parser(
        "init",
        help="create a new briefing repository in an empty folder",
        description='Example: python -m generator init my-briefing --title "Battery supply chains"',
    )
    init_cmd.add_argument("folder", type=Path, help="a new or empty folder")
    init_cmd.add_argument(
        "--title", default="Briefing", help="the site's name and front-page heading"
    )
    init_cmd.add_argument("--debug", action="store_true", help="show tracebacks")
    new_cmd = commands.add_parser(
        "new",
        help="create a registry, topic or story seed file",
        description='Example: python -m generator new company "Moore Threads"',
    )
    new_cmd.add_argument("kind", choices=sorted(COLLECTIONS))
    new_cmd.add_argument("name")
    _folders(new_cmd)
    accept_cmd = commands.add_parser(
        "accept",
        help="write registry files for suggested names; --reject records names that are not",
        description=(
            'Examples: python -m generator accept "Northvolt" "Peter Carlsson"; '
            'accept "Batterifabrikken" --kind company; accept --reject "Les Mer"'
        ),
    )
    accept_cmd.add_argument("names", nargs="*", help="names to add to the registry")
    accept_cmd.add_argument(
        "--kind",
        choices=[k for k in COLLECTIONS if k not in ("topic", "story")],
        help="the kind to accept them as (default: each one's suggested kind; needed for a "
        "name that is not suggested)",
    )
    accept_cmd.add_argument(
        "--reject",
        action="append",
        default=[],
        metavar="NAME",
        help="record NAME in seeds/registry-ignore.yml so it is not proposed again (repeatable)",
    )
    _folders(accept_cmd)
    add_cmd = commands.add_parser(
        "add",
        help="add articles from text, saved pages, feeds, folders or URLs",
        description=(
            "Examples: python -m generator add article.txt (or - for standard input); "
            "add page.html feed.xml saved-pages/ https://example.com/news/1 urls.txt"
        ),
    )
    add_cmd.add_argument(
        "sources",
        nargs="+",
        help="a text file, saved page, RSS/Atom feed, folder of them, URL, file of URLs, or -",
    )
    add_cmd.add_argument(
        "--name", help="file name in seeds/articles/ of a single article (default: derived)"
    )
    add_cmd.add_argument(
        "--keep-html", action="store_true", help="keep each page as received beside its seed"
    )
    add_cmd.add_argument(
        "--timeout", type=float, default=20.0, help="seconds to wait for a URL (default 20)"
    )
    _folders(add_cmd)


def _site_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """site: docs/ rendered by MkDocs."""
    site_cmd = commands.add_parser(
        "site",
        help="render docs/ into the site with MkDocs, only the pages that changed",
        description="Example: python -m generator site --strict",
    )
    site_cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    site_cmd.add_argument("--site", type=Path, help="site folder (default: the config's site_dir)")
    site_cmd.add_argument("--strict", action="store_true", help="fail on MkDocs' warnings")
    site_cmd.add_argument("--full", action="store_true", help="render every page, ignore the cache")
    site_cmd.add_argument("--debug", action="store_true", help="show tracebacks")
    _scheduler(site_cmd)


def _tool_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """synth and digest: a synthetic corpus, and what changed since a revision."""
    synth_cmd = commands.add_parser(
        "synth",
        help="write a synthetic corpus (for benchmarks)",
        description="Example: python -m generator synth --count 1000 --out /tmp/corpus/seeds",
    )
    synth_cmd.add_argument("--count", type=int, required=True)
    synth_cmd.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    synth_cmd.add_argument("--out", type=Path, required=True, help="seeds folder to write")
    synth_cmd.add_argument(
        "--registry",
        type=Path,
        default=Path("seeds"),
        help="copy the registry from this seeds folder (default: seeds)",
    )
    synth_cmd.add_argument("--debug", action="store_true", help="show tracebacks")
    digest_cmd = commands.add_parser(
        "digest",
        help="what changed in the briefing since a git revision or a date, as Markdown",
        description="Example: python -m generator digest --since main (or --since 2025-09-01)",
    )
    digest_cmd.add_argument(
        "--since", required=True, help="a git revision, or a date YYYY-MM-DD (the state then)"
    )
    digest_cmd.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="the generated folder, in a git repository (default: docs)",
    )
    digest_cmd.add_argument("--out", type=Path, help="append the digest to this file")
    digest_cmd.add_argument("--debug", action="store_true", help="show tracebacks")


NAME_KINDS = ("company", "organization", "person", "place", "medium")


def _names_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`suggest`: the names the articles use that the registry does not know."""
    suggest_cmd = commands.add_parser(
        "suggest",
        help="list the names the articles use that the registry does not know",
        description="Example: python -m generator suggest --kind company --min-articles 3",
    )
    _folders(suggest_cmd)
    suggest_cmd.add_argument("--json", action="store_true", help="print a JSON list instead")
    suggest_cmd.add_argument("--kind", choices=NAME_KINDS, help="only names of this kind")
    suggest_cmd.add_argument(
        "--min-articles", type=int, default=1, metavar="N", help="only names in N articles or more"
    )
    suggest_cmd.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="at most N names (default: 50 in the table, all in --json)",
    )


EXAMPLE = re.compile(r"Examples?: (?:python -m generator |briefing )?(.*?)(?:;|$)")


def example(command: argparse.ArgumentParser) -> str:
    """The first example in a command's description, without the program's name ('' if none)."""
    found = EXAMPLE.search(command.description or "")
    return found.group(1) if found else ""


def listing(prog: str, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> str:
    """Every command of `commands`, in the order added: its help, then its example under `prog`."""
    helps = {action.dest: action.help or "" for action in commands._choices_actions}
    width = max(map(len, commands.choices)) + 2
    lines = [f"commands (`{prog} COMMAND --help` for a command's options):"]
    for name, command in commands.choices.items():
        lines.append(f"  {name:<{width}}{helps.get(name, '')}")
        if shown := example(command):
            lines.append(f"  {'':<{width}}e.g. {prog} {shown}")
    return "\n".join(lines)


def version() -> str:
    """The installed package's version (`briefing --version`), or 'unknown' when not installed."""
    try:
        return metadata.version("briefing")
    except metadata.PackageNotFoundError:
        return "unknown"


def parser(prog: str = "briefing") -> argparse.ArgumentParser:
    """The parser of the command line's arguments (usage errors exit with status 2).

    `prog` is the name the program is called by in usage lines and examples: `briefing`, or
    `python -m generator`.
    """
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Build the briefing's docs/ from seeds/ and render its site.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="command"
    )
    for add in (_docs_commands, _seed_commands, _names_command, _site_command, _tool_commands):
        add(commands)
    commands.help = "one of the commands below"
    for command in commands.choices.values():  # examples under the name the program was called by
        command.description = (command.description or "").replace("python -m generator", prog)
    parser.epilog = listing(prog, commands)
    commands._choices_actions.clear()  # listed once, in the epilog, with their examples
    return parser
