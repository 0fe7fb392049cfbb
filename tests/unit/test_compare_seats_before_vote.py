"""Seats a party held before the vote are an earlier value of its seats, not a second reading of the result: "Before
the election, the party held 247 seats", "98 seats before the election", "their pre-election total of 288 seats, 256
for A and 32 for B"; and the same in other languages ("Antes de las elecciones", "vor den Wahlen")."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def readings(body: str) -> list[tuple[str, str | None, str]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.measure, f.role) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count"]


def test_an_opening_before_the_vote_makes_every_seat_count_earlier():
    assert readings("Antes de las elecciones, el Partido Azul tenía 212 escaños y el Partido Verde, 41.") == [
        ("212 escaños", "seats", "previous"), ("41", "seats", "previous")]
    assert readings("Before the election, the Blue Party held 212 seats.") == [("212 seats", "seats", "previous")]


def test_seats_named_before_the_vote_after_their_noun_are_earlier():
    assert readings("Das ist deutlich mehr als ihre 77 Sitze vor den Wahlen.") == [("77 Sitze", "seats", "previous")]
    assert readings("The Greens now have 61 seats, up on the 40 seats they held before the election.")[0] == (
        "61 seats", "seats", "current")


def test_a_pre_election_total_and_its_parts_keep_their_own_measure():
    # (the majority's bar before them is not what they count)
    assert readings("The allies need a majority of 150 seats, against their pre-election total of 181 seats, "
                    "160 for the Blue Party and 21 for the Greens.") == [
        ("150 seats", "votes-needed", "current"), ("181 seats", "seats", "previous"),
        ("160", "seats", "previous"), ("21", "seats", "previous")]
    # (the result stays current)
    assert readings("El Partido Azul logra 171 escaños en las elecciones.") == [("171 escaños", "seats", "current")]
