"""Issue 11, a length's range told with a Romance word of "from": "des vagues de 3 à 4 mètres", "olas de 3 a 4 metros"
are one range of heights (3-4 m), to be weighed against "up to 5 metres"; after a verb of change ("subió de 3 a 4
metros") the two numbers stay two values. Invented sentences; the range tests fail on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Des vagues de 2 à 5 mètres ont frappé le port de Tarvela.", 2.0, 5.0, "m"),
    ("En la costa se midieron olas de 2 a 5 metros.", 2.0, 5.0, "m"),
    ("Foram registadas ondas de 2 a 5 metros na costa.", 2.0, 5.0, "m"),
    ("Des vagues de 20 à 70 cm ont été mesurées à Tarvela.", 200.0, 700.0, "mm"),
])
def test_a_romance_from_before_two_lengths_is_a_range(text, low, high, unit):
    lengths = [f for f in read(text) if f.kind == "count"]
    assert [(f.low, f.high, f.unit, f.qualifier) for f in lengths] == [(low, high, unit, "range")]


@pytest.mark.parametrize("text", [
    "Le niveau de la rivière est passé de 2 à 5 mètres.",
    "El nivel del río subió de 2 a 5 metros.",
])
def test_after_a_verb_of_change_the_numbers_stay_two(text):
    assert [f.qualifier for f in read(text) if f.kind == "count" and f.unit == "m"] == [None]
