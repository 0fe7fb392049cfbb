"""A temperature is a physical quantity of its own (issue 11): "reaching 1,300°C" was a bare count, drawn into the
count of missing people its sentence's neighbour named (1,300 missing against another outlet's 56: a false
disagreement)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "value", "unit"), [
    ("Inside the burning hall the heat reached 1,100°C, firefighters said.", "en", 1100.0, "°C"),
    ("Im Tunnel stiegen die Temperaturen auf 900 °C.", "de", 900.0, "°C"),
    ("Le thermomètre a dépassé 45 degrés Celsius à Séville.", "fr", 45.0, "°C"),
    ("La colonnina segnava 41 gradi centigradi.", "it", 41.0, "°C"),
    ("Phoenix logged 118°F on Sunday.", "en", 47.8, "°C"),  # (Fahrenheit read in Celsius: temperature_letters.py)
])
def test_temperatures_are_read_with_their_unit(text, language, value, unit):
    found = [(round(f.low, 1), f.unit) for f in read(text, "2026-02-03", language)
             if f.low is not None and round(f.low, 1) == value]
    assert found == [(value, unit)]


def test_a_temperature_is_no_missing_count():
    from tests.compare_helpers import compared
    claims = compared("Two buses were crushed and a third caught fire, trapping people inside, with temperatures in "
                      "one bus reaching 1,100°C.",
                      "At least 14 people are still missing, rescuers said.")
    assert not [c for c in claims if c.verdict == "disagree"]
