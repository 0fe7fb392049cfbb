"""Issue 11: the voters who took part, the verb right before their count ("Hanno partecipato circa 4.100.000
elettori"), are all the votes cast, no candidate's votes. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "count"), [
    ("Hanno partecipato circa 4.100.000 elettori, pari al 50% degli aventi diritto.", "circa 4.100.000 elettori"),
    ("En la segunda vuelta participaron 4,1 millones de votantes.", "4,1 millones de votantes"),
])
def test_the_voters_who_took_part_are_the_votes_cast(text, count):
    figures = {f.text: f for f in read(text)}
    assert figures[count].measure == "votes cast"


def test_a_candidates_votes_stay_hers():
    votes = [f for f in read("Berg ha ottenuto 2.000.000 voti.") if f.kind == "count"]
    assert votes and votes[0].measure == "votes"
