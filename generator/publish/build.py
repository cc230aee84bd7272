"""`build_site`: a loaded MkDocs configuration built as `mkdocs build` builds it, byte for byte.

Owns what surrounds the driver's run (`driver.SiteBuild`): the plugins' `on_config`,
`on_pre_build` and `on_build_error` events, strict mode's count of warnings, the summary log
line, and the fallback to plain `mkdocs build` for a configuration whose plugins or Markdown
extensions the driver cannot cache: a plugin this driver does not know to be page-local
(anything but Material's `search` and `offline` and hook modules), or a Markdown extension
that includes other files into a page (`pymdownx.snippets`).
"""

from __future__ import annotations

import logging
import time
import types
from pathlib import Path
from typing import Any

from material.plugins.offline.plugin import OfflinePlugin
from material.plugins.search.plugin import SearchPlugin
from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import Abort, BuildError

from generator.publish import records
from generator.publish.driver import SiteBuild, SiteReport

log = logging.getLogger("mkdocs.briefing.site")


# Markdown extensions that read files other than the page (their changes are not tracked)
READS_OTHER_FILES = ("pymdownx.snippets", "markdown_include.include")


def supported(config: Any) -> bool:
    """Whether every plugin is one whose per-page work the driver knows how to cache, and no
    Markdown extension pulls in other files."""
    known = (SearchPlugin, OfflinePlugin, types.ModuleType)
    extensions = {str(name) for name in config.markdown_extensions}
    return all(isinstance(plugin, known) for plugin in config.plugins.values()) and not (
        extensions & set(READS_OTHER_FILES)
    )


def build_site(
    config: Any, *, serve_url: str | None = None, cache: Path | None = None, full: bool = False
) -> SiteReport:
    """Build the site of a loaded MkDocs `config` as `mkdocs build` would, byte for byte.

    `cache` is the site cache's file (default: in `.briefing-cache/` next to the site folder);
    `full` ignores it and renders every page. Raises `mkdocs.exceptions.Abort`
    as `mkdocs build` does (strict mode's warnings, a `BuildError`)."""
    if not supported(config):
        started = time.monotonic()
        log.info("briefing: a plugin the incremental build does not know: plain mkdocs build")
        mkdocs_build.build(config, serve_url=serve_url)
        return SiteReport(0, 0, 0, time.monotonic() - started, "mkdocs")
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    if config.strict:
        logger.addHandler(counter)
    path = cache or records.cache_file(Path(config.site_dir))
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        report = SiteBuild(config, serve_url, path, full).run()
        if counts := counter.get_counts():
            message = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {message} in strict mode!")
        _log_report(report)
        return report
    except Exception as error:
        config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            log.error(str(error))
            raise Abort("Aborted with a BuildError!") from error
        raise
    finally:
        logger.removeHandler(counter)


def _log_report(report: SiteReport) -> None:
    steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in report.phases)
    log.info(
        "briefing: site built in %.2f s: %d pages rendered, %d reused (%s)",
        report.seconds,
        report.rendered,
        report.reused,
        steps,
    )
