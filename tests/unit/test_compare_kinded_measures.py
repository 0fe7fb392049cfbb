"""A plain money noun ("an allocation of", "the outlay of") takes up the kind of spending its sentence named
("capital expenditure"): the capital budget is never weighed against the whole budget. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def _measure(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1
    return found[0].measure


def test_an_allocation_after_a_kind_of_spending_is_that_kind():
    text = ("The plan raises capital expenditure by 6 per cent next year, with an allocation of ₹9.4 lakh crore, "
            "up from ₹8.9 lakh crore this year.")
    assert _measure(text, "9.4") == "capital budget"
    assert _measure(text, "8.9") == "capital budget"


def test_a_noun_with_its_own_kind_keeps_it():
    text = "The military budget rose to $5 billion, while the overall budget reached $50 billion."
    assert _measure(text, "$50 billion") == "budget"
    assert _measure("Spending reached $50 billion, with an allocation of $2 billion for roads.", "$2 billion") \
        == "budget"


def test_the_capital_budget_is_not_weighed_against_the_whole_budget():
    claims = compared(
        "The Centre’s overall expenditure is estimated to increase from Rs 41.3 lakh crore in FY24 to Rs 44.6 lakh "
        "crore for FY25.",
        "The plan offers only a 6 per cent increase in capital expenditure for 2024-25, with an allocation of ₹9.4 "
        "lakh crore, up from ₹8.9 lakh crore in 2023-24.",
    )
    assert not [c for c in claims if c.verdict == "disagree"]
