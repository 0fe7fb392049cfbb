"""Issue 11: a sum written with a lone dot before three digits ending in zero ("2.000 millones", "1.300 milioni") is
grouped, rounded to its trailing zeros like "$2 billion", never exact to three decimals: "más de 2.000 millones" and
"2.000 millones" (or "more than $2 billion") are one sum told two ways. Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.tolerance import interval
from tests.compare_helpers import article, holding, read


def _money(text: str):
    return [f for f in read(text) if f.kind == "money"][0]


def test_a_dot_grouped_round_sum_has_the_room_of_its_zeros():
    grouped = _money("La empresa espera ganar 2.000 millones de dólares en diez años.")
    low, high = interval(grouped, converted=False)
    assert grouped.low == 2e9
    assert low <= 1.95e9 and high >= 2.05e9


def test_a_sum_written_to_its_last_digit_stays_exact():
    exact = _money("La empresa espera ganar 2.345 millones de dólares en diez años.")
    low, high = interval(exact, converted=False)
    assert exact.low * 0.999 < low and high < exact.low * 1.001  # (to its last digit, whichever grouping)


def test_more_than_a_round_sum_and_the_round_sum_agree():
    sources = [
        article("diario", "2024-05-02", "Los contratos debían producir 2.000 millones de dólares en beneficios."),
        article("jornal", "2024-05-02", "Os contratos deviam render mais de US$ 2 bilhões em lucros."),
    ]
    claims = holding(compare(sources), "2.000 millones", "2 bilhões")
    assert claims and all(c.verdict != "disagree" for c in claims)
