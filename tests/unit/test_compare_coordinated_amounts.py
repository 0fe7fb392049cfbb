"""Two amounts coordinated in one sentence, each after its own measure (issue 11): "revenue exceeding 20 trillion yen
and operating profit exceeding 2 trillion yen" is a revenue and a profit, not two profits; the same in Portuguese,
whose yen are "ienes" (compare/coordinated_amounts.py, data/rates.yaml). Invented sentences."""

from __future__ import annotations

from briefing_tui.compare.coordinated_amounts import own_amount_ahead
from tests.compare_helpers import read


def money(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(text, measure, currency) of each amount of ``text``."""
    return [(f.text, f.measure, f.unit) for f in read(text, language=language) if f.kind == "money"]


def test_revenue_and_profit_in_one_sentence_keep_their_own_measures():
    assert money("The merged group would generate annual revenue exceeding 20 trillion yen ($130 billion) and "
                 "operating profit exceeding 2 trillion yen ($13 billion), the firms said.") == [
        ("exceeding 20 trillion yen", "annual revenue", "JPY"), ("$130 billion", "annual revenue", "USD"),
        ("exceeding 2 trillion yen", "profit", "JPY"), ("$13 billion", "profit", "USD")]
    assert money("The two firms could reach sales of as much as $130 billion and profits of more than $13 "
                 "billion.") == [("as much as $130 billion", "maximum revenue", "USD"),
                                 ("more than $13 billion", "profit", "USD")]


def test_portuguese_yen_and_coordinated_profit():
    assert money("As empresas almejam vendas de 20 trilhões de ienes (130 bilhões de dólares) e lucro operacional "
                 "de mais de 2 trilhões de ienes.", "pt") == [
        ("20 trilhões de ienes", "revenue", "JPY"), ("130 bilhões de dólares", "revenue", "USD"),
        ("mais de 2 trilhões de ienes", "profit", "JPY")]
    assert money("A fábrica custou 900 bilhões de ienes.", "pt") == [("900 bilhões de ienes", "cost", "JPY")]


def test_only_a_money_measure_with_an_amount_of_its_own_is_the_next_amounts():
    assert own_amount_ahead(" and operating profit exceeding 2 trillion yen")
    assert own_amount_ahead(" ($130 billion) and profits of more than $13 billion")
    assert own_amount_ahead(" e lucro operacional de mais de 2 trilhões de ienes")
    assert not own_amount_ahead(" and another $2 billion in loans")  # (no measure word before the next amount)
    assert not own_amount_ahead(" in revenue and 2 trillion yen in profit")  # (no "and" right after the amount)
    assert not own_amount_ahead(" and profits rose.")  # (no amount after the noun)
