"""Issue 11: a distance at sea is given in nautical miles (1.852 km) in every language: "12 nautical miles", "46 milles
marins", "50 Seemeilen", "47 millas náuticas", "47 miglia nautiche", "20 milhas náuticas" are distances in km, comparable
with another source's kilometres. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "needle", "km"), [
    ("The ferry sank 12 nautical miles off the island.", "12 nautical miles", 22.22),
    ("Le chalutier a coulé à 46 milles marins des côtes.", "46 milles marins", 85.19),
    ("Das Boot kenterte rund 50 Seemeilen vor der Küste.", "50 Seemeilen", 92.6),
    ("El barco se hundió a 47 millas náuticas de la costa.", "47 millas náuticas", 87.04),
    ("Il peschereccio si è ribaltato a circa 47 miglia nautiche dalla costa.", "47 miglia nautiche", 87.04),
    ("O barco afundou a 20 milhas náuticas da costa.", "20 milhas náuticas", 37.04),
])
def test_nautical_miles_are_a_distance_in_km(text, needle, km):
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.unit) for f in read(text)]
    assert (found[0].unit, found[0].measure, round(found[0].low, 2)) == ("km", "distance", km)


def test_statute_miles_keep_their_factor():
    found = [f for f in read("The town is 50 miles from the coast.") if "50 miles" in f.text]
    assert round(found[0].low, 2) == 80.47
