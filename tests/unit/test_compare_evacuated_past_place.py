"""Issue 11, people counted before a short phrase of place and a passive of evacuation: "over 40,000 people in 35
towns were evacuated" counts the displaced (as "40,000 people were evacuated" does), to be weighed against "nearly
90,000 evacuated" elsewhere. Invented sentences; the evacuation tests fail on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Over 40,000 people in 35 towns were evacuated on Monday.",
    "About 40,000 residents across the Tarvela coast have been evacuated.",
    "Some 40,000 people along the river were ordered to evacuate.",
])
def test_a_passive_of_evacuation_past_a_place(text):
    assert [f.measure for f in read(text) if f.kind == "count" and f.low == 40_000] == ["displaced"]


def test_another_passive_is_not_an_evacuation():
    assert [f.measure for f in read("Some 4,000 people in the town were injured.") if f.kind == "count"] == [
        "injured"]
