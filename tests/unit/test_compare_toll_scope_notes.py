"""Issue 11, a note that the toll just given is one place's only ("These figures pertain solely to the Tarvela
region") makes the counts of the sentence before that place's, not the whole event's. Invented sentences; the
reading tests fail on int15 (aa5abeb2)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.contest_shares import project_shares
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _subjects(body: str) -> list[tuple[str | None, str | None]]:
    units = build_units([article("o1", "2024-07-05", body)], [], [], default_rate_table())
    project_shares(units)
    return [(f.measure, f.subject) for u in units for f in u.figures if f.kind == "count"]


@pytest.mark.parametrize("note", [
    "These figures pertain solely to the Tarvela region, near the epicentre.",
    "These numbers are just for the Tarvela region.",
    "Estas cifras corresponden solo a la región de Tarvela.",
    "Ces chiffres ne concernent que la région de Tarvela.",
    "Diese Zahlen beziehen sich nur auf die Region Tarvela.",
])
def test_a_note_scopes_the_counts_before_it_to_its_place(note):
    assert _subjects(f"The death toll has risen to 412, with 1,290 people injured, officials said. {note}") == [
        ("dead", "Tarvela"), ("injured", "Tarvela")]


def test_without_a_note_or_with_a_note_of_several_places_the_counts_stay_unscoped():
    assert _subjects("The death toll has risen to 412, with 1,290 people injured, officials said. Rescue teams "
                     "are still searching the rubble.") == [("dead", None), ("injured", None)]
    assert _subjects("The death toll has risen to 412, officials said. These figures only cover the cities of "
                     "Tarvela and Ombrin.") == [("dead", None)]
