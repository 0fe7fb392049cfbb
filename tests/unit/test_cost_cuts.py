"""Issue 11: an amount cut from a firm's costs is what it saves ("save $10 billion in costs", "a $10 billion cost
reduction plan", "réduire ses coûts de 10 milliards", "reducir sus costes en", "ridurre i costi di", "reduzir custos
em", "die Kosten um ... senken"), as "einsparen" and "risparmiare" already were: the cost noun near the amount made it
a cost, and one plan's sum was split in two claims by the way it was told. Invented sentences (tests/gold_new66
showed the miss); checked to fail on the code before the rule."""

from __future__ import annotations

from tests.compare_helpers import compared, figure_in, one_holding
from tests.unit.test_compare_bare_amounts import _units


def test_a_cut_of_costs_is_savings_in_six_languages():
    units = _units(
        "The brewer aims to save $3 billion in costs by 2026.",
        "The airline unveiled a $4 billion cost reduction plan on Tuesday.",
        "Le brasseur veut réduire ses coûts de 2 milliards d'euros d'ici 2026.",
        "La aerolínea quiere reducir sus costes en 1.500 millones de euros.",
        "Il gruppo intende ridurre i costi di 900 milioni di euro entro il 2026.",
        "A companhia quer reduzir custos em 700 milhões de reais.",
        "Der Konzern will die Kosten um 800 Millionen Euro senken.",
        "The carmaker plans to cut costs by $5 billion over three years.")
    for text in ("$3 billion", "$4 billion", "2 milliards d'euros", "1.500 millones de euros", "900 milioni di euro",
                 "700 milhões de reais", "800 Millionen Euro", "$5 billion"):
        assert figure_in(units, text).measure == "savings", text


def test_a_cost_that_is_not_cut_stays_a_cost():
    units = _units(
        "The new bridge will cost $2 billion, the ministry said.",
        "Die Kosten steigen um 300 Millionen Euro, sagte der Minister.")
    assert figure_in(units, "$2 billion").measure == "cost"
    assert figure_in(units, "300 Millionen Euro").measure == "cost"


def test_one_plans_savings_told_as_cuts_and_as_savings_is_one_claim():
    claims = compared(
        "The brewer Haldmark said on Tuesday it will save $3 billion in costs as demand slows.",
        "Le brasseur Haldmark a annoncé mardi qu'il veut réduire ses coûts de 3 milliards de dollars.",
        "Il birrificio Haldmark ha detto martedì che intende risparmiare 3 miliardi di dollari.")
    claim = one_holding(claims, "$3 billion", "3 milliards de dollars", "3 miliardi di dollari")
    assert claim.verdict == "agree"
