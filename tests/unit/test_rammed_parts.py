"""Issue 11: the people one vehicle hit inside a larger event are a part of its toll, not a rival total, when the story
gives a much larger count of the measure that is no vehicle's (compare/rammed_parts.py). Invented sentences; the tests
fail on the code before (the four hit were weighed against the day's 48 injured)."""

from __future__ import annotations

from tests.compare_helpers import compared, holding

_OPENING = "Thousands marched in Northland's capital on Saturday. "


def test_the_people_a_car_hit_are_a_part_of_the_days_injured_in_six_languages():
    claims = compared(
        _OPENING + "The minister said 48 people were injured during the protest.",
        _OPENING + "A driver drove into a group of protesters, injuring four people.",
        _OPENING + "Un automobiliste a foncé sur les manifestants, blessant quatre personnes.",
        _OPENING + "Un conductor atropelló a cuatro manifestantes.",
        _OPENING + "Ein Autofahrer fuhr mit seinem Wagen in die Menge und verletzte vier Menschen.",
        _OPENING + "Un automobilista ha investito quattro manifestanti.",
        _OPENING + "Um motorista atropelou quatro manifestantes.")
    assert not [c for c in claims if c.verdict == "disagree"]
    hit = holding(claims, "injuring four", "blessant quatre", "atropelló a cuatro", "verletzte vier",
                  "investito quattro", "atropelou quatro")
    assert [c.verdict for c in hit] == ["agree"]
    assert not holding(claims, "48 people were injured", "injuring four")


def test_a_ramming_that_is_the_event_keeps_its_toll():
    # (a guard: no larger count elsewhere, so the vehicle's victims are the event's toll and join the plain one)
    claims = compared(
        "A driver drove into a crowd at a market in Northland on Saturday, killing five people.",
        "Five people were killed when a car ploughed into a market crowd in Northland on Saturday.",
        "In Northland, five people died on Saturday.")
    toll = holding(claims, "killing five people", "Five people were killed", "five people died")
    assert [c.verdict for c in toll] == ["agree"]
