"""`briefing site`: render docs/ into the site with MkDocs, only what changed.

Owns the command's summary line and its exit code (1 when MkDocs aborts or the configuration is
bad). It imports MkDocs and the publish stage, and nothing that reads or enriches seeds.
"""

from __future__ import annotations

import argparse
import sys

from mkdocs.exceptions import Abort, ConfigurationError

from generator.publish import render_site
from generator.workers import LostWork, use_scheduler


def site(args: argparse.Namespace) -> int:
    try:
        with use_scheduler(args.scheduler):
            report = render_site(args.config, args.site, strict=args.strict, full=args.full)
    except (Abort, ConfigurationError, LostWork) as exc:
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
