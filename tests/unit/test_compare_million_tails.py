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


@pytest.mark.parametrize(("text", "language", "value"), [
    ("La alcaldesa ganó con 3 millones 217 mil 45 votos, según el boletín.", "es", 3_217_045),
    ("O candidato recebeu 2 milhões 804 mil votos no segundo turno.", "pt", 2_804_000),
])
def test_millions_then_thousands_without_and_are_one_number(text, language, value):
    """Spanish and Portuguese spell a count out in digits and words with no "and" between the millions and the
    thousands: "3 millones 217 mil 45 votos" is 3,217,045 votes, not 3 million and 217,045 votes apart."""
    votes = [f for f in read(text, language=language) if (f.measure or "").startswith("votes")]
    assert [f.low for f in votes] == [value], [(f.text, f.low) for f in votes]


def test_millions_then_a_separate_count_stay_apart():
    """A number of millions ending its clause is not joined to a count of thousands after a comma."""
    found = read("Votaron 5 millones, y 150 mil votos fueron nulos.", language="es")
    assert 150_000 in [f.low for f in found], [(f.text, f.low) for f in found]
