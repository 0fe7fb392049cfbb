"""Issue 11: a scaled number without a currency BEFORE an amount of its sentence, when nothing before it names a
currency, is money in that amount's currency ("la multa de 2.400 millones a la cadena se suma a los 900 millones de
euros", "una multa di 3 miliardi e una sanzione di 500 milioni di euro"): writers name the currency once per
sentence, at either figure. Read as a count before, it met nothing. Invented sentences (tests/gold_new64 showed the
miss); checked to fail on the code before the rule."""

from __future__ import annotations

from tests.compare_helpers import figure_in as _figure
from tests.unit.test_compare_bare_amounts import _read, _units


def test_a_scaled_number_before_an_amount_of_its_sentence_takes_its_currency():
    units = _units(
        "La multa de 2.400 millones a la cadena se suma a los 900 millones de euros de la sanción anterior.",
        "Il tribunale ha confermato una multa di 3 miliardi alla banca e una sanzione di 500 milioni di euro.",
        "Die Strafe von 4 Milliarden für den Konzern kommt zu den 2 Milliarden Dollar des Vorjahres.")
    assert _read(units, "2.400 millones")[:2] == ("money", "EUR")
    assert _read(units, "3 miliardi")[:2] == ("money", "EUR")
    assert _read(units, "4 Milliarden")[:2] == ("money", "USD")


def test_a_count_of_people_before_an_amount_stays_a_count_and_two_currencies_after_give_none():
    units = _units(
        "The floods displaced 3 million people and caused 2 billion dollars of damage.",
        "Der Fonds von 7 Milliarden wird in 3 Milliarden Euro und 2 Milliarden Dollar geteilt.")
    assert _figure(units, "3 million people").kind == "count"
    assert _figure(units, "7 Milliarden").kind == "count"
