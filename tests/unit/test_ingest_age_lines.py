"""A line giving the page's age instead of its date ("AGENCY - 5 hours ago - 13:18 | Business") is a date line
under the headline, never the headline itself. Every text is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text

BODY = ("Tom Vance, a former banker, began a prison term in Ohio on Monday. He took nearly $17 million from the "
        "firm over three years, according to court papers.\n")


@pytest.mark.parametrize("age_line", [
    "NORTH WIRE - 5 hours ago - 13:18 | Business, All",
    "NORTH WIRE - 2 days ago",
])
def test_an_age_line_under_the_headline_is_no_headline(age_line):
    assert parse_text(f"Ex-banker reports to prison\n{age_line}\n{BODY}", "x", "x.txt").title == \
        "Ex-banker reports to prison"
