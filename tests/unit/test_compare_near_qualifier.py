"""Issue 11: "no false disagreement appears". "She received a near $100,000 fine" was read as exactly $100,000 and
flagged against another outlet's "€100,000" fine (about $108,000). "Near" before a figure is "about" as "close to"
is ("a near $250,000 fine", "near 5,000 people"); "nearly" keeps its own reading (invented sentences; the first
tests fail on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def test_near_before_a_figure_is_about():
    money = [f for f in read("The court imposed a near $250,000 fine on the Tarvonian firm.") if f.kind == "money"]
    people = [f for f in read("Near 5,000 people marched through Velmora on Sunday.") if f.kind == "count"]
    assert [(f.low, f.qualifier) for f in money + people] == [(250000.0, "about"), (5000.0, "about")]


def test_nearly_is_still_nearly():
    people = [f for f in read("Nearly 5,000 people marched through Velmora on Sunday.") if f.kind == "count"]
    assert [(f.low, f.qualifier) for f in people] == [(5000.0, "nearly")]


def test_a_near_sum_agrees_with_the_sum_it_rounds():
    near = "The Tarvonian court imposed a near $100,000 fine on the mining firm Velmar Metals on Tuesday."
    exact = "The Tarvonian court imposed a $90,000 fine on the mining firm Velmar Metals on Tuesday."
    assert not [c for c in compared(near, exact) if c.verdict == "disagree"]
