"""Issue 11, measures named differently: one distinctive sum a party is made to pay is one claim whether an outlet
calls it a fine or what the party "had to pay" (compare/value_join.py ONE_SUM_NAMES). Invented articles."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def test_a_fine_and_the_same_sum_a_party_had_to_pay_are_one_claim():
    claims = compare([
        article("a", "2025-03-10", "Metis was fined €1.2 billion on Monday. Orbix was fined €437 million in 2021."),
        article("b", "2025-03-10", "Cette amende de 1,2 milliard d'euros dépasse les 437 millions d'euros qu'avait "
                                   "dû payer Orbix en 2021."),
    ])
    found = [c for c in holding(claims, "fined €437 million", "437 millions d'euros") if c.measure == "fine"]
    assert len(found) == 1 and found[0].verdict == "agree"
    # (another sum paid is no fine of that value)
    claims = compare([
        article("a", "2025-03-10", "Metis was fined €1.2 billion on Monday. Orbix was fined €437 million in 2021."),
        article("b", "2025-03-10", "Cette amende de 1,2 milliard d'euros dépasse les 512 millions d'euros qu'avait "
                                   "dû payer Orbix en 2021."),
    ])
    assert not [c for c in holding(claims, "fined €437 million", "512 millions d'euros") if c.measure == "fine"]
