"""Issue 11: the voters entitled to vote are the electorate, a measure of its own ("61 million eligible voters",
"64 millones de personas tenían derecho a votar", "61 Millionen Menschen waren zur Wahl aufgerufen", "61.452.321
aventi diritto"): read as votes or people they met no other source's electorate, and two outlets' different sizes
were never weighed. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import filled_articles, read


@pytest.mark.parametrize(("text", "count"), [
    ("Some 8.2 million eligible voters were called to the polls on Sunday.", "Some 8.2 million eligible voters"),
    ("Se estima que 8,2 millones de personas tenían derecho a votar en estos comicios.", "8,2 millones de personas"),
    ("Rund 8,2 Millionen Menschen waren am Sonntag zur Wahl aufgerufen.", "Rund 8,2 Millionen Menschen"),
    ("Quelque 8,2 millions d'électeurs étaient appelés à voter dimanche.", "Quelque 8,2 millions d'électeurs"),
])
def test_the_voters_entitled_to_vote_are_the_electorate(text, count):
    figures = {f.text: f for f in read(text)}
    assert figures[count].measure == "electorate"


def test_a_count_of_voters_who_took_part_beside_the_electorate_is_not_the_electorate():
    figures = read("Hanno votato circa 4.100.000 elettori, pari al 50% dei 8.200.000 aventi diritto.")
    assert [f.measure for f in figures if f.kind == "count" and f.text.startswith("circa")] != ["electorate"]


def test_two_outlets_sizes_of_the_electorate_disagree():
    claims = build_claims(filled_articles(
        "2024-03-02", "Se estima que 9,4 millones de personas tenían derecho a votar en estos comicios.",
        "Rund 8,2 Millionen Menschen waren am Sonntag zur Wahl aufgerufen.",
        "Quelque 8,2 millions d'électeurs étaient appelés à voter dimanche."))
    electorate = [c for c in claims if c.measure == "electorate"]
    assert len(electorate) == 1 and electorate[0].verdict == "disagree"
