"""A sum paid in place of a prison term is a measure of its own, never the fine imposed beside it (issue 11: on
tests/gold_new59, a study set, "a cambio de pagar otros 432.000 euros", "commutata in una sanzione di 432mila euro"
were joined with the €7.3 million fine). Invented sentences; each test fails on the code before this rule."""

from __future__ import annotations

import pytest

TERM_COMMUTATION = "term commutation"  # (the measure of briefing_tui.compare.commuted_terms, spelt here)
from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("El actor recibirá una pena de dos años de cárcel que no cumplirá a cambio de pagar otros 96.000 euros.", "es",
     "96.000 euros"),
    ("El acuerdo evita la prisión, ya que podrá suspender la condena de dos años mediante un pago adicional de 96,000 "
     "euros.", "es", "96,000 euros"),
    ("È stato condannato a una pena detentiva di due anni con la condizionale, commutata in una sanzione di 96mila "
     "euro.", "it", "96mila euro"),
    ("L'accordo prevede la sostituzione della pena detentiva con una multa (altri 96mila euro).", "it", "96mila euro"),
    ("Sa peine de deux ans de prison a été commuée en une amende de 96 000 euros.", "fr", "96 000 euros"),
    ("The two-year prison term was replaced by a fine of $96,000.", "en", "$96,000"),
])
def test_a_sum_paid_in_place_of_a_prison_term_is_its_commutation(text, language, amount):
    assert [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"] == [
        (amount, TERM_COMMUTATION)]


def test_a_sum_exchanged_for_something_else_or_a_plain_fine_is_no_commutation():
    assert [f.measure for f in read("Google agreed to buy the startup in exchange for paying $3 billion.")
            if f.kind == "money"] != [TERM_COMMUTATION]
    assert [f.measure for f in read("El actor pagará una multa de 2,4 millones de euros.", language="es")
            if f.kind == "money"] == ["fine"]


def test_the_commuted_sum_does_not_contradict_the_fine():
    claims = compared(
        "The actor was fined €2.4 million. His two-year prison term was replaced by a fine of €96,000.",
        "El actor pagará una multa de 2,4 millones de euros y una pena de dos años de cárcel que no cumplirá a cambio "
        "de pagar otros 96.000 euros.")
    assert not any(c.verdict == "disagree" for c in claims if any("96" in s.text for s in c.statements))
