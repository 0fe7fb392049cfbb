"""Issue 11: places named together scope a count as a whole of its own, and a compass word before a place leaves the
place the count's. "31 people in southern Laos and the Philippines" are of Laos and the Philippines together (not of
the country the story is about, nor of Laos alone); "In Laos and Cambodia, thousands have fled" scopes the sentence
to both; "in northern Laos" is Laos. Such a count never joins the main country's toll. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.same_subject import same_subject
from tests.compare_helpers import filled_articles, holding, read


def counts(text: str, language: str | None = None) -> list[tuple]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Before reaching the coast, the storm had killed 31 people in southern Laos and the Philippines.", "en",
     [("31 people", "dead", "Laos and Philippines")]),
    ("La tempesta aveva ucciso 31 persone nel sud del Laos e nelle Filippine.", "it",
     [("31 persone", "dead", "Laos and Filippine")]),
    ("The landslides killed 9 people in northern Laos.", "en", [("9 people", "dead", "Laos")]),
    ("The floods killed 8 people in Laos, Cambodia and Myanmar on Monday.", "en",
     [("8 people", "dead", "Laos and Cambodia and Myanmar")]),
])
def test_places_named_together_or_with_a_compass_word_scope_the_count(text, language, expected):
    assert counts(text, language) == expected


def test_places_fronted_together_scope_the_sentence():
    assert counts("In Laos and Cambodia, 4,000 people have been forced from their homes.") == [
        ("4,000 people", "displaced", "Laos and Cambodia")]


def test_two_counts_each_with_its_own_place_stay_apart():
    assert counts("The flood killed 12 people in Pakse and injured 40 in Savannakhet.") == [
        ("12 people", "dead", "Pakse"), ("40", "injured", "Savannakhet")]


def test_a_whole_of_two_places_is_neither_of_them():
    assert same_subject("Laos and Philippines", "Laos", parts=True) is False


def test_a_count_of_other_places_named_together_stays_out_of_the_countrys_toll():
    claims = compare(filled_articles(
        "2024-09-13",
        "In Vietnam, the death toll rose to 140 on Thursday. Before reaching the coast, the storm had killed 31 "
        "people in southern Laos and the Philippines.",
        "Vietnam's death toll reached 150 on Friday, the disaster agency said.",
        "The storm killed 31 people in southern Laos and the Philippines before it reached Vietnam on Saturday."))
    toll = holding(claims, "rose to 140", "reached 150")
    assert toll and not any("31" in s.text for s in toll[0].statements), [s.text for s in toll[0].statements]


def test_a_count_across_places_named_together_is_of_them_all():
    assert counts("The toll passed 300 across Laos, Cambodia and Myanmar, officials said.") == [
        ("300", "dead", "Laos and Cambodia and Myanmar")]
    assert counts("Some 200 people died across the country.") == [("Some 200 people", "dead", "overall")]
