"""A person's age told by a relative clause of having ("Lee, che ha 61 anni", "que tiene 61 años", "qui a 61 ans",
"que tem 61 anos") or in brackets after the word "age" ("en raison de son âge (61 ans)"), as English "who is 61":
an age, not a period of years (issue 11). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def ages(text: str, language: str) -> list[tuple]:
    return [(f.kind, f.low, f.measure) for f in read(text, language=language) if f.kind in ("count", "period")]


@pytest.mark.parametrize(("text", "language"), [
    ("Il sindaco Rossi, che ha 64 anni, lascerà l'incarico a marzo.", "it"),
    ("La alcaldesa Moreno, que tiene 64 años, dejará el cargo en marzo.", "es"),
    ("Le maire Dubois, qui a 64 ans, quittera ses fonctions en mars.", "fr"),
    ("O prefeito Souza, que tem 64 anos, deixará o cargo em março.", "pt"),
    ("Le maire Dubois pourrait, en raison de son âge (64 ans), quitter ses fonctions.", "fr"),
])
def test_a_relative_clause_of_having_tells_an_age(text, language):
    assert ages(text, language) == [("count", 64.0, "age")]


def test_a_span_of_years_stays_no_age():
    assert ages("Le maire Dubois dirige la ville depuis 64 ans.", "fr") == [("period", 64.0, None)]
