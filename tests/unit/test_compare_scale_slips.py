"""Issue 11: a sum of money written with the neighbouring scale word ("a €40 million loan" on one page, "€40 billion
in loans" on three others) is one sum told two ways, and a disagreement the analyst must see; a sum of another
number that far apart is still of another scope (not weighed). Invented sentences; each test fails on int10."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

A = "The bank's new facility offers €40 billion in loans to member states for rail projects."
B = "The bank unveiled a 40 billion euro loan program for rail projects across the bloc."
C = "Under the plan, the bank will make €40 billion of loans available for rail lines."
SLIPPED = "The third element is a new facility: a €40 million loan to member states for rail projects."



def test_a_slipped_scale_word_is_a_disagreement():
    claims = compare(filled_articles("2025-06-10", A, B, C, SLIPPED))
    found = [c for c in holding(claims, "€40 million") if c.measure]
    assert len(found) == 1, [(c.topic, c.verdict) for c in claims]
    assert found[0].verdict == "disagree", found[0].evidence
    assert {s.source for s in found[0].statements} == {"o1", "o2", "o3", "o4"}
    assert "€40 million" in found[0].topic and "€40 bn" in found[0].topic
    other = SLIPPED.replace("€40 million", "€35 million")  # (another number that far apart: another scope)
    claims = compare(filled_articles("2025-06-10", A, B, C, other))
    assert not [c for c in claims if c.verdict == "disagree"], [(c.topic, c.evidence) for c in claims]


def test_values_slipped_needs_one_number_a_scale_step_apart():
    from briefing_tui.compare.scale_slips import values_slipped  # (new in this change)

    assert values_slipped(40e6, 40e9) and values_slipped(1.5e12, 1.5e9) and values_slipped(2.5e3, 2.5e6)
    assert not values_slipped(45e6, 40e9)  # (another number: of another scope)
    assert not values_slipped(40e6, 40e12)  # (two steps: no slip of one word)
    assert not values_slipped(40e9, 40e9)

