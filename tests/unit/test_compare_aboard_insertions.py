"""Issue 11: the predicate of a count passes over where the people were and a set-off phrase ("All 131 passengers
aboard the ferry, including a former minister, lost their lives"), over a phrase set off by dashes, and stops at a
dash that closes the aside a count stands in ("— including 80 passengers and 10 crew — only two survived": the crew
did not survive alone) (compare/insertions.py). Invented sentences; the test fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measures(text: str, language: str = "en") -> dict[str, str | None]:
    return {f.text: f.measure for f in read(text, language=language) if f.kind == "count"}


@pytest.mark.parametrize(("text", "language", "needle", "measure"), [
    ("All 131 passengers aboard the ferry, including a former minister, lost their lives.", "en", "131 passengers",
     "dead aboard"),
    ("All 57 passengers on board the bus, including two drivers, died in the fall.", "en", "57 passengers",
     "dead aboard"),
    ("At least 12 people — including three children — were killed in the blast.", "en", "At least 12 people",
     "dead"),
])
def test_a_place_and_a_set_off_phrase_are_passed_over_to_the_predicate(text, language, needle, measure):
    assert measures(text, language)[needle] == measure


def test_a_dash_closes_the_aside_a_count_stands_in():
    found = measures("Of the 90 people aboard — 80 passengers and 10 crew — only two survived.")
    assert found["10 crew"] == "crew"  # (not "survivors")
    assert found["two survived"] == "survivors"
    assert found["90 people"] == "people aboard"
