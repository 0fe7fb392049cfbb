"""A clock time is never split: not into two sentences ("23.11", "23 h 11", "23h11") nor into two clauses of a
claim at its colon ("The quake struck at 11:11 p.m. (2211 GMT) on Friday" was cut into "... struck at 11" and
"11 p.m. ...")."""

from __future__ import annotations

import pytest

from briefing_tui.compare.segments import figure_clauses
from briefing_tui.ingest.segment import split_sentences


@pytest.mark.parametrize("time", ["11:11 p.m.", "23.11", "23 h 11", "23h11", "9.07am"])
def test_a_sentence_is_never_split_inside_a_clock_time(time):
    text = f"The quake struck at {time} on Friday, officials said. Rescue teams arrived at dawn."
    got = [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    assert got == [f"The quake struck at {time} on Friday, officials said.", "Rescue teams arrived at dawn."]


def test_a_clause_is_never_cut_at_the_colon_of_a_clock_time():
    text = "The magnitude 6.8 quake struck at 11:11 p.m. on Friday, with its epicentre 72 km southwest of the city."
    spans = [(text.index(f), text.index(f) + len(f)) for f in ("6.8", "11", "11 p.m.", "72 km")]
    got = [text[a:b] for a, b in figure_clauses(text, spans)]
    assert got[:3] == ["The magnitude 6.8 quake struck at 11:11 p.m. on Friday"] * 3
    assert got[3] == "with its epicentre 72 km southwest of the city."


def test_a_colon_between_words_still_cuts_a_clause():
    text = "Two figures stood out: 12 people died, 40 were hurt."
    spans = [(text.index("12 people"), text.index("12 people") + 9), (text.index("40"), text.index("40") + 2)]
    assert [text[a:b] for a, b in figure_clauses(text, spans)] == ["Two figures stood out: 12 people died",
                                                                    "40 were hurt."]
