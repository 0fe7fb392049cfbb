"""Issue 11 (tests/gold_new69, a shipwreck): a toll given with a verb of fearing is what the toll may reach, a
projection, never weighed against the dead counted ("nearly 100 dead in total are feared", "si temono oltre 100
morti", "on craint plus de 100 morts", "se temen más de 100 muertos", "über 100 Tote werden befürchtet"); a first
report's "feared dead" stays the toll: compare/projected_tolls.py. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Nearly 300 dead in all are feared after the ferry sank.", "300 dead"),
    ("Si temono oltre 300 morti nel naufragio del traghetto.", "300 morti"),
    ("Dopo il naufragio le autorità temono almeno 300 vittime.", "300 vittime"),
    ("Se temen más de 300 muertos tras el hundimiento.", "300 muertos"),
    ("On craint plus de 300 morts après le naufrage du ferry.", "300 morts"),
    ("Nach dem Untergang der Fähre werden über 300 Tote befürchtet.", "300 Tote"),
])
def test_a_feared_toll_is_a_projection(text, needle):
    assert measure_of(text, needle) == "projected dead"


@pytest.mark.parametrize(("text", "needle"), [
    ("More than 45 people are feared dead after the ferry sank.", "45 people"),
    ("At least 45 people died when the ferry sank.", "45 people"),
])
def test_a_counted_toll_stays_the_dead(text, needle):
    assert measure_of(text, needle) == "dead"
