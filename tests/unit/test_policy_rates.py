"""A central bank's named rate is the measure of the level it is set to, in any language ("cut the deposit rate to
3.75%", "senkte den Einlagensatz auf 3,75 Prozent", "la tasa de depósito baja al 3,75%"): one rate, one claim across
outlets and languages, never weighed against another rate of the same decision (compare/policy_rates.py)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def _percents(text: str):
    return [f for f in read(text, "2023-03-09") if f.kind == "percent"]


@pytest.mark.parametrize(("text", "level", "measure"), [
    ("The Northland central bank lowered its deposit rate to 2.5% on Thursday.", "2.5%", "deposit rate"),
    ("The bank lowered the deposit rate by 0.25 percentage points to 2.5%.", "2.5%", "deposit rate"),
    ("Den Einlagensatz, den Geldhäuser für geparkte Mittel bekommen, setzte die Notenbank auf 2,5 Prozent herab.",
     "2,5 Prozent", "deposit rate"),
    ("Le taux de dépôt passe à 2,5 % dès mercredi.", "2,5 %", "deposit rate"),
    ("La tasa de depósito baja al 2,5% desde la próxima semana.", "2,5%", "deposit rate"),
    ("A taxa sobre depósitos foi reduzida para 2,5% pelo banco central.", "2,5%", "deposit rate"),
    ("Il tasso sui depositi scende dal 2,75% al 2,5%.", "2,5%", "deposit rate"),
    ("The main refinancing rate now stands at 2.9%.", "2.9%", "refinancing rate"),
    ("La tasa de referencia para sus operaciones de refinanciación se sitúa en el 2,9%.", "2,9%", "refinancing rate"),
    ("Der Spitzenrefinanzierungssatz sinkt auf 3,15 Prozent.", "3,15 Prozent", "marginal lending rate"),
    ("La facilidad de crédito a un día queda en el 3,15%.", "3,15%", "marginal lending rate"),
    ("The Fed held the federal funds rate at 4.5% in March.", "4.5%", "federal funds rate"),
])
def test_a_rate_named_before_its_level_is_its_measure(text, level, measure):
    (figure,) = [f for f in _percents(text) if f.text.endswith(level)]
    assert figure.measure == measure


@pytest.mark.parametrize(("text", "figure_text"), [
    # the size of a move in points
    ("Den Einlagensatz senkte die Notenbank um 0,25 Prozentpunkte.", "0,25 Prozentpunkte"),
    # the size of a move in percent
    ("The bank lowered the deposit rate by 0.25% on Thursday.", "0.25%"),
    # a list read in its order, not from the last name
    ("The rates on the main refinancing operations and the deposit facility will be 2.9 percent and 2.5 percent "
     "respectively.", "2.9 percent"),
    # no rate named
    ("Inflation fell to 2.5% in May.", "2.5%"),
])
def test_a_move_a_list_or_an_unnamed_share_is_no_rate_level(text, figure_text):
    (figure,) = [f for f in _percents(text) if f.text == figure_text]
    assert figure.measure not in ("deposit rate", "refinancing rate", "marginal lending rate")


def test_one_rate_told_in_three_languages_is_one_claim_apart_from_the_other_rate():
    claims = compared(
        "The Northland central bank on Thursday cut its deposit rate to 2.5% from 2.75%. The main refinancing "
        "rate was lowered to 2.9%.",
        "A taxa de refinanciamento caiu para 2,9%, enquanto a taxa sobre depósitos foi reduzida para 2,5%.",
        "Il tasso sui rifinanziamenti principali scende al 2,9%, quello sui depositi dal 2,75% al 2,5%.")
    (deposit,) = holding(claims, "deposit rate to 2.5%", "taxa sobre depósitos", "quello sui depositi")
    assert deposit.verdict == "agree"
    (refinancing,) = holding(claims, "refinancing rate was lowered to 2.9%", "taxa de refinanciamento",
                             "tasso sui rifinanziamenti")
    assert refinancing.verdict == "agree"
