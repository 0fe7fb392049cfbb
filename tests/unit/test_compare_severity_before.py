"""Issue 11: an adverb of severity on the verb right before a count ("seriously injuring two others") says how
badly those counted were hurt, as it does after the count ("two others seriously injured"); and the slightly
injured are a kind of their own, as the seriously injured are. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "written", "measure"), [
    ("The blast killed 15 people, seriously injuring two others.", "two others", "seriously injured"),
    ("The storm critically injured 4 people in the port.", "4 people", "critically injured"),
    ("The blast killed 15 people and injured 40 others.", "40 others", "injured"),
])
def test_an_adverb_on_the_verb_before_a_count_is_its_severity(text, written, measure):
    found = {f.text: f.measure for f in read(text) if f.kind == "count"}
    assert found.get(written) == measure, found


def test_the_slightly_injured_are_a_kind_of_their_own():
    assert measures_differ("slightly injured", "injured")
