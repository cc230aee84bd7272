"""Claim status in a real browser: past, now or coming against the reader's today, computed
from the dates in the page, on the served site and the offline bundle; without JavaScript the
page gives the status as of the newest article and says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_browser import ARTICLES, Target, browser, offline, served  # noqa: F401

CLAIM = "December 2025"  # "vid årsskiftet" in the Swedish article of 2025-08-27


@pytest.fixture(params=["served", "offline"])
def target(request: pytest.FixtureRequest) -> Target:
    return request.getfixturevalue(request.param)


def statuses(browser, target: Target, today: str | None, javascript: bool = True) -> Iterator[str]:  # noqa: F811
    context = browser.new_context(java_script_enabled=javascript)
    try:
        if today:
            context.clock.set_fixed_time(f"{today}T12:00:00")
        page = context.new_page()
        page.goto(target.url(f"articles/{ARTICLES['sv']}"))
        rows = page.locator("table tr", has_text=CLAIM)
        chip = rows.first.locator(".briefing-status").inner_text()
        note = page.locator(".briefing-asof").first.inner_text()
        yield chip
        yield note
    finally:
        context.close()


@pytest.mark.parametrize(
    ("today", "expected"),
    [("2025-09-15", "coming"), ("2025-12-10", "now"), ("2026-11-29", "past")],
)
def test_status_follows_the_readers_today(browser, target: Target, today: str, expected: str):  # noqa: F811
    chip, note = statuses(browser, target, today)
    assert chip == expected
    assert note == f"Past, now or coming as of today, {today}."


def test_without_javascript_the_status_is_as_of_the_newest_article(browser, served: Target):  # noqa: F811
    chip, note = statuses(browser, served, "2026-11-29", javascript=False)
    assert chip == "coming"
    assert note == "Past, now or coming as of 2025-08-27, the article's date."
