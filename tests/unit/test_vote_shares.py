"""A share of a vote is a measure by the side it took (compare/vote_shares.py): the share that rejected (voted
against) and the share that approved (voted for, voted to strike) are two measures, in every language. Issue 11: on
tests/gold_new72 (first contact, a union's strike ballot), "rejected the contract with a vote of 94.6%", "96% of voting
workers rejected", "à 94,6 %", "mit einer Mehrheit von 94,6 Prozent abgelehnt" and "el 94,6% ... rechazaba" took no
measure or a stray one ("hours", "planned contract", "employees"), so neither the rejection nor the strike vote made a
claim. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _shares(text: str, language: str) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "percent"]


@pytest.mark.parametrize(("text", "language", "measures"), [
    ("Dock workers rejected the pay deal with a vote of 81.2% and voted in favour of a walkout with 88%.", "en",
     ["rejection-share", "approval-share"]),
    ("The union said 81% of voting members rejected the offer and 88% approved the stoppage.", "en",
     ["rejection-share", "approval-share"]),
    ("Les dockers ont rejeté l'accord salarial à 81,2 % et approuvé un arrêt de travail à 88 %.", "fr",
     ["rejection-share", "approval-share"]),
    ("Das Angebot wurde mit einer Mehrheit von 81,2 Prozent abgelehnt.", "de", ["rejection-share"]),
    ("Für den Ausstand stimmten 88 Prozent.", "de", ["approval-share"]),
    ("Am Freitag lehnten 81 Prozent der Mitglieder den Tarifvertrag ab.", "de", ["rejection-share"]),
    ("El 81,2% de los afiliados rechazó el convenio y el 88% aprobó el paro.", "es",
     ["rejection-share", "approval-share"]),
    ("Il paro è stato approvato dal 88 per cento degli iscritti.", "it", ["approval-share"]),
    ("A proposta foi rejeitada por 81,2% dos associados.", "pt", ["rejection-share"]),
])
def test_a_share_of_a_vote_is_measured_by_its_side(text, language, measures):
    assert _shares(text, language) == measures


@pytest.mark.parametrize(("text", "language"), [
    # a share that a rejected contract would have given: no vote's share
    ("Members rejected a contract that would have raised wages by 18% over three years.", "en"),
    # a share approved, told with an article: what was approved, not how many approved it
    ("The board approved a 7% dividend increase on Tuesday.", "en"),
    ("The party won 41% of the vote in the capital.", "en"),
    # a race's two shares: "votos contra" is the noun of votes, no side of a motion
    ("La alcaldesa ganó la segunda vuelta por 53,2% de los votos contra un 46,8% de su rival.", "es"),
    ("Le maire sortant l'emporte avec 53,2% des voix contre 46,8% pour son adversaire.", "fr"),
])
def test_other_shares_near_a_vote_are_no_share_of_it(text, language):
    assert not {"rejection-share", "approval-share"} & set(_shares(text, language))


def test_the_outlets_rejection_shares_are_one_claim_and_the_strike_vote_another():
    claims = compared(
        "Port workers rejected the pay deal with a vote of 81.2% and voted in favour of a walkout with 88%, the union said.",
        "Les dockers ont rejeté l'accord salarial à 81,2 % et approuvé un arrêt de travail à 88 %, selon le syndicat.",
        "Die Vereinbarung wurde mit einer Mehrheit von 81,2 Prozent abgelehnt. Für den Ausstand stimmten 88 Prozent.")
    by_topic = {c.topic: c for c in claims}
    rejected, backed = by_topic["Rejection-share: 81.2%"], by_topic["Approval-share: 88%"]
    assert rejected.verdict == backed.verdict == "agree"
    assert "Die Vereinbarung wurde mit einer Mehrheit von 81,2 Prozent abgelehnt." in {s.text for s in rejected.statements}
    assert "Für den Ausstand stimmten 88 Prozent." in {s.text for s in backed.statements}
    assert len(rejected.statements) == len(backed.statements) == 3


@pytest.mark.parametrize(("text", "language"), [
    ("30 % des électeurs ont voté pour le parti du maire.", "fr"),
    ("Les électeurs ont voté pour la liste du maire à 30 % dimanche.", "fr"),
])
def test_a_french_share_that_voted_for_a_party_is_no_approval(text, language):
    assert "approval-share" not in _shares(text, language)
