"""A unit of measure counted by a word of about a round number (compare/vague_units.py): "un millier de kilomètres",
"une centaine d'hectares" are physical quantities in the canonical unit, as "800 kilomètres" is, not counts of
kilometres; a word of many ("thousands of hectares") keeps its noun."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "measure", "unit", "low", "high"), [
    ("La mine se trouve à un millier de kilomètres au nord de la capitale.", "fr", "distance", "km", 1000, 1000),
    ("La mine se trouve à une centaine de kilomètres au nord de la capitale.", "fr", "distance", "km", 100, 100),
    ("La mina está a un centenar de kilómetros al norte de la capital.", "es", "distance", "km", 100, 100),
    ("La miniera si trova a un centinaio di chilometri a nord della capitale.", "it", "distance", "km", 100, 100),
    ("A mina fica a uma centena de quilômetros ao norte da capital.", "pt", "distance", "km", 100, 100),
    ("Le feu a brûlé une centaine d'hectares.", "fr", "area", "ha", 100, 100),
])
def test_a_vague_count_of_a_unit_is_a_physical_quantity(text, language, measure, unit, low, high):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [(f.measure, f.unit, round(f.low), round(f.high)) for f in counts] == [(measure, unit, low, high)]


def test_a_word_of_many_units_keeps_its_noun():
    # (a span of a decade of values, never weighed against an outlet's exact area)
    [f] = [f for f in read("The floods damaged thousands of hectares of rice.", language="en") if f.kind == "count"]
    assert f.unit != "ha"


def test_a_vague_count_of_things_keeps_its_noun():
    [f] = [f for f in read("Une centaine de maisons ont été détruites.", language="fr") if f.kind == "count"]
    assert f.unit != "km" and f.measure != "distance"
