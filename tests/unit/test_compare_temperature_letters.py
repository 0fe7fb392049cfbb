"""Temperatures as English papers print them (issue 11): the scale's letter glued to the number ("50C (122F)",
"highs of 41C"), read only in a clause of heat or cold ("room 5C" is no temperature); the scale's name alone ("108
Fahrenheit"); and every Fahrenheit reading given in Celsius, so that one outlet's Fahrenheit meets another's
Celsius. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _temperatures(text):
    return [(f.text, round(f.low, 1), f.unit) for f in read(text, "2025-07-02", "en") if f.measure == "temperature"]


def test_a_glued_scale_letter_in_a_clause_of_heat_is_a_temperature():
    assert _temperatures("Farmers worked on through the heat, with highs of 44C (111F) on Tuesday.") == [
        ("44C", 44.0, "°C"), ("111F", 43.9, "°C")]


@pytest.mark.parametrize("text", ["The clinic moved to room 5C on the second floor.",
                                  "Her seat was 12F, by the window of the plane."])
def test_a_glued_letter_with_no_word_of_heat_is_no_temperature(text):
    assert _temperatures(text) == []


def test_the_scales_name_alone_is_a_temperature_in_celsius():
    assert _temperatures("Forecasters expect the thermometer to reach 104 Fahrenheit in the valley.") == [
        ("104 Fahrenheit", 40.0, "°C")]
    assert _temperatures("Forecasters expect 40 Celsius in the valley by noon.") == [("40 Celsius", 40.0, "°C")]
