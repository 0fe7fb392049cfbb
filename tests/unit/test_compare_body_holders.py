"""Issue 11: a name written as the holder of a party, coalition or firm ("Ana Reis's party won 22%", "O partido de
Rui Lobo teve 22,56%", "Prime Minister Ana Reis's coalition was backed by 32%") is not whose figure it is: the body's,
which the sentence does not name (no subject, never the person). Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("Ana Reis's party won 22% of the vote.", "en", None),
    ("The party of Ana Reis won 22% of the vote.", "en", None),
    ("With all votes counted, Prime Minister Ana Reis’s coalition was backed by 22% of voters.", "en", None),
    ("O partido de Rui Lobo teve 22,56% dos votos.", "pt", None),
    # (the person's own share, and a party named with "party", stay theirs)
    ("Ana Reis won 22% of the vote.", "en", "Ana Reis"),
    ("The Labour party won 22% of the vote.", "en", "Labour"),
])
def test_a_bodys_holder_is_not_whose_share(text, language, subject):
    found = [f.subject for f in read(text, language=language) if f.kind == "percent" and f.low in (22.0, 22.56)]
    assert found == [subject], found
