"""Issue 11: "no false disagreement appears". A count of votes told as a lead, a deficit or a loss by so many votes
("leading her rival by around 8,000 votes", "separated by about 100 votes", "ahead of the Greens in Norwood by 102
votes", "O PV fica a mais de 500 mil votos da AL", "quedó 49.000 votos por debajo", "falhou a eleição por cerca de
500 votos") is a gap between two candidates, no candidate's votes: it was read as a party's votes and weighed against
the party's tally (a false disagreement). It is the vote margin (invented sentences; they fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize("text, needle, language", [
    ("In Norwood the Velorian candidate is leading her rival Ana Brill by around 8,000 votes.", "8,000 votes", "en"),
    ("In Norwood the two front-runners were separated by about 100 votes.", "100 votes", "en"),
    ("Tom Reed is ahead of the Greens in Norwood by 102 votes.", "102 votes", "en"),
    ("Tom Reed is trailing the Greens in Norwood by 102 votes.", "102 votes", "en"),
    ("The Velorian League finished 3,000 votes behind the Greens.", "3,000 votes", "en"),
    ("O PV fica a mais de 500 mil votos da AL, depois de ter perdido as eleições por 50 mil votos.", "500 mil votos",
     "pt"),
    ("O PV fica a mais de 500 mil votos da AL, depois de ter perdido as eleições por 50 mil votos.", "50 mil votos",
     "pt"),
    ("O Partido Verde falhou a eleição por cerca de 500 votos.", "500 votos", "pt"),
    ("El Partido Verde quedó 49.000 votos por debajo de la Liga.", "49.000 votos", "es"),
    ("El Partido Verde quedó a 49.000 votos de la Liga.", "49.000 votos", "es"),
    ("Le Parti vert reste à 3 000 voix de la Ligue.", "3 000 voix", "fr"),
    ("Die Grünen liegen mit 3.000 Stimmen Rückstand hinter der Liga.", "3.000 Stimmen", "de"),
    ("Il Partito Verde ha perso per 3.000 voti.", "3.000 voti", "it"),
])
def test_a_gap_is_the_vote_margin(text, needle, language):
    found = {f.text: f.measure for f in read(text, None, language)}
    hit = [m for t, m in found.items() if needle in t]
    assert hit == ["vote margin"], found


@pytest.mark.parametrize("text, needle, language", [
    ("The Velorian League won 2,008,437 votes.", "2,008,437 votes", "en"),
    ("The Greens lost 400,000 votes since the last election.", "400,000 votes", "en"),
    ("A Liga Velória chegou a 2 milhões de votos.", "2 milhões de votos", "pt"),
    ("La Liga obtuvo 49.000 votos en la capital.", "49.000 votos", "es"),
])
def test_a_tally_stays_votes(text, needle, language):
    found = {f.text: f.measure for f in read(text, None, language)}
    hit = [m for t, m in found.items() if needle in t]
    assert hit and hit != ["vote margin"], found


def test_a_gap_does_not_dispute_a_tally():
    tally = "The Velorian League won 2,008,437 votes in the Tarvonian election, officials said."
    gap = "The Greens ended 49,000 votes behind the Velorian League in the Tarvonian election, officials said."
    assert not [c for c in compared(tally, gap) if c.verdict == "disagree"]
