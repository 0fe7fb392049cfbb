"""Issue 11 (tests/gold_new69, a shipwreck): a length right before "from the shore" is how far from it, a distance,
not a height ("sank about a hundred metres from the shore", "a 200 metri dalla costa"), in six languages; a stretch
of coast ("sur 300 mètres de côte") and a height stay what they were: compare/physical_measures.py. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("The ferry ran aground about 300 metres from the shore.", "300 metres"),
    ("Le chalutier a chaviré à 150 mètres de la côte.", "150 mètres"),
    ("La lancha volcó a 150 metros de la orilla.", "150 metros"),
    ("Il gommone si è capovolto a 150 metri dalla spiaggia.", "150 metri"),
    ("A embarcação afundou a 150 metros da praia.", "150 metros"),
    ("Die Fähre kenterte nur 150 Meter vor der Küste.", "150 Meter"),
])
def test_a_length_from_the_shore_is_a_distance(text, needle):
    assert measure_of(text, needle) == "distance"


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("The lighthouse is 40 metres tall.", "40 metres", "height"),
    ("Des débris ont été dispersés sur 300 mètres de côte.", "300 mètres", "distance covered"),
])
def test_other_lengths_keep_their_measure(text, needle, measure):
    assert measure_of(text, needle) == measure
