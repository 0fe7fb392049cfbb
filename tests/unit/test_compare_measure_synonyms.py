"""Issue 11: one measure under the words news of six languages choose for it (briefing_tui/data/measure_words.yaml
``measures``, compare/measure_names.py): the murdered are the dead, an evacuation counts the displaced, households
are homes, losses are damage, spending is a budget, "kostet" and "costó" give a cost, indemnities are compensation.
Constructed sentences; each assertion fails on the tables before these words."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure(text: str, language: str) -> str | None:
    """The measure of the sentence's first money or count figure."""
    return next(f.measure for f in read(text, language=language) if f.kind in ("money", "count"))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Gunmen murdered 12 people overnight.", "en", "dead"),
    ("Hombres armados dejaron 12 asesinados en la aldea.", "es", "dead"),
    ("Foram 12 assassinados na aldeia durante a noite.", "pt", "dead"),
    ("Police apprehended 40 people after the riots.", "en", "arrested"),
    ("Die Behörden ordneten die Evakuierung von 3.000 Menschen an.", "de", "displaced"),
    ("Les autorités ont ordonné l'évacuation de 3 000 personnes.", "fr", "displaced"),
    # (households are homes; those a clause says are without power, homes without power: compare/outages.py)
    ("Mehr als 200.000 Haushalte waren ohne Strom.", "de", "homes without power"),
    ("Plus de 3 000 ménages sont privés d'électricité.", "fr", "homes without power"),
    ("Mehr als 200.000 Haushalte wurden beschädigt.", "de", "homes"),
    ("Nach dem Unwetter werden noch 5 Menschen verschollen gemeldet.", "de", "missing"),
])
def test_counts_of_people_and_homes_take_their_measure_in_every_language(text, language, expected):
    assert measure(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Der Neubau kostet 2 Milliarden Euro.", "de", "cost"),
    ("La obra costó 300 millones de euros.", "es", "cost"),
    ("Les pertes sont estimées à 2 milliards d'euros.", "fr", "damage"),
    ("Le perdite ammontano a 2 miliardi di euro.", "it", "damage"),
    ("Les dépenses atteignent 5 milliards d'euros.", "fr", "budget"),
    ("Il tribunale ha riconosciuto risarcimenti per 3 milioni di euro.", "it", "compensation"),
    ("Les indemnités atteignent 3 millions d'euros.", "fr", "compensation"),
    ("Les pénalités atteignent 40 millions d'euros.", "fr", "fine"),
])
def test_amounts_take_their_measure_in_every_language(text, language, expected):
    assert measure(text, language) == expected


def share_measure(text: str, language: str) -> str | None:
    """The measure of the sentence's first share."""
    return next(f.measure for f in read(text, language=language) if f.kind == "percent")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a share of output is named by the amount its clause measures, as "debt of €2.9tn, or 135% of GDP" is
    ("Public debt reached 113% of GDP last year.", "en", "debt share of gdp"),
    ("Il debito pubblico è al 135% del Pil.", "it", "debt share of gdp"),
    ("The debt-to-GDP ratio stood at 113%.", "en", "debt share of gdp"),
    ("Le ratio dette/PIB atteint 113 %.", "fr", "debt share of gdp"),
    ("La deuda equivale al 60% del producto interior bruto.", "es", "debt share of gdp"),
    # a deficit is no debt: a story gives both, as shares of one output
    ("The deficit was 5.8% of GDP.", "en", "deficit share of gdp"),
    ("Das Defizit liegt bei 3 Prozent des Bruttoinlandsprodukts.", "de", "deficit share of gdp"),
])
def test_a_share_of_output_is_named_by_the_amount_it_measures(text, language, expected):
    assert share_measure(text, language) == expected


def test_a_deficit_is_its_own_measure():
    assert measure("The US trade deficit with China was $295 billion.", "en") == "deficit"
    assert measure("Le déficit public atteint 150 milliards d'euros.", "fr") == "deficit"
