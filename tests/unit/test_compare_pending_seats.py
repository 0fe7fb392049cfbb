"""Seats whose result is not known yet ("12 seats yet to be declared", "cuatro escaños aún por decidir") are nobody's
seats: not a party's count of seats."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def measures(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.measure) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count"]


def test_seats_not_yet_declared_are_pending():
    assert measures("With 12 seats yet to be declared, the alliance had won 250 seats.") == [
        ("12 seats", "pending seats"), ("250 seats", "seats")]
    assert measures("Con cuatro escaños aún por decidir, la alianza logra 250 escaños.") == [
        ("cuatro escaños", "pending seats"), ("250 escaños", "seats")]
