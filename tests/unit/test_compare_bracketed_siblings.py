"""Issue 11: a party's share and seats given together in brackets (invented sentences; each test fails on the code
before).

"el Partido Azul (31,4% de los votos y 57 escaños), seguido del Partido Verde (22,1% de los votos y 40 escaños)": each party's seats stand in
one bracket with its share; the seats had no subject (the sentence names several parties, so the sentence's subject
was none) and gathered with every other count of seats.
"""

from __future__ import annotations

from briefing_tui.compare.sentence_subjects import sentence_subject
from tests.compare_helpers import measured_statements


def test_seats_in_one_bracket_with_a_share_are_that_partys():
    _, _, st, _ = measured_statements(
        "2024-05-02",
        "El Partido Azul ha sido la formación más votada (31,4% de los votos y 57 escaños), seguido del Partido "
        "Verde (22,1% de los votos y 40 escaños).")
    blue, green = st("o1", "31,4%").figure.subject, st("o1", "22,1%").figure.subject
    assert "Azul" in blue and green == "Partido Verde"
    # (the figure's own subject since the seats joined to a share by "y" are its party's: compare/share_seat_pairs.py)
    assert (st("o1", "57 escaños").figure.subject or sentence_subject(st("o1", "57 escaños"))) == blue
    assert (st("o1", "40 escaños").figure.subject or sentence_subject(st("o1", "40 escaños"))) == green
    # (seats outside a bracket, in a sentence naming two parties, stay nobody's)
    _, _, st, _ = measured_statements(
        "2024-05-02", "El Partido Azul logró el 31,4% y el Partido Verde el 22,1%, con 97 escaños entre ambos.")
    assert sentence_subject(st("o1", "97 escaños")) is None
