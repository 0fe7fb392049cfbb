"""Issue 11: "no false disagreement appears". One outlet's "more than 130 delegations" against another's "130
delegations" was flagged: the bare round number is the same report with its "more than" dropped. A lower bound
and its own round number are consistent; a bare number that is not round ("13"), or another number, is still
weighed (invented sentences; the first tests fail on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def _count(text: str, value: float):
    return next(f for f in read(text) if f.kind == "count" and f.low == value)


def test_a_bound_and_its_own_round_number_are_consistent():
    from briefing_tui.compare.tolerance import compare_values

    bound = _count("More than 40 delegations came to the Tarvonian summit.", 40)
    bare = _count("The Tarvonian summit drew 40 delegations.", 40)
    assert (bound.qualifier, bare.qualifier) == ("more_than", None)
    assert compare_values(bound, bare).compatible
    assert compare_values(bare, bound).compatible


def test_a_summit_count_given_with_and_without_more_than_is_no_disagreement():
    bound = "More than 40 delegations came to the Tarvonian summit in Velmora on Sunday, its hosts said."
    bare = "The Tarvonian summit in Velmora drew 40 delegations on Sunday, its hosts said."
    assert not [c for c in compared(bound, bare) if c.verdict == "disagree"]


def test_a_bare_number_that_is_not_round_is_still_weighed():
    from briefing_tui.compare.tolerance import compare_values

    bound = _count("More than 13 delegations came to the Tarvonian summit.", 13)
    bare = _count("The Tarvonian summit drew 13 delegations.", 13)
    assert not compare_values(bound, bare).compatible


def test_another_number_is_still_weighed():
    from briefing_tui.compare.tolerance import compare_values

    bound = _count("More than 60 delegations came to the Tarvonian summit.", 60)
    bare = _count("The Tarvonian summit drew 50 delegations.", 50)
    assert not compare_values(bound, bare).compatible
