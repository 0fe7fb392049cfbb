"""Issue 11: a share of the voters who abstained ("over 60 percent of voters abstained", "58 % des électeurs se sont
abstenus") is the abstention, no share of the votes weighed against a candidate's. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "The vote followed a first ballot in which over 58 percent of registered voters abstained.",
    "Lors du scrutin, 58 % des électeurs se sont abstenus.",
    "En la primera vuelta, el 58% de los votantes se abstuvo.",
    "Nel voto di domenica il 58% degli elettori si è astenuto.",
    "No domingo, 58% dos eleitores se abstiveram.",
    "Rund 58 Prozent der Wähler blieben am Sonntag den Urnen fern.",
])
def test_a_share_of_voters_who_abstained_is_the_abstention(text):
    shares = [f for f in read(text) if f.kind == "percent"]
    assert shares and shares[0].measure == "abstention"


def test_a_share_of_voters_who_voted_for_someone_stays_a_share_of_the_votes():
    shares = [f for f in read("Some 41 percent of voters backed Lindqvist on Sunday.") if f.kind == "percent"]
    assert shares and shares[0].measure != "abstention"
