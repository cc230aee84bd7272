"""The command line: `python -m generator build [--seeds DIR] [--docs DIR] [--strict]`.

Owns argument parsing, how diagnostics and the summary line are printed, and exit codes:
0 on success, 1 if there were errors (or warnings under --strict), 2 for a usage error. A
user error prints its message, never a traceback, unless --debug is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.build import BuildResult, build
from generator.bundle import BundleError, bundle
from generator.model import Level


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description="Build the briefing's docs/ from seeds/."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser(
        "build",
        help="generate docs/ from seeds/",
        description="Generate docs/ from seeds/. Example: python -m generator build --strict",
    )
    build_cmd.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        help="folder with articles and the registry (default: seeds)",
    )
    build_cmd.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="folder to write the Markdown site into (default: docs)",
    )
    build_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    build_cmd.add_argument("--debug", action="store_true", help="show tracebacks")
    bundle_cmd = commands.add_parser(
        "bundle",
        help="build docs/ and pack the offline site into one zip",
        description="Regenerate docs/, build the site for file:// use and zip it. Example: "
        "python -m generator bundle --out briefing-offline.zip",
    )
    bundle_cmd.add_argument("--seeds", type=Path, default=Path("seeds"))
    bundle_cmd.add_argument("--docs", type=Path, default=Path("docs"))
    bundle_cmd.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.offline.yml"),
        help="MkDocs configuration of the offline site",
    )
    bundle_cmd.add_argument("--out", type=Path, default=Path("briefing-offline.zip"))
    bundle_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    bundle_cmd.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _bundle(args: argparse.Namespace) -> int:
    try:
        made = bundle(args.config, args.docs, args.out)
    except BundleError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    print(
        f"briefing: offline bundle {made.path} ({made.files} files, {made.zip_bytes:,} bytes; "
        f"search index {made.search_index_bytes:,} bytes)",
        file=sys.stderr,
    )
    return 0


def summary(result: BuildResult) -> str:
    errors, warnings = result.count(Level.ERROR), result.count(Level.WARNING)
    report = result.report
    if report is None:
        written = "nothing written"
    else:
        written = (
            f"{len(report.written)} written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed"
        )
    plural = "s" if warnings != 1 else ""
    return (
        f"briefing: {len(result.pages)} pages from {len(result.articles)} articles "
        f"({written}); {errors} error{'s' if errors != 1 else ''}, {warnings} "
        f"warning{plural}; {result.seconds:.2f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        result = build(args.seeds, args.docs)
    except OSError as exc:
        if args.debug:
            raise
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    for diagnostic in result.diagnostics:
        print(diagnostic.render(), file=sys.stderr)
    print(summary(result), file=sys.stderr)
    failed = result.count(Level.ERROR) or (args.strict and result.count(Level.WARNING))
    if failed:
        return 1
    return _bundle(args) if args.command == "bundle" else 0
