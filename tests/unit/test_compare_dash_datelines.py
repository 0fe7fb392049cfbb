"""Issue 11: a dateline of two places ("PARIS/LYON - ") is where a report was filed: no figure's subject and no
word of a claim's title (it made one article's count a place's of its own and kept it apart from another's).
Every sentence is made up for the test."""

from __future__ import annotations

from briefing_tui.compare.statement_openings import opening_words
from tests.compare_helpers import read


def test_a_two_place_dateline_is_no_subject():
    figures = [f for f in read("MADRID/SEVILLA - Nine people were arrested on Monday after the fire.")
               if f.kind == "count"]
    assert figures and all(not f.subject for f in figures), [(f.text, f.subject) for f in figures]


def test_a_two_place_dateline_is_no_word_of_the_title():
    assert not opening_words("MADRID/SEVILLA - Nine people were arrested on Monday after the fire.").startswith("MADRID")

