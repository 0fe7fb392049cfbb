"""A number sign after a name ("Juzgado Federal N°3", "Escola Estadual Nº 5", "Tribunal Penal N.º 2") is no word of the
name: the "N" is cut, so the organisation is one entity however its number is written (issue 11: entities split or
glued). Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.extract.names import name_runs


def _runs(text: str) -> list[str]:
    return [" ".join(t.text for t in run) for run in name_runs(text)]


@pytest.mark.parametrize("text", [
    "El caso pasó al Juzgado Federal N°3 de Rosario.",
    "El caso pasó al Juzgado Federal Nº 3 de Rosario.",
    "El caso pasó al Juzgado Federal N.º 3 de Rosario.",
])
def test_the_number_signs_n_is_no_word_of_the_name(text):
    assert _runs(text)[:2] == ["El", "Juzgado Federal"]


def test_a_lone_capital_without_the_sign_stays_in_its_name():
    assert "Harry S Truman" in _runs("The aircraft carrier Harry S Truman sailed on Monday.")
