"""A currency form several countries write for their own money ("Rs", "rupees") may be any of their currencies:
against an amount in one of them it is weighed in that one, so that "Rs2 million" and "PKR 2 million" agree; they
conflict only when they differ in either currency."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.shared_currencies import other_readings
from briefing_tui.compare.titles import measured_title
from briefing_tui.compare.tolerance import compare_money, sums_apart
from briefing_tui.model import Figure
from tests.compare_helpers import compared, one_holding

PUBLISHED = {"o1": "2025-03-04", "o2": "2025-03-04"}


def money(text: str, low: float, unit: str, source: str = "o1") -> Figure:
    return Figure("money", text, source, 0, len(text), low, low, unit)


def test_rupees_written_alone_are_weighed_in_the_other_amounts_rupee():
    table = default_rate_table()
    check = compare_money(money("Rs2 million", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR", "o2"), PUBLISHED, table)
    assert check.compatible and "read as PKR" in check.evidence
    check = compare_money(money("LKR 750,000", 7.5e5, "LKR"), money("750,000 rupees", 7.5e5, "INR", "o2"), PUBLISHED,
                          table)
    assert check.compatible
    # (under either reading two sums still differ: "Rs 9 million" is no "PKR 2 million")
    assert not compare_money(money("Rs 9 million", 9e6, "INR"), money("PKR 2 million", 2e6, "PKR", "o2"), PUBLISHED,
                             table).compatible
    assert not sums_apart(money("Rs2 million", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR", "o2"), PUBLISHED,
                          table)


def test_a_currency_named_in_full_or_by_its_sign_is_that_currency_only():
    table = default_rate_table()
    assert other_readings(money("2 million Indian rupees", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR"), table) == []
    assert other_readings(money("₹2 million", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR"), table) == []
    assert other_readings(money("Rs2 million", 2e6, "INR"), money("$2 million", 2e6, "USD"), table) == []
    assert not compare_money(money("₹2 million", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR", "o2"), PUBLISHED,
                             table).compatible


def test_a_fine_in_rupees_agrees_with_the_same_fine_in_pakistani_rupees():
    claims = compared(
        "A court in Lahore on Tuesday fined the former minister Rs2 million for contempt.",
        "A court in Lahore on Tuesday fined the former minister PKR 2 million for contempt.")
    claim = one_holding(claims, "Rs2 million", "PKR 2 million")
    assert claim.verdict == "agree"


def test_a_title_shows_a_sum_in_a_shared_form_once_in_the_currency_named():
    table = default_rate_table()
    figures = [money("Rs2 million", 2e6, "INR"), money("PKR 2 million", 2e6, "PKR", "o2"),
               money("2 million rupees", 2e6, "INR", "o2")]
    title = measured_title("fine", "Lena Brandt", figures, PUBLISHED, table)
    assert title.count("PKR") == 1 and "₹" not in title, title
    # (beside a rupee named outright and no other, an amount in rupees alone keeps the table's reading)
    assert "₹" in measured_title("fine", None, [money("Rs2 million", 2e6, "INR")], PUBLISHED, table)


def test_german_rupees_are_money_and_weighed_as_any_rupee():
    from tests.compare_helpers import read
    found = [(f.text, f.kind, f.low, f.unit) for f in read("Die Regierung zahlt jeder Familie 400.000 Rupien.",
                                                           language="de") if f.kind != "date"]
    assert found == [("400.000 Rupien", "money", 400_000, "INR")]
    table = default_rate_table()
    check = compare_money(money("3 Millionen Rupien", 3e6, "INR"), money("PKR 3 million", 3e6, "PKR", "o2"),
                          PUBLISHED, table)
    assert check.compatible and "read as PKR" in check.evidence
