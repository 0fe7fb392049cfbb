"""Issue 11: after a verb of taking or lasting, "de 6 horas a 10 horas", "de 6 a 10 horas", "from 6 hours to 10
hours" are one period of 6 to 10 hours: never two clock times ("a las 10 horas" is a time) nor a move from one value
to another ("subió de 6 a 10"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("A reparação da ponte pode levar de 3 horas a 7 horas, disse a empresa.", "pt"),
    ("A reparação da ponte pode demorar de 3 a 7 horas.", "pt"),
    ("La reparación del puente puede tardar de 3 horas a 7 horas.", "es"),
    ("The repair of the bridge could take from 3 hours to 7 hours.", None),
])
def test_a_range_of_hours_after_a_verb_of_taking(text, language):
    periods = [(f.kind, f.unit, f.low, f.high, f.qualifier) for f in read(text, language) if f.kind == "period"]
    assert periods == [("period", "hour", 3.0, 7.0, "range")]


@pytest.mark.parametrize(("text", "language"), [
    ("El mercado abre de 9 horas a 14 horas cada día.", "es"),
    ("La tienda abre a las 10 horas.", "es"),
])
def test_hours_of_opening_stay_clock_times(text, language):
    assert [f for f in read(text, language) if f.kind == "period"] == []
