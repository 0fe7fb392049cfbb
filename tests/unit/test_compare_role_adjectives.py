"""Issue 11: a role with an adjective before its place ("le président conservateur du Parlement, X,") still sets X
as the subject of the clause after. Every sentence is made up for the test."""

from __future__ import annotations

from tests.compare_helpers import read


def test_a_role_with_an_adjective_before_its_place_sets_the_person_as_subject():
    text = ("Les deux ont devancé le président sortant du Sénat, Paul Dubreuil, crédité de 2,17 millions de voix.")
    votes = [f for f in read(text) if f.kind == "count"]
    assert votes and votes[0].subject == "Paul Dubreuil"
