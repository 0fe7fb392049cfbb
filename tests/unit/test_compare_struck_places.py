"""Issue 11: the place a relative clause on the sentence's subject says a storm struck is the place of the sentence's
counts ("Typhoon Nemo, which struck the northern regions of Laos on Sept. 3, caused floods, resulting in 20 deaths":
Laos's), a place in a larger one the inner one ("which hit Vietnam’s Quang Ninh province": Quang Ninh); a place named
right after the count still wins, and an aside in an earlier sentence scopes nothing. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def counts(text: str, language: str | None = None) -> list[tuple]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Typhoon Nemo, which struck the northern regions of Laos on Sept. 3, caused floods and landslides, resulting "
     "in 20 deaths and 11 missing.", "en", [("20 deaths", "dead", "Laos"), ("11 missing", "missing", "Laos")]),
    ("The storm, which hit Vietnam’s Quang Ninh province on Saturday, led to the deaths of six people.", "en",
     [("six people", "dead", "Quang Ninh")]),
    ("La tempête, qui a frappé le Cambodge lundi, a fait 12 morts.", "fr", [("12 morts", "dead", "Cambodge")]),
])
def test_the_place_a_storm_struck_scopes_the_sentences_counts(text, language, expected):
    assert counts(text, language) == expected


def test_a_place_after_the_count_wins():
    assert counts("Nemo, which hit Laos last week, has killed 127 people in Cambodia.") == [
        ("127 people", "dead", "Cambodia")]


def test_an_aside_of_an_earlier_sentence_scopes_nothing():
    found = counts("Nemo, which hit Laos last week, weakened. Officials said 40 people died.")
    assert [(text, measure) for text, measure, _ in found] == [("40 people", "dead")] and found[0][2] != "Laos"
