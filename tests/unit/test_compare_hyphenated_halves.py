"""A number and a half hyphenated with its unit into a compound ("a three-and-a-half-month trial") is that period,
never a count of "and-a-half-month" (issue 11). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def periods(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.low * 12, 6), f.measure) for f in read(text) if f.kind == "period"]


def test_a_hyphenated_number_and_a_half_of_months_is_that_period():
    assert periods("The jury sat through a two-and-a-half-month trial in Lyon.") == [
        ("two-and-a-half-month", 2.5, "trial duration")]
    assert [(f.text, f.low) for f in read("It took a 4-and-a-half-year inquiry.") if f.kind == "period"] == [
        ("4-and-a-half-year", 4.5)]
    assert not [f for f in read("The jury sat through a two-and-a-half-month trial in Lyon.") if f.kind == "count"]


def test_a_half_month_more_is_another_length_of_trial():
    claims = compared("The jury sat through a two-and-a-half-month trial in Lyon before the verdict.",
                      "The jury sat through a three-month trial in Lyon before the verdict.")
    assert one_holding(claims, "two-and-a-half-month", "three-month").verdict == "disagree"
