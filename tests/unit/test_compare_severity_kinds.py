"""Issue 11: the seriously (or critically) injured are a part of the injured, never their whole: "three people were
seriously injured" weighed against "dozens were injured" in another article made a false disagreement of a part
and its whole on a real collapse. A part no larger than its whole agrees; two counts of one severity are weighed.
Every sentence is made up for the test (fails on the code before)."""

from __future__ import annotations

from briefing_tui.compare.measure_kinds import measures_differ
from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement
from briefing_tui.compare.measured_verdict import judge_measured
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article

DOZENS = "A bridge collapsed in Lyon on Tuesday. Dozens of people were injured."
THREE_SERIOUSLY = "A bridge collapsed in Lyon on Tuesday. Three people were seriously injured."


def _verdict(*bodies: str) -> str:
    sources = [article(f"o{k}", "2025-03-04", body) for k, body in enumerate(bodies, 1)]
    units = build_units(sources, (), (), default_rate_table())
    members = [MeasuredStatement(u, f) for u in units for f in u.figures if (f.measure or "").endswith("injured")]
    assert len(members) == len(bodies), [(f.text, f.measure) for u in units for f in u.figures]
    group = MeasuredGroup("injured", None, members)
    judge_measured(group, {s.id: s.published for s in sources}, default_rate_table(), {s.id: k for k, s in enumerate(sources)})
    return group.verdict


def test_the_critically_injured_are_a_measure_of_their_own():
    assert measures_differ("injured", "critically injured")
    assert not measures_differ("seriously injured", "seriously injured")


def test_the_seriously_injured_are_a_part_of_all_the_injured():
    assert _verdict(DOZENS, THREE_SERIOUSLY) == "agree"


def test_two_counts_of_the_seriously_injured_or_a_part_larger_than_its_whole_are_weighed():
    assert _verdict(THREE_SERIOUSLY, THREE_SERIOUSLY.replace("Three", "Five")) == "disagree"
    assert _verdict(DOZENS.replace("Dozens of", "Two"), THREE_SERIOUSLY) == "disagree"
