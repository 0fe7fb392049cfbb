"""Issue 11, whose counts they are: a count after damage "in Tarvela, Ombrin, and Kesto" is spread over the listed
places (the event's whole, no one place's), and the counts of "Tarvela suffered the heaviest losses, with 94 deaths"
are Tarvela's. Invented sentences; each reading test fails on int15 (aa5abeb2); the last one guards the claims."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize("text", [
    "The storm caused severe damage in Tarvela, Ombrin, and Kesto, with 210 injuries and 40 people missing.",
    "The storm caused damage in Tarvela, Ombrin and Kesto, with 210 injuries and 40 people missing.",
])
def test_a_count_after_a_list_of_places_is_no_one_places(text):
    assert [(f.measure, f.subject) for f in read(text)] == [("injured", None), ("missing", None)]


def test_a_count_after_one_place_stays_that_places():
    assert [(f.measure, f.subject) for f in read("The storm caused damage in Tarvela, with 210 injuries.")] == [
        ("injured", "Tarvela")]


@pytest.mark.parametrize(("text", "subjects"), [
    ("Tarvela suffered the heaviest losses, with 94 deaths, 1,310 injured, and over 40 people missing.",
     [("dead", "Tarvela"), ("injured", "Tarvela"), ("missing", "Tarvela")]),
    ("Tarvela fue la ciudad más afectada, con 94 muertos y 40 desaparecidos.",
     [("dead", "Tarvela"), ("missing", "Tarvela")]),
    ("Tarvela a été la plus touchée, avec 94 morts.", [("dead", "Tarvela")]),
])
def test_the_counts_of_a_worst_hit_place_are_its_own(text, subjects):
    assert [(f.measure, f.subject) for f in read(text)] == subjects


def test_a_with_phrase_after_another_clause_or_subject_is_not_a_places():
    assert [(f.measure, f.subject) for f in read("Tarvela suffered the heaviest losses, with 94 deaths, while "
                                                 "the coast reported 40 missing.")] == [("dead", "Tarvela"), ("missing", None)]
    assert [(f.measure, f.subject) for f in read("The quake was the strongest in decades, with 94 deaths.")] == [
        ("dead", None)]


def test_a_worst_hit_places_missing_do_not_contradict_the_whole_events():
    claims = compared("The quake struck on Friday. Tarvela suffered the heaviest losses, with 94 deaths.",
                      "The quake struck Ostland on Friday, killing 350 people in Ostland, officials said.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []
