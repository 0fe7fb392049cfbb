"""A bare month after an intention in the present, in its clause, is the next one (issue 11: relative dates follow
tense): "aims to make a decision by the end of January" in a December article is next January; an intention in
another clause ("Honda, which plans to grow, said in March") leaves a past month past (compare/event_tense.py).
Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def dates(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, first day, last day) of each date of ``text``, read in an article of 23 December 2024."""
    return [(f.text, f.date_low, f.date_high) for f in read(text, published="2024-12-23") if f.kind == "date"]


def test_a_month_after_an_intention_is_the_next_one():
    assert dates("The carmaker aims to make a decision by the end of January.") == [
        ("January", "2025-01-01", "2025-01-31")]
    assert dates("The two firms aim to reach an agreement by June.") == [("June", "2025-06-01", "2025-06-30")]
    assert dates("The group intends to list the new shares in August.") == [("August", "2025-08-01", "2025-08-31")]


def test_a_month_in_another_clause_or_without_intention_stays_past():
    assert dates("Sales fell in January.") == [("January", "2024-01-01", "2024-01-31")]
    assert dates("The carmaker, which plans to expand in China, said in March that sales fell.") == [
        ("March", "2024-03-01", "2024-03-31")]
    assert dates("The carmaker, which plans to expand in China, said on Monday that sales fell.") == [
        ("Monday", "2024-12-23", "2024-12-23")]
