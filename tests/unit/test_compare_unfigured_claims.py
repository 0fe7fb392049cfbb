"""Issue 11: claims without figures stated in different words by several sources: the rank of a thing however
the superlative is written ("biggest-ever", "largest ... ever", "bisher größter"), the day of the main event
however dated, and one stated fact worded differently. Constructed sentences; each test fails on the code
before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def _claims(*bodies: str, published: str | None = "2024-03-08"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def _one(claims, *needles):
    found = holding(claims, *needles)
    assert found, [c.topic for c in claims]
    return found[0]


def test_a_superlative_with_ever_or_in_german_ranks_the_same_acquisition():
    claims = _claims(
        "Veltrix agreed to buy Ondara in what would be its biggest-ever acquisition, people familiar said.",
        "It is the largest-ever deal for Veltrix, analysts noted.",
        "Veltrix will mit seinem bisher größten Zukauf das Geschäft ausbauen.")
    claim = _one(claims, "biggest-ever acquisition", "largest-ever deal", "größten Zukauf")
    assert claim.verdict == "agree"
    assert claim.topic == "Rank of the acquisition: largest"
