"""Italian writes thousands glued to the numeral ("15mila"); such a count may end a clause or a sentence, before a
colon or a full stop ("I tagli saranno circa 15mila: lo ha detto", "sono 15mila."), and was not read at all: the
glued scale allowed only a space, comma, semicolon or bracket after it, and a count before any colon was taken for
a clock time (compare/counts.py ``GLUED_SCALE`` and the count's end). A clock time ("3:47", "3:1") is still no
count (invented sentences; the reading tests fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "low", "qualifier"), [
    ("I licenziamenti alla Bremar saranno circa 15mila: lo ha detto il sindacato.", 15000, "about"),
    ("I licenziamenti alla Bremar saranno 15mila.", 15000, None),
    ("I dipendenti della Bremar sono 2,5mila.", 2500, None),
    ("The layoffs at Bremar will be about 15,000: a union said so.", 15000, "about"),
])
def test_a_count_ending_a_clause_is_read(text, low, qualifier):
    [f] = [f for f in read(text) if f.kind == "count"]
    assert (f.low, f.qualifier) == (low, qualifier)


@pytest.mark.parametrize("text", ["The quake hit Bremar at 3:47 on Monday.", "Bremar won the final 3:1."])
def test_a_clock_time_or_a_score_is_no_count(text):
    assert [f for f in read(text) if f.kind == "count"] == []
