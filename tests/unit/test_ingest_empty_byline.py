"""A headline that opens with capitalised words and a number is no byline, and an empty byline ("by | date") names
no outlet (invented pages)."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

BODY = ("The regional health office said on Tuesday that 41 people had died and 230 were injured after the storm "
        "crossed the coast overnight, while rescue teams were still searching flooded villages.\n\n"
        "Officials said power had been restored to most of the capital by the evening, and schools would reopen "
        "on Thursday once the roads were cleared.\n")


def test_a_headline_with_a_number_is_no_name_and_an_empty_byline_no_outlet():
    page = ("Storm Leaves More Than 40 Dead Across The Coast\n\n"
            "A relief agency put the toll higher, saying it had counted 52 deaths\n\n"
            "by | Jun 24, 2025\n\n" + BODY)
    source = parse_text(page, "storm")
    assert source.author is None
    assert source.outlet is None
    assert source.published == "2025-06-24"


def test_a_name_then_its_date_is_still_a_byline():
    page = ("Storm Leaves Dozens Dead Across The Coast\n\n"
            "Ana Ruiz | June 24, 2025\n\n" + BODY)
    source = parse_text(page, "storm")
    assert source.author == "Ana Ruiz"
    assert source.published == "2025-06-24"


def test_a_headline_set_in_markdown_bold_is_read_without_its_marks():
    page = "**Storm Leaves Dozens Dead Across The Coast**\n\n" + BODY
    source = parse_text(page, "storm")
    assert source.title == "Storm Leaves Dozens Dead Across The Coast"
    start, end = source.meta_spans["title"]
    assert page[start:end] == source.title  # (its offsets are the words', inside the marks)
