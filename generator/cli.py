"""The command line: `python -m generator build|check|site|bundle|new|add|synth`.

Owns argument parsing, how diagnostics and summary lines are printed, and exit codes: 0 on
success, 1 if there were errors (or warnings under --strict, and always for `check`), 2 for a
usage error. A user error prints its message, never a traceback, unless --debug is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.build import BuildResult, build
from generator.check import check
from generator.model import Diagnostic, Level
from generator.read.history import HistoryError, changes, resolve
from generator.render.digest import digest_markdown
from generator.synth import synthesise
from generator.write import COLLECTIONS, BundleError, ScaffoldError, add_sources, bundle, new_seed


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description="Build the briefing's docs/ from seeds/."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser(
        "build",
        help="generate docs/ from seeds/",
        description="Example: python -m generator build --strict",
    )
    _folders(build_cmd)
    build_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    build_cmd.add_argument("--timings", action="store_true", help="print each stage's time")
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
    new_cmd = commands.add_parser(
        "new",
        help="create a registry, topic or story seed file",
        description='Example: python -m generator new company "Moore Threads"',
    )
    new_cmd.add_argument("kind", choices=sorted(COLLECTIONS))
    new_cmd.add_argument("name")
    _folders(new_cmd)
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
    return parser


def _synth(args: argparse.Namespace) -> int:
    truth = synthesise(args.out, args.count, args.seed, args.registry)
    print(
        f"briefing: wrote {len(truth)} synthetic articles to {args.out}/articles", file=sys.stderr
    )
    return 0


def _print(diagnostics: Sequence[Diagnostic], debug: bool = False) -> None:
    """Each diagnostic on one line; under `--debug`, an internal error's traceback after it."""
    for diagnostic in diagnostics:
        print(diagnostic.render(), file=sys.stderr)
        if debug and diagnostic.detail:
            print(diagnostic.detail.rstrip("\n"), file=sys.stderr)


def _counts(diagnostics: Sequence[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.level is Level.ERROR)
    warnings = len(diagnostics) - errors
    return (
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )


def summary(result: BuildResult) -> str:
    report = result.report
    written = (
        "nothing written"
        if report is None
        else (
            f"{len(report.written)} written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed"
        )
    )
    return (
        f"briefing: {result.page_count} pages from {result.article_count} articles "
        f"({written}); {_counts(result.diagnostics)}; {result.seconds:.2f} s"
    )


def _build(args: argparse.Namespace) -> int:
    result = build(args.seeds, args.docs)
    _print(result.diagnostics, args.debug)
    print(summary(result), file=sys.stderr)
    if getattr(args, "timings", False) and result.timings:
        stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.timings)
        print(f"briefing: stages: {stages}", file=sys.stderr)
    if result.count(Level.ERROR) or (args.strict and result.count(Level.WARNING)):
        return 1
    if args.command != "bundle":
        return 0
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


def _site(args: argparse.Namespace) -> int:
    from mkdocs.exceptions import Abort, ConfigurationError  # MkDocs loads only for `site`

    from generator.publish import render_site

    try:
        report = render_site(args.config, args.site, strict=args.strict, full=args.full)
    except (Abort, ConfigurationError) as exc:
        if args.debug:
            raise
        print(f"briefing: site not built: {exc}", file=sys.stderr)
        return 1
    print(
        f"briefing: site: {report.rendered} pages rendered, {report.reused} reused, "
        f"{report.removed} stale files removed; {report.seconds:.2f} s",
        file=sys.stderr,
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    result = check(args.seeds, args.docs)
    _print(result.diagnostics, args.debug)
    verdict = "docs/ is current" if not result.diagnostics else "check failed"
    print(
        f"briefing check: {result.pages} pages from {result.articles} articles; "
        f"{_counts(result.diagnostics)}; {verdict}",
        file=sys.stderr,
    )
    return 1 if result.diagnostics else 0


def _new(args: argparse.Namespace) -> int:
    try:
        path = new_seed(args.seeds, args.kind, args.name)
    except ScaffoldError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    print(
        f"briefing: created {path}; fill it in, then run `python -m generator build`",
        file=sys.stderr,
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    stdin = sys.stdin.buffer.read() if "-" in args.sources else None
    report = add_sources(args.seeds, args.sources, args.keep_html, args.timeout, args.name, stdin)
    _print(report.diagnostics)
    errors = sum(1 for d in report.diagnostics if d.level is Level.ERROR)
    if len(report.added) == 1 and not report.skipped and not errors:
        print(
            f"briefing: added {report.added[0][0]}; run `python -m generator build`",
            file=sys.stderr,
        )
        return 0
    for path, source in report.added:
        print(f"briefing: added {path} (from {source})", file=sys.stderr)
    count = len(report.added)
    duplicates = f"{report.skipped} duplicate{'s' if report.skipped != 1 else ''}"
    print(
        f"briefing: added {count} article{'s' if count != 1 else ''}, skipped {duplicates}; "
        f"{errors} error{'s' if errors != 1 else ''}"
        + ("; run `python -m generator build`" if count else ""),
        file=sys.stderr,
    )
    return 1 if errors else 0


def _digest(args: argparse.Namespace) -> int:
    """The digest on standard output, or appended to --out (a job summary, say)."""
    try:
        since = resolve(args.docs, args.since)
        text = digest_markdown(changes(args.docs, since), since.label)
    except HistoryError as exc:
        print(f"briefing: digest: {exc}", file=sys.stderr)
        return 1
    if args.out is None:
        sys.stdout.write(text)
    else:
        with args.out.open("a", encoding="utf-8") as out:
            out.write(text)
    return 0


COMMANDS = {
    "build": _build,
    "bundle": _build,
    "check": _check,
    "new": _new,
    "add": _add,
    "synth": _synth,
    "site": _site,
    "digest": _digest,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
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
