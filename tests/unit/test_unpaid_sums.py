"""Money evaded or left unpaid is the money a fraud took from its victim, never a payment (issue 11: on
tests/gold_new59, a study set, "failed to pay €14.5 million in tax" and "non aver pagato ... 14,5 milioni di euro di
tasse" were read as a compensation and joined with the taxes later paid back, a false disagreement, while "une fraude
fiscale présumée de" and "Steuerhinterziehung von insgesamt" gave no measure). Invented sentences; each test fails on
the code before this rule."""

from __future__ import annotations

import pytest

from briefing_tui.compare.court_measures import TAKEN
from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("The actor is accused of having failed to pay €9.2 million in income tax between 2015 and 2017.", "en",
     "€9.2 million"),
    ("Reconoció los cargos por no pagar a Hacienda 9,2 millones de euros en impuestos.", "es", "9,2 millones de euros"),
    ("L'attore ha ammesso di non aver pagato allo Stato 9,2 milioni di euro di tasse.", "it", "9,2 milioni di euro"),
    ("L'acteur jugé pour une fraude fiscale présumée de 9,2 millions d'euros va payer une amende.", "fr",
     "9,2 millions d'euros"),
    ("Der Schauspieler gab Steuerhinterziehung von insgesamt 9,2 Millionen Euro zu.", "de", "9,2 Millionen Euro"),
    ("Er soll den Staat um mehr als 9 Millionen Euro betrogen haben.", "de", "mehr als 9 Millionen Euro"),
])
def test_a_sum_evaded_or_not_paid_is_the_money_taken(text, language, amount):
    assert [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"] == [(amount, TAKEN)]


def test_a_sum_paid_is_still_no_sum_taken():
    assert [f.measure for f in read("The company failed to win the contract and paid $5 million in fees.")
            if f.kind == "money"] != [TAKEN]


def test_the_sum_evaded_and_the_sum_paid_back_do_not_disagree():
    claims = compared(
        "The actor failed to pay €9.2 million in income tax between 2015 and 2017. He has since paid €11.4 million.",
        "Der Schauspieler gab Steuerhinterziehung von insgesamt 9,2 Millionen Euro zu.")
    evaded = [c for c in claims if any("9,2 Millionen" in s.text for s in c.statements)]
    assert [c.verdict for c in evaded] == ["agree"]
    assert not any(c.verdict == "disagree" and any("11.4" in s.text for s in c.statements) for c in claims)


def test_a_bare_sum_evaded_after_a_fine_is_the_money_taken_not_the_fine():
    claims = compared(
        "La actriz aceptó una multa de 4,1 millones de euros, admitiendo haber defraudado 8,2 millones al fisco.",
        "La actriz admitió un fraude de 8,2 millones de euros a Hacienda.")
    taken = [c for c in claims if c.measure == TAKEN]
    assert [(c.verdict, len(c.sources)) for c in taken] == [("agree", 2)]
