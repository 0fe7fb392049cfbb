"""Word quantities (issue 11): "several hundred" is a magnitude like "hundreds" (compare/counts.py), and a
magnitude in words bounds the values (compare/tolerance.py): "hundreds" is below a round "1,000", whose rounding
room does not carry it across, while "about 1,000" keeps its own. Constructed sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import article, holding, read


def test_several_hundred_is_a_magnitude_not_one_hundred():
    counts = [(f.low, f.high, f.qualifier) for f in read("Several hundred people are still missing.") if f.kind == "count"]
    assert counts == [(200, 999, "range")]


def test_hundreds_against_a_round_thousand_disagree_but_about_a_thousand_agrees():
    sources = [
        article("one", "2025-08-12", "Hundreds of people are still missing after the floods, officials said."),
        article("two", "2025-08-12", "Officials fear 1,000 people are still missing after the floods."),
        article("three", "2025-08-12", "About 1,000 people are still missing after the floods, officials said."),
    ]
    claims = compare(sources)
    apart = holding(claims, "Hundreds of people", "Officials fear 1,000")
    assert apart and all(c.verdict == "disagree" for c in apart)
    hundreds, about = (next(f for f in read(t) if f.kind == "count") for t in (
        "Hundreds of people are still missing.", "About 1,000 people are still missing."))
    assert compare_values(hundreds, about).compatible
