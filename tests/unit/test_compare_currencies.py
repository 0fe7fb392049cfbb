"""Money in the currencies of the world's news (issue 11: "an economic or budget announcement in several
currencies"): each read with its ISO code, converted at the ECB's rate of the article's date where the dataset
quotes the currency, else at the editable table's; never a currency where the word is something else.
Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import Figure
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.tolerance import compare_money
from tests.compare_helpers import read


def money(text: str) -> list[tuple[str, str | None, float]]:
    return [(f.text, f.unit, f.low) for f in read(text) if f.kind == "money"]


@pytest.mark.parametrize(("text", "written", "unit", "value"), [
    ("The central bank set aside 5 trillion dong for the rescue.", "5 trillion dong", "VND", 5e12),
    ("The developer lost VND 3.5 trillion last year.", "VND 3.5 trillion", "VND", 3.5e12),
    ("Malaysia allocated RM2.5 billion to flood relief.", "RM2.5 billion", "MYR", 2.5e9),
    ("Jakarta approved Rp 72 trillion for the new capital.", "Rp 72 trillion", "IDR", 7.2e13),
    ("Ankara pledged 100 billion Turkish lira for the region.", "100 billion Turkish lira", "TRY", 1e11),
    ("Poland will spend 12 billion zlotys on defence.", "12 billion zlotys", "PLN", 1.2e10),
    ("The budget sets aside ₦1.5 trillion for roads.", "₦1.5 trillion", "NGN", 1.5e12),
    ("The government pledged 50 billion Mexican pesos for the storm.", "50 billion Mexican pesos", "MXN", 5e10),
    ("The state will spend 3 billion forints on the bridge.", "3 billion forints", "HUF", 3e9),
    ("The club was fined 2 million Saudi riyals.", "2 million Saudi riyals", "SAR", 2e6),
    ("The plan is worth Tk 7,97,000 crore.", "Tk 7,97,000 crore", "BDT", 7.97e12),
    ("The firm raised KSh 3 billion in bonds.", "KSh 3 billion", "KES", 3e9),
    ("Israel approved a NIS 30 billion package.", "NIS 30 billion", "ILS", 3e10),
    ("Thailand's cabinet approved 450 billion baht in handouts.", "450 billion baht", "THB", 4.5e11),
    ("The ministry received NT$120 billion for defence.", "NT$120 billion", "TWD", 1.2e11),
    ("Manila earmarked PHP 5 billion for the dam.", "PHP 5 billion", "PHP", 5e9),
    ("China approved a 14.9-billion-U.S.-dollar project on Monday.", "14.9-billion-U.S.-dollar", "USD", 1.49e10),
    ("The state opened a 300-million-Australian-dollar fund.", "300-million-Australian-dollar", "AUD", 3e8),
    ("Sweden will spend 10 billion kronor on defence.", "10 billion kronor", "SEK", 1e10),
    # (the French and Spanish plural of the baht)
    ("Le tribunal a ordonné de verser 3 millions de bahts au village.", "3 millions de bahts", "THB", 3e6),
    ("La empresa pagará 2,5 millones de bahts a los pescadores.", "2,5 millones de bahts", "THB", 2.5e6),
])
def test_the_worlds_currencies_are_money(text, written, unit, value):
    assert (written, unit, value) in money(text)


@pytest.mark.parametrize("text", [
    "The 500 ft tower rose above the harbour.",
    "The side won 3 games and lost 5 rand matches.",  # (a bare "rand" without a scale word stays a word)
])
def test_words_and_names_that_are_no_money(text):
    assert money(text) == []


def amount(source: str, value: float, unit: str) -> Figure:
    return Figure("money", f"{value} {unit}", source, 0, 1, value, value, unit, None)


def test_a_currency_of_the_dataset_converts_at_its_daily_rate():
    table = default_rate_table()
    rate = table.rate("IDR", "2025-03-14")
    assert (rate.date, rate.origin) == ("2025-03-14", "ECB reference rate")
    # Rp 72 trillion on 14 Mar 2025 (about 16,400 rupiah to the dollar) is about $4.4 billion
    check = compare_money(amount("a", 7.2e13, "IDR"), amount("b", 4.4e9, "USD"), {"a": "2025-03-14", "b": None}, table)
    assert check is not None and check.compatible


def test_a_currency_the_dataset_lacks_converts_at_the_tables_rate_and_names_it():
    table = default_rate_table()
    rate = table.rate("VND", "2025-03-14")
    assert (rate.date, rate.origin) == ("2025-01-01", "table")
    check = compare_money(amount("a", 5e12, "VND"), amount("b", 1.97e8, "USD"), {"a": "2025-03-14", "b": None}, table)
    assert check is not None and check.compatible
    far = compare_money(amount("a", 5e12, "VND"), amount("b", 3e8, "USD"), {"a": "2025-03-14", "b": None}, table)
    assert far is not None and not far.compatible


def test_a_currency_that_moved_fast_has_its_own_step():
    # the naira lost ~40% against the dollar at the end of January 2024: one step for the whole half-year would be
    # far outside the tolerance
    table = default_rate_table()
    assert table.rate("NGN", "2024-01-15").value > 1.5 * table.rate("NGN", "2024-02-20").value
