"""Issue 11: a first round cited in a run-off's report, in German "bei der ersten Runde" and "im ersten Durchgang",
and in Portuguese with "mais de" (more than) before the figure, which is no French "mais" (but) turning to another
round. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.earlier_rounds import first_round_figure


def _first_round(text: str, figure: str) -> bool:
    start = text.index(figure)
    return first_round_figure(text, start, start + len(figure))


@pytest.mark.parametrize(("text", "figure"), [
    ("Bei der ersten Runde war Lindqvist auf 37,9 Prozent der Stimmen gekommen.", "37,9 Prozent"),
    ("Im ersten Durchgang hatte die Beteiligung bei 44 Prozent gelegen.", "44 Prozent"),
    ("No primeiro turno, em 3 de maio, Lindqvist obteve mais de 2,1 milhões de votos (37,9%).", "2,1 milhões"),
    ("No primeiro turno, em 3 de maio, Lindqvist obteve mais de 2,1 milhões de votos (37,9%).", "37,9%"),
])
def test_the_first_rounds_figure_is_told(text, figure):
    assert _first_round(text, figure)


def test_french_but_still_turns_to_the_other_round():
    text = "Au premier tour, Lindqvist a obtenu 37%, mais dimanche elle a recueilli 54%."
    assert _first_round(text, "37%") and not _first_round(text, "54%")
