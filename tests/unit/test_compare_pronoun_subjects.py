"""Issue 11: pronouns and a government named by its kind are no figure's subject (invented sentences; each test fails
on the code before): "Esto supone 12 puntos más" titled a claim "Esto's punto", "Je tiens à remercier les cinq
millions de Roumains" one "Je's roumain", "un Gobierno de coalición ... cuatro partidos" one "Gobierno's party"."""

from __future__ import annotations

from tests.compare_helpers import read


def test_a_pronoun_opening_the_clause_is_no_subject():
    assert [f.subject for f in read("Esto supone 12 puntos más que la vez anterior.")] == [None]
    assert [f.subject for f in read("Questo significa 12 punti in più.")] == [None]
    assert [f.subject for f in read("Je remercie les plus de trois millions d'électeurs qui m'ont fait confiance.")] \
        == [None]


def test_a_government_named_by_its_kind_is_no_subject():
    figures = read("Berg quiere un Gobierno de coalición que incluya a los cuatro partidos parlamentarios.")
    assert [f.subject for f in figures] == [None]
