"""Issue 11: "no false disagreement appears". Seat counts that name no holder ("with 16 seats still in doubt", "34
at-large seats", another outlet's "obtienen 89 diputados" beside "não vão além do 58 deputados") were weighed
against each other as one tally and flagged. Two seat counts neither of which names its holder may be two parties'
shares of one chamber: never a disagreement; a named party's two tallies still are (invented sentences; the first
tests fail on the code before)."""

from __future__ import annotations

from dataclasses import replace

from tests.compare_helpers import compared, read


def _seats(text: str, language: str | None = None):
    return [f for f in read(text, None, language) if (f.measure or "").endswith(("seats", "legislator"))]


def test_two_seat_counts_of_no_holder_are_not_comparable():
    from briefing_tui.compare.holderless_seats import holderless_seats

    doubt = _seats("Counting went on overnight, with 16 seats still in doubt in the coastal districts.")
    listed = _seats("Voters also fill 34 at-large seats from the party lists.")
    assert [(f.low, f.subject) for f in doubt + listed] == [(16.0, None), (34.0, None)]
    assert holderless_seats(doubt[0], listed[0])


def test_seat_counts_of_no_holder_do_not_dispute_each_other():
    doubt = "Counting went on overnight after the parliamentary vote, with 16 seats still in doubt."
    listed = "The parliamentary vote also fills 34 at-large seats from the party lists, officials said."
    assert not [c for c in compared(doubt, listed) if c.verdict == "disagree"]


def test_a_chamber_whole_is_still_weighed():
    from briefing_tui.compare.holderless_seats import holderless_seats

    whole = next(f for f in read("The Tarvonian parliament has 301 seats in all.") if f.low == 301)
    other = next(f for f in read("The Tarvonian parliament has 299 seats in all.") if f.low == 299)
    whole, other = replace(whole, measure="total seats"), replace(other, measure="total seats")
    assert not holderless_seats(whole, other)


def test_a_named_holder_is_still_weighed():
    from briefing_tui.compare.holderless_seats import holderless_seats

    named = [f for f in read("The Greens won 14 seats in the Tarvonian vote.") if f.low == 14]
    other = [f for f in read("The Greens won 17 seats in the Tarvonian vote.") if f.low == 17]
    assert named and other and named[0].subject and not holderless_seats(named[0], other[0])
