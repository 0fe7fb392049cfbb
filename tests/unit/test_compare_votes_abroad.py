"""Issue 11: the votes cast abroad are a part of all the votes, never weighed against them. Found on a real run-off:
"oltre un milione e 900mila voti provenienti dalla diaspora" against "more than six million" votes cast made a false
disagreement (invented sentences; fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language"), [
    ("Dalla diaspora sono arrivati oltre un milione e 900mila voti, un record.", "it"),
    ("More than 1.9 million votes were cast abroad, a record.", "en"),
    ("Desde el exterior llegaron 1,9 millones de votos, un récord.", "es"),
])
def test_votes_from_abroad_are_their_own_measure(text, language):
    assert [f.measure for f in read(text, language=language) if f.measure] == ["votes abroad"]


def test_votes_from_abroad_make_no_disagreement_with_all_the_votes():
    claims = compared("In the run-off, more than six million votes were cast, the electoral office said.",
                      "Nel ballottaggio, dalla diaspora sono arrivati oltre un milione e 900mila voti, un record.")
    assert not [c.topic for c in claims if c.verdict == "disagree"]
