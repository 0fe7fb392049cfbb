"""Issue 11: an amount whose sentence names nothing it prices continues the sentence before it in its paragraph,
and takes the one money measure that sentence names with no amount of its own (compare/previous_money.py).
Invented sentences; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, figure_in as _figure


def _units(*bodies: str):
    """The units of one article per body (paragraphs split by blank lines), unsaid measures read."""
    sources = [article(f"o{k}", "2025-03-19", body) for k, body in enumerate(bodies, 1)]
    units = build_units(sources, [], [], default_rate_table())
    unsaid_measures(units)
    return units


def test_an_amount_takes_the_money_measure_the_sentence_before_it_names_in_four_languages():
    units = _units(
        "The bank approved a new loan for the country on Friday. The country will get 2 billion dollars by "
        "March.",
        "El Gobierno anunció un nuevo paquete para los agricultores. Serán 300 millones de euros en dos años.",
        "Le ministre a présenté une aide pour les éleveurs. Elle atteindra 450 millions d'euros d'ici juin.",
        "Die Regierung kündigte neue Subventionen für die Bauern an. Insgesamt fließen 700 Millionen Euro.")
    assert _figure(units, "2 billion dollars").measure == "loan"
    assert _figure(units, "300 millones de euros").measure == "package"
    assert _figure(units, "450 millions d'euros").measure == "aid"
    assert _figure(units, "700 Millionen Euro").measure == "aid"
    # (a guard: nothing is carried across paragraphs, from a sentence pricing its own amount, or of two measures)
    units = _units(
        "The bank approved a new loan for the country on Friday.\n\nThe country will get 3 billion dollars "
        "by March.",
        "The bank approved a loan of 5 billion dollars on Friday. The country will get 4 billion dollars by "
        "March.",
        "The bank approved a loan and a grant on Friday. The country will get 6 billion dollars by March.")
    assert _figure(units, "3 billion dollars").measure is None
    assert _figure(units, "4 billion dollars").measure is None
    assert _figure(units, "6 billion dollars").measure is None
