"""Issue 11: people listed among the dead are a kind of the dead, not every such person. Found on a real jet crash
on a school: "Entre as vítimas fatais estão 25 estudantes" was weighed against "la scuola conta circa 2mila
studenti" as a disagreement (invented sentences; fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language"), [
    ("Entre as vítimas fatais estão 25 estudantes, um professor e o piloto.", "pt"),
    ("Entre las víctimas hay 25 estudiantes y un profesor.", "es"),
    ("Parmi les victimes figurent 25 élèves et un enseignant.", "fr"),
])
def test_people_listed_among_the_victims_are_a_kind_of_the_dead(text, language):
    assert [f.measure for f in read(text, language=language) if f.measure] == ["student dead"]


def test_the_dead_students_are_not_weighed_against_a_schools_students():
    claims = compared("La scuola, che conta circa 2mila studenti, ha classi dalla primaria alle superiori.",
                      "Entre as vítimas fatais estão 25 estudantes, um professor e o piloto do jato.")
    assert not [c.topic for c in claims if c.verdict == "disagree"]
