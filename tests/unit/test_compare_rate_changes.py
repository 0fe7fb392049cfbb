"""A central bank's rate decision as outlets write it: "a quarter of a percentage point", "half a percentage point",
"a quarter-point cut" are changes in percentage points (0.25, 0.5), never a quarter or a half of anything; "the
federal funds rate" is a rate, never a share of a fund. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def _shares(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.low, f.unit) for f in read(text) if f.kind == "percent"]


def test_a_fraction_of_a_percentage_point_is_a_change_in_points():
    assert _shares("The central bank cut rates by a quarter of a percentage point on Thursday.") == [
        ("a quarter of a percentage point", 0.25, "pp")]
    assert _shares("The bank raised its key rate by half a percentage point.") == [
        ("half a percentage point", 0.5, "pp")]
    assert _shares("Two members favoured a half-percentage-point cut; the rest backed a quarter-point move.") == [
        ("half-percentage-point", 0.5, "pp"), ("quarter-point", 0.25, "pp")]


def test_a_fraction_of_something_else_is_still_a_share():
    assert _shares("More than half of the homes lost power, and a quarter of the roads were shut.") == [
        ("More than half", 50.0, "%"), ("a quarter", 25.0, "%")]


def test_a_rate_named_after_a_sum_is_no_share_of_the_sum():
    figures = read("The decision lowered the federal funds rate to a range of 3.75% to 4%.")
    assert {f.measure for f in figures if f.kind == "percent"} & {"fund"} == set()
    assert [f.measure for f in read("The new tax rate of 15% applies from July.") if f.kind == "percent"] == ["tariff"]
