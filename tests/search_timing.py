"""Time to the first search result in the offline bundle, measured in headless Chromium.

`python -m tests.search_timing FOLDER [QUERY ...]` opens FOLDER/index.html (an unpacked offline
bundle) from `file://` and, for each query, types it as soon as the page has loaded and waits
for the result count: the time an analyst waits after opening the briefing. A large site's
index is built in shards (site_templates/search-index.js) and the first answer covers the
first shard, so this also waits for the answer that covers every section (`complete`), and
then times a second query on the whole index. Medians of `runs` fresh pages. The benchmark
calls `first_result`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.test_browser import CHROMIUM, LAUNCH_ARGS, wait_for_whole_index

_COUNT = (
    "() => /matching document/.test("
    "document.querySelector('.md-search-result__meta')?.textContent || '')"
)


@dataclass(frozen=True)
class Timing:
    query: str
    first_result: float  # seconds from opening the page to the result count shown
    complete: float  # ... to the count of the answer from every section
    next_query: float  # seconds from typing a second query to its results
    results: str  # Material's result count, as shown first
    complete_results: str  # ... in the answer from every section


def first_result(folder: Path, queries: list[str], runs: int = 3) -> list[Timing]:
    """Median timings of each query over `runs` fresh pages of the bundle in `folder`."""
    home = (folder / "index.html").resolve().as_uri()
    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for query in queries:
            rows = [_once(browser, home, query) for _ in range(runs)]
            timings.append(
                Timing(
                    query,
                    statistics.median(r[0] for r in rows),
                    statistics.median(r[1] for r in rows),
                    statistics.median(r[2] for r in rows),
                    rows[0][3],
                    rows[0][4],
                )
            )
        browser.close()
    return timings


def _once(browser, home: str, query: str) -> tuple[float, float, float, str, str]:
    page = browser.new_page()
    start = time.perf_counter()
    page.goto(home)
    if not page.is_visible(".md-search__input"):
        page.click("label.md-header__button[for=__search]")
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")  # Material reads the query on keyup
    page.wait_for_function(_COUNT, timeout=300_000, polling=10)
    shown = time.perf_counter()
    count = page.inner_text(".md-search-result__meta")
    if page.frames[-1].evaluate("() => !!self.briefingIndex"):  # else Material's own worker
        wait_for_whole_index(page, timeout=300, settle=0)
    complete = time.perf_counter()
    whole = page.inner_text(".md-search-result__meta")
    page.fill(".md-search__input", "")
    page.press(".md-search__input", "End")
    page.wait_for_function(
        "() => !/matching/.test(document.querySelector("
        "'.md-search-result__meta')?.textContent || '')",
        polling=5,
    )
    again = time.perf_counter()
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")
    page.wait_for_function(_COUNT, timeout=300_000, polling=5)
    second = time.perf_counter() - again
    page.close()
    return shown - start, complete - start, second, count, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="an unpacked offline bundle (has index.html)")
    parser.add_argument("queries", nargs="*", default=["halvledarna", "Cambricon", "brikkene"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for t in first_result(args.folder, args.queries, args.runs):
        print(
            f"{t.query!r}: first result {t.first_result:.2f} s after opening the page "
            f"({t.results}), from every section {t.complete:.2f} s ({t.complete_results}), "
            f"a second query {t.next_query * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
