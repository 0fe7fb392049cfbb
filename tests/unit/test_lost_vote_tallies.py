"""Issue 11: a tally of a vote its motion lost ("lost the confidence vote ..., 301 to 212", "was rejected 301-212")
counts the larger side against the motion, not the first written as the votes for. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _sides(text: str, language: str = "en") -> dict[float, str | None]:
    return {f.low: f.measure for f in read(text, "2025-01-01", language) if f.kind == "count"}


@pytest.mark.parametrize("text", [
    "The prime minister lost the confidence vote on Tuesday, 288 to 170.",
    "The cabinet lost a 288-170 vote in the lower house.",
    "The amendment was rejected 288-170 by the chamber.",
])
def test_a_lost_vote_counts_the_larger_side_against(text):
    assert _sides(text) == {288.0: "votes-against", 170.0: "votes-for"}


def test_a_won_vote_keeps_the_first_side_for():
    assert _sides("The prime minister won the confidence vote on Tuesday, 288 to 170.") == {
        288.0: "votes-for", 170.0: "votes-against"}


def test_a_lost_game_stays_a_game_score():
    found = _sides("The visitors lost the final on Sunday, 3-1.")
    assert "votes-against" not in found.values() and "votes-for" not in found.values()
