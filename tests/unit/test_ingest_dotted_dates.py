"""A numeric date parted by dots writes the day first ("07.02.2025" is 7 February), so it dates the page even when
both parts could be a month; slashed dates whose parts could both be months stay unread. Every text is made up."""

from __future__ import annotations

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.dates import find_date


def test_a_dotted_date_is_day_first():
    assert find_date("05.03.2025, 14:20 Uhr")[0] == "2025-03-05T14:20"
    assert find_date("05.03.2025")[0] == "2025-03-05"


def test_a_slashed_date_of_two_possible_months_stays_unread():
    assert find_date("05/03/2025") is None


def test_the_dotted_line_under_the_headline_dates_the_page():
    text = ("Bürgermeister eröffnet neue Brücke\n05.03.2025, 14:20 Uhr\nDie neue Brücke über den Fluss ist seit "
            "heute offen. Sie kostete nach Angaben der Stadt rund zwölf Millionen Euro.\n")
    assert parse_text(text, "x", "x.txt").published == "2025-03-05T14:20"
