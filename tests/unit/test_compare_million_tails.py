"""Issue 11: the thousands that end a number of millions written in words are one number with them. Found on a real
run-off: "oltre un milione e 900mila voti" was read as 900,000 votes and set against "more than six million" as a
disagreement (invented sentences; fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Dalla diaspora sono arrivati oltre un milione e 900mila voti, un record.", "it", 1_900_000),
    ("Desde el exterior llegaron un millón y 900 mil votos, un récord.", "es", 1_900_000),
    ("From abroad came one million and 200 thousand votes, a record.", "en", 1_200_000),
])
def test_thousands_after_a_number_of_millions_end_it(text, language, value):
    votes = [f for f in read(text, language=language) if (f.measure or "").startswith("votes")]
    assert [f.low for f in votes] == [value], [(f.text, f.low) for f in votes]


def test_thousands_alone_stay_thousands():
    assert [f.low for f in read("Al primo turno sono stati contati 900mila voti.", language="it") if f.measure == "votes"] == [900_000]
