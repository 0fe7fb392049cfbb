"""Issue 11: the seriously (or critically) injured are a part of the injured, never their whole: "four people were
seriously injured" is not weighed against "dozens were injured" in another article (it made a false disagreement
of a part and its whole). Every sentence is made up for the test."""

from __future__ import annotations

from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import compared


def test_a_severity_is_a_measure_of_its_own():
    assert measures_differ("seriously injured", "injured")
    assert measures_differ("injured", "critically injured")
    assert not measures_differ("seriously injured", "seriously injured")


def test_the_seriously_injured_are_not_weighed_against_all_the_injured():
    claims = compared("A bridge collapsed in Lyon on Tuesday, killing 9 people. Dozens of people were injured.",
                      "A bridge collapsed in Lyon on Tuesday, killing 9 people and injuring three.",
                      "A bridge collapsed in Lyon on Tuesday, killing 9 people. Three people were seriously injured.")
    injured = [c for c in claims if any("Dozens" in s.text for s in c.statements)]
    assert injured and all(c.measure == "injured" for c in injured), [(c.topic, c.measure) for c in injured]
    assert not any("seriously" in s.text for c in injured for s in c.statements)
