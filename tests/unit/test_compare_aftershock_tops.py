"""Issue 11, the top of a set of aftershocks' magnitudes: "aftershocks followed, with magnitudes up to 6.1" is an
aftershock magnitude of at most 6.1 (so it agrees with "the strongest aftershock measured 6.1"), not a count of
aftershocks; Spanish, French, Italian and German name aftershocks too ("réplicas", "répliques", "repliche",
"Nachbeben"). Invented sentences; each test fails on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "value"), [
    ("Several aftershocks followed, with magnitudes up to 6.1.", 6.1),
    ("Se registraron varias réplicas, con magnitudes de hasta 5,8.", 5.8),
])
def test_a_top_of_aftershock_magnitudes(text, value):
    figures = [f for f in read(text) if f.kind == "count"]
    assert [(f.measure, f.high, f.qualifier) for f in figures] == [("aftershock magnitude", value, "up_to")]


@pytest.mark.parametrize("text", [
    "Des répliques de magnitude 5,4 ont secoué Tarvela dans la nuit.",
    "Le repliche di magnitudo 5,4 hanno scosso Tarvela.",
    "Mehrere Nachbeben mit Magnitude 5,4 erschütterten Tarvela.",
])
def test_aftershocks_named_in_other_languages(text):
    figures = read(text)
    assert [(f.measure, f.low) for f in figures if f.kind == "count"] == [("aftershock magnitude", 5.4)]


def test_the_top_agrees_with_the_strongest():
    claims = compared("A magnitude 7.9 quake hit Tarvela. Several aftershocks followed, with magnitudes up to 6.1.",
                      "A magnitude 7.9 quake hit Tarvela. The strongest aftershock had a magnitude of 6.1.")
    shocks = [c for c in claims if any(f.measure == "aftershock magnitude" for s in c.statements for f in s.figures)]
    assert [(c.verdict, len(c.statements)) for c in shocks] == [("agree", 2)]
