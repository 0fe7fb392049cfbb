"""Issue 11, a length whose dimension a noun after a preposition names: "a 12 km de profundidad" is the quake's depth,
not a distance to be weighed against "20 miles from the city". Invented sentences; each test fails on int15
(aa5abeb2)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "measures"), [
    ("El sismo ocurrió a 12 km de profundidad y a unos 30 km de Tarvela.", ["depth", "distance"]),
    ("Le séisme s'est produit à 12 km de profondeur, à 40 km de la ville.", ["depth", "distance"]),
    ("Il sisma è avvenuto a 9 km di profondità.", ["depth"]),
    ("The fault slipped 15 km in depth.", ["depth"]),
])
def test_the_noun_after_a_preposition_names_the_dimension(text, measures):
    assert [f.measure for f in read(text) if f.kind == "count"] == measures


def test_a_length_of_other_words_after_it_stays_a_distance():
    # ("20 km of road" is a length of road since compare/physical_measures.py's ``_WAY_OF_AFTER``: no depth either)
    assert [f.measure for f in read("The town lies 30 km from the coast and 20 km of road was lost.")] == [
        "distance", "length"]


def test_a_depth_does_not_contradict_a_distance():
    claims = compared("El sismo ocurrió a 12 km de profundidad cerca de Tarvela, según el instituto.",
                      "The quake struck about 20 miles from Tarvela, the institute said.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []
