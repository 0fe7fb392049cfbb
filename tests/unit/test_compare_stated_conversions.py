"""Issue 11: a source's own conversion of a sum is its word in that currency. Two sources are weighed in a
currency both write ("$27 billion" against "673.8 trillion dong ($29.6 billion)": 9.6% apart, a disagreement),
and only converted at the article date's rate where they share none. Sentences modelled on the 2024 reports of a
Vietnamese fraud verdict; each test of the verdict fails on the code before (the dong was no money then)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

REFUND = "The court ruled that she will now have to refund $27 billion to the bank."
ORDERED_CONVERTED = "The court ordered her to pay back 673.8 trillion dong ($29.6 billion) to the bank she controlled."
ORDERED = "The court ordered her to pay back 673.8 trillion dong to the bank she controlled."


def _sum_claim(*bodies: str):
    claims = compare(filled_articles("2024-04-11", *bodies))
    found = holding(claims, "$27 billion", "673.8 trillion dong")
    assert len(found) == 1, [c.topic for c in claims]
    return found[0]


def test_a_sum_stated_in_both_currencies_is_weighed_in_the_one_both_write():
    claim = _sum_claim(REFUND, ORDERED_CONVERTED)
    assert claim.verdict == "disagree"
    assert "$27" in claim.evidence and "$29.6" in claim.evidence, claim.evidence


def test_a_sum_in_one_currency_only_is_converted_at_the_rate_of_its_date():
    claim = _sum_claim(REFUND, ORDERED)
    assert claim.verdict == "agree"
    assert "VND" in claim.evidence, claim.evidence
