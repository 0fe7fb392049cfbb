"""Issue 11: a bound read as an exact figure (mechanism F/I). Spanish and Italian fuse the preposition of "more
than" / "less than" with the figure's article ("más del 32%", "più del 30%", "meno dei 300"), Portuguese writes the
comparative "mais do que": the qualifier was lost, so "más del 38%" was an exact 38% and disagreed with another
outlet's 39.2%. The fused forms are the same qualifiers as "más de", "più di" (invented sentences; the reading tests
fail on the code before)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import read


def _only(text: str, kind: str):
    return next(f for f in read(text) if f.kind == kind)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("La Unión de Velmora obtuvo más del 38% de los votos.", "more_than"),
    ("La Unión de Velmora obtuvo menos del 38% de los votos.", "less_than"),
    ("L'Unione di Velmora ha ottenuto più del 38% dei voti.", "more_than"),
    ("L'Unione di Velmora ha ottenuto meno del 38% dei voti.", "less_than"),
    ("A União de Velmora obteve mais do que 38% dos votos.", "more_than"),
    ("A União de Velmora obteve menos do que 38% dos votos.", "less_than"),
])
def test_a_fused_qualifier_bounds_its_share(text, qualifier):
    figure = _only(text, "percent")
    assert (figure.low, figure.qualifier) == (38.0, qualifier)


def test_a_fused_qualifier_bounds_a_count_too():
    figure = _only("Las autoridades cuentan más de los 300 heridos anunciados y más del doble de muertos.", "count")
    assert figure.qualifier == "more_than"
    figure = _only("I soccorritori hanno salvato più dei 300 dispersi.", "count")
    assert (figure.low, figure.qualifier) == (300.0, "more_than")


def test_a_bound_and_a_higher_share_are_no_disagreement():
    bound = _only("La Unión de Velmora obtuvo más del 38% de los votos.", "percent")
    exact = _only("The Velmora Union won 39.2% of the vote.", "percent")
    assert compare_values(bound, exact).compatible
    below = _only("L'Unione di Velmora ha ottenuto meno del 38% dei voti.", "percent")
    assert not compare_values(below, exact).compatible


def test_the_plain_qualifiers_are_unchanged():
    assert _only("Hubo más de 300 heridos en Velmora.", "count").qualifier == "more_than"
    assert _only("Ci sono stati più di 300 feriti a Velmora.", "count").qualifier == "more_than"
    assert _only("La Unión de Velmora obtuvo el 38% de los votos.", "percent").qualifier is None
