"""Issue 11: "a loss in revenue" (or "of sales") is revenue lost, a measure of its own, not the whole damage a firm
puts on an event: the revenue a filing says was lost and the total cost another source gives are two claims. Invented
sentences written as the news writes them; each test fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language="en") if f.kind == "money"]


def test_a_loss_in_revenue_is_revenue():
    assert _money("The chain booked a $42 million loss in revenue for the quarter.") == [("$42 million", "revenue")]
    assert _money("The carrier expects a $42 million loss of sales this year.") == [("$42 million", "revenue")]
    # (a loss alone stays the damage)
    assert _money("The chain booked a loss of $42 million.") == [("$42 million", "damage")]
    assert _money("The floods caused $3 billion in losses in the region.") == [("$3 billion", "damage")]


def test_the_revenue_lost_is_not_joined_with_the_whole_loss():
    claims = compared("Northwind Rail reported a $42 million loss in revenue after the strike.",
                      "Northwind Rail said the strike cost it $90 million in total.",
                      "Northwind Rail expects $42 million in lost revenue from the strike.")
    measured = [c for c in claims if c.measure]  # (a claim by wording may hold the three sentences)
    joined = [c for c in measured if any("$42 million loss in revenue" in s.text for s in c.statements)
              and any("$90 million" in s.text for s in c.statements)]
    assert not joined, [c.topic for c in joined]
    together = [c for c in measured if any("$42 million loss in revenue" in s.text for s in c.statements)
                and any("lost revenue" in s.text for s in c.statements)]
    assert together and together[0].verdict == "agree", [c.topic for c in claims]
