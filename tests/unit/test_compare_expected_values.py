"""An amount expected before the fact and the amount decided after it are one claim (compare/expected_values.py)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

EXPECTED = (
    "The European Commission is set to fine Acme about 500 million euros over its app store rules.",
    "Die Strafe soll sich auf 500 Mio. Euro belaufen, teilte ein Sprecher mit.",
)
IMPOSED = (
    "The European Commission has fined Acme 1.84 billion euros over its app store rules.",
    "Acme was fined 1.84 billion euros by the European Commission over its app store rules.",
)


def test_the_fine_expected_and_the_fine_imposed_are_one_claim_that_disagrees():
    claims = compare(filled_articles("2024-03-04", *EXPECTED, *IMPOSED))
    both = holding(claims, "set to fine Acme about 500 million", "has fined Acme 1.84 billion")
    assert [c.verdict for c in both] == ["disagree"]
    assert holding(both, "soll sich auf 500 Mio. Euro", "Acme was fined 1.84 billion") == both


def test_two_amounts_both_done_and_far_apart_stay_two_claims():
    # (no source gives either as expected: the total and a party's share, as before)
    done = ("The court awarded 129 million dollars in compensatory damages to the family.",
            "Jurors awarded 129 million dollars in compensatory damages to the family.",
            "Acme must pay 43 million dollars in compensatory damages, the court said.",
            "Acme was held liable for 43 million dollars in compensatory damages.")
    claims = compare(filled_articles("2024-03-04", *done))
    assert not [c for c in holding(claims, "court awarded 129 million", "Acme must pay 43 million") if c.measure]
