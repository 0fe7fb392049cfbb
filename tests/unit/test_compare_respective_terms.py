"""Issue 11: prison terms given "respectively" after a preposition, as Romance languages write it ("sono stati
condannati rispettivamente a 14 e sette anni": the bare 14 is a term of years, each term its own person's), and a
list's item named after a tie in the article's own language ("sua moglie", "su hermano", "sa femme", "seine Frau").
Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare.same_subject import respective_names
from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("L'ex sindaco Marco Riva e sua sorella Anna Riva sono stati condannati rispettivamente a 9 e quattro anni di "
     "carcere per truffa.", "it", [(9.0, "Marco Riva"), (4.0, "Anna Riva")]),
    ("El exalcalde Pedro Gil y su hermano Luis Gil fueron condenados respectivamente a 12 y cinco años de prisión.",
     "es", [(12.0, "Pedro Gil"), (5.0, "Luis Gil")]),
    ("L'ancien maire Paul Martin et sa femme Claire Martin ont été condamnés respectivement à 6 et trois ans de "
     "prison.", "fr", [(6.0, "Paul Martin"), (3.0, "Claire Martin")]),
])
def test_terms_after_respectively_and_a_preposition_are_each_persons(text, language, expected):
    found = [(f.low, f.subject) for f in read(text, language=language) if f.kind == "period"]
    assert found == expected, found


def test_a_list_item_named_after_a_foreign_tie_is_the_name():
    assert respective_names("Il sindaco Marco Riva e sua sorella Anna Riva sono stati condannati ", 2) == [
        "Marco Riva", "Anna Riva"]
    assert respective_names("Laut Gericht wurden Tim Berg und seine Frau Eva Berg ", 2) == ["Tim Berg", "Eva Berg"]


def test_without_respectively_the_figures_are_not_paired():
    found = [(f.low, f.subject) for f in read(
        "L'ex sindaco Marco Riva e sua sorella Anna Riva sono stati condannati a 9 e quattro anni di carcere.",
        language="it") if f.kind == "period"]
    assert [f for f in found if f[0] == 9.0] == [], found  # (the bare 9 stays a count of nothing)
