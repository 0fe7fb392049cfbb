"""A firm's result reported for a closed period ("reported 900 billion yen in operating profit for the full year to
March 2024") and a rival's set beside it ("versus its rival's 400 billion yen") are earlier values of the measure
(role "previous"), never readings of the target a story is about (compare/reported_results.py). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def roles(text: str) -> list[tuple[str, str | None, str]]:
    """(text, measure, role) of each amount of ``text``."""
    return [(f.text, f.measure, f.role) for f in read(text, published="2024-12-24") if f.kind == "money"]


def test_a_result_reported_for_a_closed_period_is_an_earlier_value():
    assert roles("The carmaker reported 900 billion yen in operating profit for the full year to March 2024, "
                 "versus Rival’s 400 billion yen.") == [
        ("900 billion yen", "profit", "previous"), ("400 billion yen", "profit", "previous")]
    assert roles("It made $2 billion in the April-September period.") == [("$2 billion", None, "previous")]


def test_a_target_or_a_result_without_its_period_stays_current():
    assert roles("The combined group could reach operating profit of more than 2 trillion yen.") == [
        ("more than 2 trillion yen", "profit", "current")]
    assert roles("The company reported a profit of $5 million, its best result in years.") == [
        ("$5 million", "profit", "current")]
