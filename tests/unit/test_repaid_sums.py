"""A sum already paid back before the ruling is a measure of its own, never a compensation or the fine (issue 11: on
tests/gold_new59, a study set, "recientemente pagó 17.2 millones de euros" was read as a compensation beside other
sums paid, a false disagreement, and "ha già versato 17,2 milioni", "nachgezahlt" had no measure). Invented
sentences; each test fails on the code before this rule."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read

REPAID = "repaid"  # (the measure of briefing_tui.compare.repaid_sums, spelt here)


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("Il cantante, che ha già versato 3,1 milioni di euro al fisco, evita il processo.", "it", "3,1 milioni di euro"),
    ("Zudem habe er alle Steuern plus Zinsen in Höhe von 3,1 Millionen Euro nachgezahlt.", "de", "3,1 Millionen Euro"),
    ("El cantante, quien recientemente pagó 3.1 millones de euros a Hacienda, emitió un comunicado.", "es",
     "3.1 millones de euros"),
    ("He had already repaid $3.1 million to investors.", "en", "$3.1 million"),
    ("Le chanteur a déjà versé 3,1 millions d'euros au fisc.", "fr", "3,1 millions d'euros"),
])
def test_a_sum_already_paid_back_is_repaid(text, language, amount):
    assert [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"] == [(amount, REPAID)]


def test_a_fine_or_damages_recently_paid_stay_what_they_are():
    assert [f.measure for f in read("Google recently paid €2 million in fines.") if f.kind == "money"] == ["fine"]
    assert [f.measure for f in read("The firm already paid $2 million in damages.") if f.kind == "money"] != [REPAID]


def test_a_sum_paid_back_does_not_contradict_the_total_to_pay():
    claims = compared(
        "The singer will pay €4.2 million in all. He had already repaid €3.1 million in back taxes.",
        "Il cantante, che ha già versato 3,1 milioni di euro al fisco, pagherà 4,2 milioni di euro.")
    assert not any(c.verdict == "disagree" for c in claims)
