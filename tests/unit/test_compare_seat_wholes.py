"""A chamber's seats after a share of them are the chamber's whole ("la moitié des 577 sièges", "less than half of
the 577 seats", "die Hälfte der 630 Sitze"), not a party's count of seats."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def measures(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.measure) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count"]


def test_seats_a_share_is_taken_of_are_the_chamber_whole():
    assert measures("L'alliance n'a pas conquis la moitié des 577 sièges.") == [("577 sièges", "total seats")]
    assert measures("The alliance won less than half of the 577 seats.") == [("577 seats", "total seats")]
    assert measures("Das Bündnis verfehlte die Hälfte der 630 Sitze.") == [("630 Sitze", "total seats")]
    # (a party's seats stay its seats)
    assert measures("The alliance won 250 seats.") == [("250 seats", "seats")]
