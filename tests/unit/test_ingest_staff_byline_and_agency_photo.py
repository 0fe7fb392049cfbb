"""A byline crediting a site's staff ("by The Ruritania Courier Staff") is the outlet, never the title; a caption
ending with an agency's file-photo credit ("- AP FILE PHOTO") is never the title. Invented pages in the layouts of
a syndicated weekly's story and of a Caribbean daily's wire story (an aggregator's date prefix first)."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

STAFF_PAGE = """by The Ruritania Courier Staff
The singer was acquitted Wednesday, July 2, 2025, of the most serious federal charges brought against him but was found guilty on two lesser counts.
The singer, 55, had faced up to life in prison if convicted on the initial charges. He now faces a potential maximum of 20 years.
"""

PHOTO_PAGE = """ date 2025-07-02 Singer not guilty of trafficking, convicted of lesser charge

Jan Novak. - AP FILE PHOTO

NEW YORK: Jan Novak dropped to his knees and prayed in the courtroom after he was acquitted July 2 of trafficking charges that could have put him behind bars for life.

The mixed result capped a long legal odyssey that derailed his career as an artist and music executive.
"""


def test_a_staff_byline_names_the_outlet_and_is_no_title():
    src = parse_text(STAFF_PAGE, "a")
    assert src.title is None
    assert src.outlet == "The Ruritania Courier"
    assert src.author is None


def test_a_caption_with_an_agency_file_photo_credit_is_no_title():
    src = parse_text(PHOTO_PAGE, "b")
    assert src.title == "Singer not guilty of trafficking, convicted of lesser charge"
    assert src.published == "2025-07-02"
