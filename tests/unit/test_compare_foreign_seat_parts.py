"""Issue 11: a party's seats "of" the chamber's, in other languages (invented sentences; each test fails on the code
before).

"54 de los 169 escaños", "87 der 169 Sitze", "52 dei 169 seggi" were read as a count of no measure (the part) and the
chamber's seats (the whole), weighed against the parties' seats; as English "53 of the 169 seats" already was, the part
is seats and the whole the total of seats.
"""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import filled_articles


def _measures(body: str) -> dict[str, str | None]:
    units = build_units(filled_articles("2024-05-02", body), [], [], default_rate_table())
    return {f.text: f.measure for u in units if u.text.startswith(body[:15]) for f in u.figures}


def test_a_partys_seats_of_the_chambers_in_other_languages():
    assert _measures("El Partido Azul obtuvo 61 de los 151 escaños del Parlamento.") == \
        {"61": "seats", "151 escaños": "total seats"}
    assert _measures("Die Parteien errangen 77 der 151 Sitze.") == {"77": "seats", "151 Sitze": "total seats"}
    assert _measures("Il Partito Azzurro conquista 61 dei 151 seggi.") == {"61": "seats", "151 seggi": "total seats"}
    # (a toll's whole stays the toll: only a chamber's seats)
    assert _measures("Los bomberos rescataron a 3 de los 10 heridos.").get("10 heridos") == "injured"
