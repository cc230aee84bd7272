"""The commands that read seeds or write docs: `build`, `bundle`, `check`, `new`, `add`,
`synth` and `digest`.

Owns how their diagnostics and summary lines are printed and what each returns: 0 on success,
1 if there were errors (or warnings under --strict, and always for a failed `check`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator import write
from generator.check import check
from generator.model import Diagnostic, Level
from generator.pipeline import BuildResult, build
from generator.pipeline.names import name_suggestions
from generator.read import read_registry
from generator.read.history import HistoryError, changes, resolve
from generator.render.digest import digest_markdown
from generator.synth import synthesise
from generator.workers import use_scheduler
from generator.write import (
    BundleError,
    InitError,
    ScaffoldError,
    add_sources,
    bundle,
    cache_dir,
    new_seed,
)


def synth(args: argparse.Namespace) -> int:
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


def build_docs(args: argparse.Namespace) -> int:
    with use_scheduler(getattr(args, "scheduler", None)):
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


def check_docs(args: argparse.Namespace) -> int:
    result = check(args.seeds, args.docs)
    _print(result.diagnostics, args.debug)
    _print(result.notes)
    verdict = "docs/ is current" if not result.diagnostics else "check failed"
    print(
        f"briefing check: {result.pages} pages from {result.articles} articles; "
        f"{_counts(result.diagnostics)}; {verdict}",
        file=sys.stderr,
    )
    return 1 if result.diagnostics else 0


def init(args: argparse.Namespace) -> int:
    try:
        started = write.init(args.folder, args.title)
    except InitError as exc:
        print(f"briefing: init: {exc}", file=sys.stderr)
        return 1
    print(
        f"briefing: created a new briefing in {started.folder} ({len(started.files)} files); "
        f"add articles with `briefing add`, then run `briefing build` "
        "there",
        file=sys.stderr,
    )
    return 0


def new(args: argparse.Namespace) -> int:
    try:
        path = new_seed(args.seeds, args.kind, args.name)
    except ScaffoldError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    print(
        f"briefing: created {path}; fill it in, then run `briefing build`",
        file=sys.stderr,
    )
    return 0


def accept(args: argparse.Namespace) -> int:
    """Registry files for the names given, from their suggestions; `--reject`ed names onto
    the ignore list. 2 (a usage error) when neither is given."""
    if not args.names and not args.reject:
        print("briefing: accept: give names to accept, or --reject NAME", file=sys.stderr)
        return 2
    suggestions = name_suggestions(args.seeds, cache_dir(args.docs)) if args.names else ()
    registry = read_registry(args.seeds)
    report = write.accept(args.seeds, args.names, args.reject, args.kind, suggestions, registry)
    for problem in report.problems:
        print(f"briefing: accept: {problem}", file=sys.stderr)
    for path, name, kind in report.written:
        print(f"briefing: accepted {name} ({kind}): {path}", file=sys.stderr)
    if report.ignore_file is not None:
        count = len(args.reject)
        print(
            f"briefing: rejected {count} name{'s' if count != 1 else ''}: {report.ignore_file}",
            file=sys.stderr,
        )
    if report.written or report.ignore_file:
        print("briefing: review the files, then run `briefing build`", file=sys.stderr)
    return 1 if report.problems else 0


def add(args: argparse.Namespace) -> int:
    stdin = sys.stdin.buffer.read() if "-" in args.sources else None
    report = add_sources(args.seeds, args.sources, args.keep_html, args.timeout, args.name, stdin)
    _print(report.diagnostics)
    errors = sum(1 for d in report.diagnostics if d.level is Level.ERROR)
    if len(report.added) == 1 and not report.skipped and not errors:
        print(
            f"briefing: added {report.added[0][0]}; run `briefing build`",
            file=sys.stderr,
        )
        return 0
    for path, source in report.added:
        print(f"briefing: added {path} (from {source})", file=sys.stderr)
    count = len(report.added)
    duplicates = f"{report.skipped} duplicate{'s' if report.skipped != 1 else ''}"
    print(
        f"briefing: added {count} article{'s' if count != 1 else ''}, skipped {duplicates}; "
        f"{errors} error{'s' if errors != 1 else ''}" + ("; run `briefing build`" if count else ""),
        file=sys.stderr,
    )
    return 1 if errors else 0


def digest(args: argparse.Namespace) -> int:
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
