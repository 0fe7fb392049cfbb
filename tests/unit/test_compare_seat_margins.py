"""A margin counted in seats (compare/seat_margins.py) is no party's seats: "a five-seat margin" never meets a
party's own "7 seats". Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def _measures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text)]


def test_a_margin_in_seats_is_no_partys_seats():
    assert ("four-seat", "seat margin") in _measures("The centre bloc holds 90 seats to 86 for the right, a four-seat margin.")
    assert ("seis escaños", "seat margin") in _measures("Los liberales lograron una ventaja de seis escaños sobre el PLN.")
    assert ("trois sièges", "seat margin") in _measures("Les Verts gardent une avance de trois sièges sur les centristes.")


def test_a_partys_seats_stay_seats():
    assert _measures("The Greens won 7 seats in the new chamber.") == [("7 seats", "seats")]
    assert ("12-seat", "seat margin") not in _measures("The Greens won a 12-seat share of the chamber.")
