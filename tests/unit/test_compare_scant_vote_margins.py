"""A winner's margin said to be small ("una ventaja de tan solo 9.312 votos", "a lead of only 9,312 votes") or as
votes "plus que" the rival ("il n'avait obtenu que 21 000 voix plus que son rival") is a margin, no candidate's votes
(issue 11)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text, needle", [
    ("La alcaldesa terminó la primera vuelta con una ventaja de tan solo 9.312 votos sobre su rival.", "9.312 votos"),
    ("The mayor ended the first round with a lead of only 9,312 votes over her rival.", "9,312 votes"),
    ("Au premier tour, la maire n'avait obtenu que 21 000 voix plus que son rival.", "21 000 voix"),
    ("A prefeita terminou com uma vantagem de apenas 9.312 votos sobre o rival.", "9.312 votos"),
])
def test_a_small_margin_is_the_vote_margin(text, needle):
    found = {f.text: f.measure for f in read(text)}
    assert found[needle] == "vote margin", found


def test_a_candidates_own_votes_stay_votes():
    found = {f.text: f.measure for f in read("La alcaldesa obtuvo tan solo 9.312 votos en la capital.")}
    assert found["9.312 votos"] != "vote margin"
