"""`briefing site`: load a MkDocs configuration and build its site incrementally.

Owns what `mkdocs build` does around the build itself: loading the configuration (with the
site folder and strict mode given on the command line), the plugins' `on_startup` and
`on_shutdown`, and MkDocs' log lines on standard error.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import load_config

from generator.publish.build import build_site
from generator.publish.driver import SiteReport


def _log_to_stderr() -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "briefing", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.briefing = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def render_site(
    config_file: Path,
    site: Path | None = None,
    *,
    strict: bool = False,
    full: bool = False,
    cache: Path | None = None,
) -> SiteReport:
    """Build the site of `config_file` into `site` (default: its `site_dir`).

    Raises `mkdocs.exceptions.Abort` on a failed build (as `mkdocs build`), and MkDocs'
    `ConfigurationError` for a bad configuration."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _log_to_stderr()
    options = {"site_dir": str(site)} if site is not None else {}
    config = load_config(config_file=str(config_file), strict=strict or None, **options)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        return build_site(config, cache=cache, full=full)
    finally:
        config.plugins.on_shutdown()
