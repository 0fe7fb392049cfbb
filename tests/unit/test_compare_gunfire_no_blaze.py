"""Issue 11: "fire" after a weapon or an act of shooting ("rocket fire", "opened fire") is gunfire, no blaze: read as
a fire, the days of a border war's shelling were titled "Date of the fire". Invented sentences; the first test fails
on int19 (c254ad98)."""

from __future__ import annotations

from briefing_tui.compare.event_kinds import in_compound
from tests.compare_helpers import compared


def test_rocket_fire_dates_no_fire():
    claims = compared("Fighting went on for a third day on Friday, July 11, with both armies exchanging artillery and "
                      "rocket fire near the river.",
                      "On Friday, July 11, the two armies traded rocket fire across the river.")
    assert not [c.topic for c in claims if "fire" in c.topic.lower() and "date" in c.topic.lower()]


def test_opened_fire_is_gunfire_and_a_warehouse_fire_is_a_fire():
    sentence = "Troops opened fire at dawn; a fire later gutted the warehouse."
    opened = sentence.index("fire")
    blaze = sentence.index("fire", opened + 1)
    assert in_compound(("fire", opened, opened + 4), sentence)
    assert not in_compound(("fire", blaze, blaze + 4), sentence)
