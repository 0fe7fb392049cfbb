"""Issue 11, a German quake's magnitude written as its strength: "ein Erdbeben der Stärke 8,6" is a magnitude of 8.6,
to be weighed against "magnitude 8.8" in other sources; a storm's "Stärke 10" (a wind force) is not. Invented
sentences; each magnitude test fails on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "value"), [
    ("Ein schweres Erdbeben der Stärke 6,4 hat am Montag die Insel Tarvela erschüttert.", 6.4),
    ("Mit einer Stärke von 7,1 war das Beben das stärkste seit Jahren.", 7.1),
    ("Kurz darauf folgte ein Nachbeben der Stärke 5,2.", 5.2),
])
def test_a_quake_strength_is_a_magnitude(text, value):
    magnitudes = [f for f in read(text) if f.unit == "magnitude"]
    assert [(f.low, f.high) for f in magnitudes] == [(value, value)]


def test_a_storm_strength_is_no_magnitude():
    assert [f for f in read("Ein Sturm der Stärke 10 zog über die Küste von Tarvela.") if f.unit == "magnitude"] == []


def test_a_strength_disagrees_with_another_magnitude():
    claims = compared("Ein schweres Erdbeben der Stärke 6,4 hat am Montag die Insel Tarvela erschüttert.",
                      "A powerful magnitude 7.0 earthquake shook the island of Tarvela on Monday.")
    assert [c.verdict for c in claims if any(f.unit == "magnitude" for s in c.statements for f in s.figures)] == [
        "disagree"]
