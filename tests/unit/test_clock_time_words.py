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


@pytest.mark.parametrize("text", ["Il reste après 3h30 de route.", "Chegaram às 2h30 de viagem do porto."])
def test_a_length_with_h_is_no_time(text):
    assert clock_times(text) == []
