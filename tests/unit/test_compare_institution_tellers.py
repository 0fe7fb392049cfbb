"""Issue 11: an institution telling a claim goes by its whole name, never by its last word as a person by a surname
("the Prosecutor's Office said" made titles open on "Office:"). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.clause_titles import clause_title


@pytest.mark.parametrize(("text", "title"), [
    ("The defendants face fines of up to 9 million euros, the Auditor's Office said on Friday.",
     "The defendants face fines of up to 9 million euros"),
    ("Ferry fares rise by 6% in June, the Harbour Office said.", "Ferry fares rise by 6% in June"),
])
def test_a_lone_institution_noun_names_no_teller(text, title):
    assert clause_title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("Forest Rescue International said that 12 rangers had been detained.",
     "Forest Rescue International: 12 rangers had been detained"),
    ("Ocean Watch said that 40 reefs had bleached.", "Ocean Watch: 40 reefs had bleached"),
])
def test_an_organisation_named_with_international_or_watch_goes_by_its_whole_name(text, title):
    # ("International:" or "Watch:" alone names no one)
    assert clause_title(text) == title
