"""Issue 11: "disputed" (contested, rejected...) as an adjective of the noun after it ("along their disputed border",
"the disputed region") is nothing a source says of a figure: read as the source reporting the figure disputed, it
flagged a count of displaced people as a disagreement. The verb that disputes a figure still does ("a figure the
army disputed"). Invented sentences; the first test fails on int19 (c254ad98)."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding


def test_a_disputed_border_is_no_disputed_figure():
    claims = compared("Over 120,000 people have fled as clashes erupted between rebels and police along their "
                      "disputed border, officials said.",
                      "Over 120,000 people have fled the clashes, officials said.")
    claim = one_holding(claims, "120,000 people have fled as clashes")
    assert claim.verdict == "agree"
    assert "disputed" not in claim.evidence


def test_a_figure_the_source_says_is_disputed_still_is():
    claims = compared("The rebels say 20 people were killed, a figure the army disputed.",
                      "The rebels say 20 people were killed.")
    assert one_holding(claims, "a figure the army disputed").verdict == "disagree"
