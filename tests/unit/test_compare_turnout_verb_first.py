"""A turnout with the verb of going to vote before its share, as Spanish and Portuguese write it: "acudió a votar el
71,4 % de los ciudadanos habilitados", "compareceram às urnas 79% dos eleitores" (issue 11)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _measures(text: str) -> dict[str, str | None]:
    return {f.text: f.measure for f in read(text)}


@pytest.mark.parametrize("text, needle", [
    ("En total acudió a votar el 71,4 % de los ciudadanos habilitados, según el consejo electoral.", "71,4 %"),
    ("Ese domingo asistió a las urnas el 66,2% de los electores del país.", "66,2%"),
    ("No domingo compareceram às urnas 79,5% dos eleitores inscritos.", "79,5%"),
])
def test_a_share_of_the_citizens_who_went_to_vote_is_the_turnout(text, needle):
    assert _measures(text)[needle] == "turnout"


def test_a_share_of_the_voters_who_voted_for_a_party_stays_a_vote_share():
    assert _measures("En la provincia votó el 38% de los electores por la lista del gobernador.")["38%"] != "turnout"
