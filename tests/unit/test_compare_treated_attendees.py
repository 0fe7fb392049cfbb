"""A crowd's people under treatment now are patients, not the crowd (issue 11): "95 pilgrims were receiving treatment
in hospitals" counts the hospitalised, never weighed against "nearly half a million pilgrims received medical
treatment" (a false disagreement); "were treated for heat exhaustion", of the past, stays the crowd's count.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Officials said 37 marchers were receiving treatment in hospitals on Monday night.",
    "Officials said 37 spectators are still being treated in hospital after the race.",
])
def test_attendees_in_hospital_now_are_the_hospitalised(text):
    (count,) = [f for f in read(text, "2025-05-12", "en") if f.low == 37]
    assert count.measure == "hospitalised"


def test_attendees_treated_in_the_past_stay_the_crowd():
    (count,) = [f for f in read("Some 300 marchers were treated for heat exhaustion.", "2025-05-12", "en")
                if f.low == 300]
    assert count.measure == "attendance"
