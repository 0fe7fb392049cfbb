"""A currency word several countries share ("riyals", "pesos") is the one currency its article names in full
("Saudi riyals", or the code SAR) elsewhere; alone, or beside two such currencies, it stays a word."""

from __future__ import annotations

from briefing_tui.compare.bare_currencies import bare_currencies
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article, compared, one_holding


def money(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.unit) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "money"]


def test_a_bare_riyal_is_the_saudi_riyal_its_article_names():
    assert money("Spending is set at 1.285 trillion Saudi riyals. Revenue will reach 1.184 trillion riyals.") == [
        ("1.285 trillion Saudi riyals", "SAR"), ("1.184 trillion riyals", "SAR")]
    assert money("The budget (SAR) plans spending of 1.285 trillion riyals.") == [("1.285 trillion riyals", "SAR")]
    assert money("Mexico will spend 9 trillion Mexican pesos. The plan adds 500 billion pesos.") == [
        ("9 trillion Mexican pesos", "MXN"), ("500 billion pesos", "MXN")]


def test_a_bare_riyal_alone_or_of_two_countries_stays_a_word():
    assert money("Revenue will reach 1.184 trillion riyals next year.") == []
    assert money("Qatar budgets 200 billion Qatari riyals and Saudi Arabia 1.2 trillion Saudi riyals. Others spend "
                 "5 billion riyals.") == [("200 billion Qatari riyals", "QAR"), ("1.2 trillion Saudi riyals", "SAR")]
    source = article("o1", None, "The dollar and the Australian dollar rose. He paid 5 dollars.")
    assert ("dollars", "AUD") not in bare_currencies(source, default_rate_table())  # (a currency name alone already)
    # a country's adjective is no currency word ("suisses" of "francs suisses", "new" of "New Zealand dollars")
    source = article("o1", None, "Le prix en francs suisses et en New Zealand dollars: 5 suisses, 3 new.")
    assert bare_currencies(source, default_rate_table()) == ()


def test_spending_in_bare_riyals_agrees_with_the_same_spending_in_dollars():
    claims = compared(
        "Saudi Arabia's cabinet approved the budget in Saudi riyals on Tuesday. Spending for 2025 is set at 1.285 "
        "trillion riyals.",
        "Saudi Arabia's cabinet approved the budget on Tuesday. Spending for 2025 is set at $342.6 billion.")
    claim = one_holding(claims, "1.285 trillion riyals", "$342.6 billion")
    assert (claim.verdict, claim.measure) == ("agree", "budget")
    assert "SAR at 0.2666 USD" in claim.evidence
