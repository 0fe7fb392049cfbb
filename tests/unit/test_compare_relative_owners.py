"""Issue 11: seats in a relative clause are the seats of the name the clause hangs on ("the Greens, who won four
seats", "Vox y el Partido Azul, que sube de 89 a 137 diputados"). Found on a real election, where "Chega e Iniciativa
Liberal, que sube de ocho a nueve diputados" gave Chega the Liberals' nine seats (invented sentences; each test fails
on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "count", "party"), [
    ("The Blue Party and the Greens, who won four seats, gained most.", "en", "four seats", "Greens"),
    ("Suman Vox y Coalición Azul, que sube de cinco a siete diputados, la mayoría.", "es", "siete diputados",
     "Coalición Azul"),
    ("Le Parti Azur et Horizon Vert, qui obtient 12 sièges, progressent.", "fr", "12 sièges", "Horizon Vert"),
    ("La Lega Azzurra e Azione Verde, che ha ottenuto 12 seggi, crescono.", "it", "12 seggi", "Azione Verde"),
])
def test_seats_in_a_relative_clause_are_the_nearest_names(text, language, count, party):
    assert {f.text: f.subject for f in read(text, language=language)}[count] == party


def test_a_name_inside_the_clause_keeps_the_seats():
    # ("which gave Labrador 411 seats": Labrador's, not the pollster's)
    assert {f.text: f.subject for f in read("The poll by Ipsos, which gave Labrador 411 seats, was wrong.",
                                            language="en")}["411 seats"] == "Labrador"
