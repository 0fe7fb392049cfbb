"""Whose seats a count is when the party is named right after it with a preposition of destination: "256 for the
Blue Party and 32 for the Greens", "191 escaños para el Partido Azul" (not the party named before the count)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def owners(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.subject) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count" and f.measure == "seats"]


def test_seats_go_to_the_party_named_after_them():
    assert owners("The Blue Party and the Greens held 181 seats, 160 for Labrador and 21 for Moravia.")[1:] == [
        ("160", "Labrador"), ("21", "Moravia")]
    assert owners("El reparto dio 171 escaños para Labrador.") == [("171 escaños", "Labrador")]
    # ("de" names the chamber's members, not who holds the seats)
    assert owners("Labrador won 171 seats de Moravia.") == [("171 seats", "Labrador")]
