"""More of the ways pages write a publication date: year first with stops ("2024.05.27"), a month's name between
slashes ("27/May/2024"), a comma after a Spanish month ("06 de diciembre, 2024"), and Italian and Portuguese month
names. Every text is made up."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.dates import find_date


@pytest.mark.parametrize(("text", "iso"), [
    ("2023.11.04", "2023-11-04"),
    ("Sports Saturday 04/Nov/2023 09:05 AM", "2023-11-04T09:05"),
    ("04-Nov-2023", "2023-11-04"),
    ("04 de noviembre, 2023 | 10.15", "2023-11-04"),
    ("4 novembre 2023", "2023-11-04"),
    ("4 gennaio 2023", "2023-01-04"),
    ("4 de dezembro de 2023", "2023-12-04"),
    ("4 de março de 2023", "2023-03-04"),
])
def test_the_date_forms_are_read(text: str, iso: str) -> None:
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text", ["release 1.2023.11.04", "2023.11.04.7", "04/Nov/23"])
def test_what_is_not_a_whole_date_stays_unread(text: str) -> None:
    assert find_date(text) is None


def test_a_year_first_dotted_line_under_the_headline_dates_the_page() -> None:
    text = ("Harbour town opens its new ferry terminal\n2023.11.04\nPortwell\nThe new terminal, which cost about "
            "12 million dollars, opened to passengers on Saturday after two years of work.\n")
    assert parse_text(text, "x", "x.txt").published == "2023-11-04"


def test_a_section_and_weekday_before_a_slashed_month_name_date_the_page() -> None:
    text = ("Harbour town opens its new ferry terminal\n\nBusiness Saturday 04/Nov/2023 16:40 PM\nHarbour town opens "
            "its new ferry terminal\n\nPortwell: The new terminal, which cost about 12 million dollars, opened to "
            "passengers on Saturday after two years of work.\n")
    assert parse_text(text, "x", "x.txt").published == "2023-11-04T16:40"
