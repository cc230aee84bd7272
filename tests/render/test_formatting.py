"""How periods read on the site, for every form a claim's `when` takes."""

from __future__ import annotations

import pytest

from generator.render.formatting import period_label


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("2026", "2026"),
        ("2025-H1", "first half of 2025"),
        ("2025-Q3", "Q3 2025"),
        ("2025-12", "December 2025"),
        ("2020-03-16", "16 March 2020"),
        ("1985/1992", "1985 to 1992"),
        ("2025-02/2025-04", "February 2025 to April 2025"),
        ("2001/..", "since 2001"),
        ("2012-04/..", "since April 2012"),
        ("../2030", "until 2030"),
        ("FY2026-Q1", "fiscal Q1 2026"),
        ("FY2026", "fiscal 2026"),
    ],
)
def test_period_label(when, label):
    assert period_label(when) == label
