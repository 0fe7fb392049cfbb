"""An amount paid to a person's family is not that person's (issue 11: a court's compensation "a la familia de X"
and "to X's family" are one claim whoever the writer names first). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "kin"), [
    ("El tribunal ordenó que Ramos pague una indemnización a la familia de Ortega por 2 millones de euros.", "Ortega"),
    ("Le tribunal a décidé que Martin versera à la famille de Dupont une indemnité de 2 millions d'euros.", "Dupont"),
    ("Das Gericht entschied, dass Weber den Angehörigen von Krause 80.000 Euro zahlen muss.", "Krause"),
])
def test_the_name_whose_family_is_paid_is_not_the_subject_of_the_amount(text, kin):
    money = [f for f in read(text) if f.kind == "money"]
    assert len(money) == 1 and money[0].subject != kin


def test_a_name_paid_directly_stays_the_subject():
    money = [f for f in read("The state paid Ortega 2 million euros in damages.") if f.kind == "money"]
    assert money[0].subject == "Ortega"
