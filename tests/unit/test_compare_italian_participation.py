"""Issue 11: Italian "la partecipazione" with a verb of being, stopping or reaching before a share is the turnout
("la partecipazione era stata del 76,4%"); "una partecipazione", "la sua partecipazione" and a share "in" a firm stay
a stake (compare/turnout_shares.py). Invented sentences; the first test fails on the code before this rule."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def shares(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language="it") if f.kind == "percent"]


def test_the_participation_that_was_a_share_is_the_turnout():
    assert shares("Alle ultime regionali, la partecipazione era stata del 61,3%.") == [("61,3%", "turnout")]
    assert shares("La partecipazione al voto è stata del 64,2%.") == [("64,2%", "turnout")]
    assert shares("La partecipazione si è fermata al 58,1%, in calo rispetto al 2019.") == [("58,1%", "turnout")]


def test_a_stake_stays_no_turnout():
    assert shares("La società ha una partecipazione del 25% in Enel.") == [("25%", None)]
    assert shares("La sua partecipazione è del 25%.") == [("25%", None)]
    assert shares("Il gruppo ha detto che la partecipazione è del 25% in Enel.") == [("25%", None)]


def test_the_turnout_disagrees_with_another_outlets():
    claims = compared("Turnout was 61.3%, the electoral commission said.",
                      "Secondo il ministero, la partecipazione è stata del 63,8%.")
    found = holding(claims, "Turnout was 61.3%", "stata del 63,8%")
    assert found and found[0].verdict == "disagree"
