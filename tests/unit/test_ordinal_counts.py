"""Issue 11: an ordinal of a death counts the dead (compare/ordinal_counts.py). A real sentence of the 2025 Texas
measles outbreak (tests/gold_new7, file and line in a comment); the test fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import read


def test_an_ordinal_of_a_death_counts_at_least_that_many_dead_and_no_other_ordinal_counts():
    # tests/gold_new7/stories/texas_measles_outbreak_2025/03_beckershospitalreview.txt:2
    figures = read("Health officials are also investigating a potential second measles-related death in an "
                   "unvaccinated person.")
    counts = [f for f in figures if f.kind == "count"]
    assert [(f.text, f.low, f.qualifier, f.measure) for f in counts] == [
        ("second measles-related death", 2.0, "at_least", "dead")]
    # the first of anything, a compound's modifier and an adjective count no one
    for text in ("He faces a second death sentence.", "It is the first death in the state.",
                 "The second injured man was flown out."):
        assert not [f for f in read(text) if f.kind == "count"], text
