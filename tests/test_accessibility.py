"""WCAG 2.1 A and AA on every kind of page, as axe-core finds it in the real browser.

axe-core (the npm package, pinned in tests/axe/package-lock.json and installed by `make
test` and .ci/run with `npm ci`) is injected from node_modules into each page after it has
loaded: the site itself never loads it. Every page kind (home, article, story, company,
person, topic, timeline, figures, data, guide) is checked in the light and the dark palette
(the system's setting, which the site follows) at 1280 and 390 px, and any violation fails
the test with its rule, its elements and axe's summary of what is wrong. In CI (CI=true) a
missing Chromium or axe-core is a failure, never a skip.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.test_browser import CHROMIUM, LAUNCH_ARGS

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = {
    "home": "",
    "article": "articles/000_84dcf3ed1279d9ad/",
    "story": "stories/triple-ai-chip-output-2025-08/",
    "company": "companies/huawei/",
    "person": "people/jensen-huang/",
    "topic": "topics/export-controls/",
    "timeline": "timeline/",
    "figures": "figures/",
    "data": "data/",
    "guide": "guide/",
}
SCHEMES = {"light": "default", "dark": "slate"}  # the system's setting -> Material's scheme
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# and, beyond the WCAG tags, that every table's header cells are named and cover its data
EXTRA_RULES = ["empty-table-header", "td-has-header", "th-has-data-cells"]


def _require(path: Path, install: str) -> None:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} not found: .ci/run must install it ({install})")
        pytest.skip(f"{path} is not installed ({install})")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built from docs/ by MkDocs, served on 127.0.0.1: its base URL."""
    folder = tmp_path_factory.mktemp("a11y") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(folder)]
    subprocess.run(command, cwd=ROOT, check=True, env=env)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require(Path(CHROMIUM), "apt-get install chromium")
    _require(AXE, "npm ci --prefix tests/axe")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def audit(browser: Browser, url: str, scheme: str, size: tuple[int, int]) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on the page at `url` (the page's scheme checked)."""
    width, height = size
    context = browser.new_context(
        viewport={"width": width, "height": height}, color_scheme=scheme, reduced_motion="reduce"
    )
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == SCHEMES[scheme], f"{url}: the {scheme} setting showed {shown}"
        page.add_script_tag(path=str(AXE))
        result: dict[str, Any] = page.evaluate(
            """([tags, extra]) => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                rules: Object.fromEntries(extra.map(id => [id, {enabled: true}])),
            })""",
            [TAGS, EXTRA_RULES],
        )
        checked = {
            rule["id"]
            for kind in ("passes", "violations", "inapplicable", "incomplete")
            for rule in result[kind]
        }
        assert {"color-contrast", "link-in-text-block", *EXTRA_RULES} <= checked
        return list(result["violations"])
    finally:
        context.close()


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(node['target'])}: {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize("kind", list(PAGES))
def test_page_has_no_wcag_violation(
    browser: Browser, site: str, kind: str, scheme: str, width: str
):
    violations = audit(browser, site + PAGES[kind], scheme, WIDTHS[width])
    count = sum(len(v["nodes"]) for v in violations)
    assert not violations, f"{kind} page, {scheme}, {width}: {count} violations\n" + describe(
        violations
    )
