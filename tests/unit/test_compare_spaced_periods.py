"""Issue 11: a period whose thousands are grouped by spaces on a page of decimal commas ("plus de 6 400 heures de
vol" is 6,400 hours, not 400), as counts are read (compare/pattern_figures.py). Invented sentences; the test fails on
the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


def periods(text: str, language: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.qualifier) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Le commandant comptait plus de 6 400 h de vol.", "fr", [("plus de 6 400 h", 6400, "more_than")]),
    ("La copilote avait 1 350 heures d'expérience.", "fr", [("1 350 heures", 1350, None)]),
    ("Das Schiff war 2 500 Stunden im Einsatz.", "de", [("2 500 Stunden", 2500, None)]),
    # (an English page keeps two numbers apart, and a small period stays as it was)
    ("In 2019 300 hours were logged.", "en", [("300 hours", 300, None)]),
    ("Il a volé pendant 12 heures.", "fr", [("12 heures", 12, None)]),
])
def test_a_period_grouped_by_spaces_is_read_whole(text, language, found):
    assert periods(text, language) == found


def test_hours_grouped_by_spaces_agree_with_the_same_hours_grouped_by_a_point():
    claims = compared("Le pilote Marc Dumas avait 6 400 heures de vol, selon la compagnie Aerolux.",
                      "El piloto Marc Dumas tenía 6.400 horas de vuelo, según la compañía Aerolux.")
    assert one_holding(claims, "6 400 heures", "6.400 horas").verdict == "agree"
