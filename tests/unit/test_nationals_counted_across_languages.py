"""Issue 11 (split25, one measure still split): people counted by nationality in several languages ("41 Britons", "41
británicos", "41 Britanniques") are one count when they give one distinctive value of one subject; their clauses
share no word across languages, so the subject both name stands for it. Two people counts of two nationalities stay
apart. Invented sentences; fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import compared, holding

PASSENGERS = (
    "Of those, the airline said there were 120 Indians, 41 Britons, seven Portuguese and one Canadian.",
    "The aircraft was carrying 120 Indian nationals, 41 British citizens, 7 Portuguese nationals, and one Canadian "
    "passenger.",
    "En el avión viajaban 120 ciudadanos indios, 41 británicos, siete portugueses y un canadiense, además de la "
    "tripulación.",
    "À son bord : 170 passagers (120 Indiens, 41 Britanniques, 7 Portugais et 1 Canadien) et 12 membres d’équipage.",
)


def test_one_nationality_counted_in_four_languages_is_one_claim():
    claims = compared(*PASSENGERS)
    joined = holding(claims, "41 Britons", "41 British citizens", "41 británicos", "41 Britanniques")
    assert len(joined) == 1
    assert joined[0].verdict == "agree"


def test_two_nationalities_of_one_value_stay_apart():
    claims = compared("The ferry carried 41 Britons and 15 Danes.",
                      "A bordo iban 41 alemanes y 15 daneses.")
    assert not holding(claims, "41 Britons", "41 alemanes")

