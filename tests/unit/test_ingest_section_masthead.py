"""A section label a page repeats over its stories ("NEWS", "World") is no masthead (issue 11): a copied page that
printed "NEWS" over its headline and over each related link gave "NEWS" as its outlet."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text

HEADLINE = "Ferry runs aground off the island, all passengers rescued\n\n"
PROSE = ("Coast guard boats reached the ferry within an hour, and the port authority said every one of its "
         "passengers had been brought ashore by the early morning.\n\n"
         "Divers were sent to inspect the hull on Friday, and officials said the cause of the grounding was "
         "not yet known.\n\n")


@pytest.mark.parametrize("label", ["NEWS", "World", "Politik"])
def test_a_repeated_section_label_is_no_outlet(label):
    page = (f"{label}\n\n" + HEADLINE + PROSE + "READ MORE\nHarbour fees to rise next year\n"
            f"{label}\n\nPort workers plan a strike\n{label}\n\n")
    assert parse_text(page, "s").outlet != label


def test_a_repeated_masthead_still_names_the_outlet():
    page = "Island Gazette\n\nIsland Gazette\n\n" + HEADLINE + PROSE
    assert parse_text(page, "g").outlet == "Island Gazette"
