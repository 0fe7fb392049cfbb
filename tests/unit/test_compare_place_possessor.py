"""Issue 11: "Mandalay, Myanmar's second-largest city with a population of 1.5 million" gave the population to
Myanmar (the possessor of the place described), titling the claim "Myanmar's residents" (found trying the app on
the Myanmar earthquake's pages; invented sentences; the first test fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import read


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in read(text)]


def test_the_place_a_possessor_describes_is_the_subject():
    assert _subjects("A bridge collapsed in Ravela, Ostland’s second-largest city with a population of 1.2 million.") \
        == [("1.2 million", "Ravela")]
    # without the place's name before it, the population is nobody's read (not the country's)
    assert _subjects("Ostland’s capital, with a population of 1.2 million, lost power.") == [("1.2 million", None)]


def test_a_possessor_of_no_place_stays_the_subject():
    assert _subjects("Ostland's state media said 12 people died.") == [("12 people", "Ostland")]
    assert _subjects("Ostland's junta said 1,644 people were killed.") == [("1,644 people", "Ostland")]
