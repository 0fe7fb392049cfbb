"""A claim's timeline in its evidence names whose figure it is as the text writes the name (a new user saw
"kellanova's sale price:" and "lai votes:" in the diff view's evidence)."""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import article, holding


def test_a_timeline_keeps_the_names_capitals():
    sources = [
        article("herald", "2024-08-13", "Mars is in talks to buy Kellanova. Kellanova's shares rose to $66.10 on "
                                        "Tuesday, traders said."),
        article("courier", "2024-08-14", "Mars agreed to buy Kellanova. Kellanova's shares rose to $72.50 on "
                                         "Wednesday, traders said."),
    ]
    claims = holding(build_claims(sources), "$66.10", "$72.50")
    assert claims and "Kellanova's" in claims[0].evidence and "kellanova's" not in claims[0].evidence
