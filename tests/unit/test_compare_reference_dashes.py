"""Issue 11, the place a distance is measured from, past a compound direction joined by an en dash ("a unos 90 km al
norte–noreste de Tarvela") and through a name joined by a no-break hyphen U+2011 ("Santa‑Lucía"): the distance is
Tarvela's or Santa-Lucía's, to be weighed against the same distance in other sources. Invented sentences; each test
fails on int19 (c254ad98)."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def test_a_direction_with_an_en_dash():
    figures = read("El instituto ubicó el epicentro a unos 90 km al norte–noreste de Tarvela.")
    assert [(f.measure, f.low, f.subject) for f in figures if f.kind == "count"] == [("distance", 90.0, "Tarvela")]


def test_a_name_with_a_no_break_hyphen():
    figures = read("The epicentre lay 90 km north of Santa\u2011Lucía, the institute said.")
    assert [(f.measure, f.low, f.subject) for f in figures if f.kind == "count"] == [
        ("distance", 90.0, "Santa-Lucía")]


def test_the_distance_is_compared_with_the_same_place():
    claims = compared("The epicentre was 80 km north-northeast of Tarvela, the institute said.",
                      "El instituto ubicó el epicentro a unos 90 km al norte–noreste de Tarvela.")
    assert [c.verdict for c in claims if c.topic.startswith("Tarvela's distance")] == ["disagree"]
