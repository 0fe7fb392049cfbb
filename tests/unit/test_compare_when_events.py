"""Issue 11: what a date times. An act on an event ("called", "announced", "declared") makes a date in its clause
the act's, unless a passive's agent follows it ("triggered by a complaint five years ago") or the date is the
day the act sets for the event ("announced ... for this Saturday, March 11"); kinds of events news dates in
several languages: days of action, listings. Verbatim sentences of real articles (study sets) unless said
otherwise; each checked to fail on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.event_mentions import event_mentions
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article


def test_an_act_on_an_event_blocks_its_date_unless_a_passive_agent_or_the_day_set_for_it_follows():
    # tests/gold_new20 apple 08 (here dated): "triggered by a complaint ... five years ago" is the complaint's year
    newser = article("newser", "2024-03-04", "The $1.9 billion fine follows a long-running investigation triggered "
                     "by a complaint from Swedish streaming service Spotify five years ago.")
    assert [(m.event.kind.name, m.text) for m in event_mentions([newser], [], default_rate_table()) if m.year_only] \
        == [("complaint", "five years ago")]
    # tests/gold_new11 sri lanka 03: the day of the declaring, not of the election (held on the Saturday)
    federal = article("federal", "2024-09-22", "Sri Lanka's Election Commission officially declared Marxist leader "
                      "Anura Kumara Dissanayake as the winner of the Presidential election on Sunday (September 22), "
                      "defeating the current President, Ranil Wickremesinghe.")
    assert [m.event.kind for m in event_mentions([federal], [], default_rate_table()) if m.text == "Sunday"] == [None]
