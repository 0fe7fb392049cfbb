"""Issue 11: a clock time written with "h" is read after the Portuguese, Spanish and Italian words of a time ("às
14h30", "a las 14h30", "alle 14h30") and before a part of the day ("14h30 de l'après-midi"), with the local zone
of those languages ("no horário local", "ora locale"); a length ("3h30 de route", "2h30 de viagem") stays none.
Constructed sentences; each case fails on the code before this rule."""

from __future__ import annotations

import pytest

from briefing_tui.compare.clock_times import clock_times


@pytest.mark.parametrize(("text", "minutes", "zone"), [
    ("O tremor foi sentido às 14h30 no horário local.", 14 * 60 + 30, "local"),
    ("El tren descarriló a las 7h45 cerca de la estación.", 7 * 60 + 45, None),
    ("La frana è caduta alle 16h10 ora locale.", 16 * 60 + 10, "local"),
    ("L'explosion a eu lieu peu avant 3h20 de l'après-midi.", 3 * 60 + 20, None),
])
def test_a_time_with_h_after_a_word_of_a_time(text, minutes, zone):
    assert [(c.minutes, c.zone) for c in clock_times(text)] == [(minutes, zone)]


def test_a_time_of_day_with_h_and_de_but_a_length_is_no_time():
    assert [c.minutes for c in clock_times("Le toit s'est effondré vers 6h40 de la matinée.")] == [6 * 60 + 40]
    assert clock_times("Il reste après 3h30 de route.") == []
    assert clock_times("Chegaram às 2h30 de viagem do porto.") == []
