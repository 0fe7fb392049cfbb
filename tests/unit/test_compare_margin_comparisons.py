"""Issue 11: a winner's margin written as a comparison with the rival ("2 million more than Berg", "2 millions de
plus que", "2 milioni in più rispetto al rivale", "2 milhões a mais que") is no candidate's votes. Every sentence is
made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "margin"), [
    ("Lindqvist ottenne 5.123.456 voti, circa 2 milioni in più rispetto al suo rivale Berg.", "circa 2 milioni"),
    ("Lindqvist won 5.1 million votes, 2 million more than Berg.", "2 million"),
    ("Lindqvist a obtenu 5,1 millions de voix, 2 millions de plus que Berg.", "2 millions"),
    ("Lindqvist obteve 5,1 milhões de votos, 2 milhões a mais que Berg.", "2 milhões"),
])
def test_a_margin_over_the_rival_is_no_candidates_votes(text, margin):
    figures = {f.text: f for f in read(text)}
    assert figures[margin].measure == "vote margin"
    assert next(f for f in figures.values() if f is not figures[margin]).measure == "votes"

