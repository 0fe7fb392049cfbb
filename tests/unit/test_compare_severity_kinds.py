"""Issue 11: the seriously (or critically) injured are a part of the injured, never their whole: "three people were
seriously injured" is not weighed against "dozens were injured" in another article (it made a false disagreement
of a part and its whole on a real collapse), but two counts of the seriously injured are. Every sentence is made up for the test."""

from __future__ import annotations

from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import compared, one_holding

DOZENS = "A bridge collapsed in Lyon on Tuesday, killing 9 people. Dozens of people were injured."
THREE_SERIOUSLY = "A bridge collapsed in Lyon on Tuesday, killing 9 people. Three people were seriously injured."


def test_the_critically_injured_are_a_measure_of_their_own():
    assert measures_differ("injured", "critically injured")
    assert not measures_differ("seriously injured", "seriously injured")


def test_the_seriously_injured_are_a_part_of_all_the_injured():
    claim = one_holding(compared(DOZENS, THREE_SERIOUSLY), "Dozens of people")
    assert claim.verdict != "disagree", claim.evidence


def test_two_counts_of_the_seriously_injured_are_weighed():
    claim = one_holding(compared(THREE_SERIOUSLY, THREE_SERIOUSLY.replace("Three", "Five")), "Five people")
    assert claim.verdict == "disagree", claim.evidence

