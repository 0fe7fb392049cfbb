"""Issue 11: a past tense of counting right before a count of votes ("the authorities have counted over 3 million
votes", "as autoridades contaram mais de 3 milhões de votos") makes it the votes counted so far, no candidate's.
Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Até agora, as autoridades contaram mais de 3 milhões de votos.",
    "The authorities have counted over 3 million votes so far.",
    "Hasta ahora, las autoridades han contado más de 3 millones de votos.",
])
def test_the_votes_counted_so_far_are_no_candidates(text):
    votes = [f for f in read(text) if f.kind == "count"]
    assert votes and votes[0].measure == "votes counted"
