"""A disaster's toll of structures in Portuguese, Spanish and Italian ("10 mil estruturas", "12.000 estructuras")
is a count of buildings, and the teller in German "nach Angaben der Behörden" (according to the authorities) is
not whose figure it is (issue 11: "Behörden's people: 180,000" was a claim's title). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("O tornado destruiu mais de 4 mil estruturas na região.", "pt"),
    ("El tornado destruyó 4.000 estructuras en la región.", "es"),
    ("Il tornado ha distrutto 4.000 strutture nella regione.", "it"),
])
def test_structures_in_other_languages_are_buildings(text, language):
    (found,) = [f for f in read(text, "2026-02-03", language) if f.low == 4000]
    assert found.measure == "buildings"


@pytest.mark.parametrize("text", [
    "Nach Angaben der Behörden mussten 9.000 Menschen ihre Häuser verlassen.",
    "Nach Angaben des Innenministeriums starben 9.000 Menschen.",
])
def test_the_teller_after_nach_angaben_is_nobodys_subject(text):
    (found,) = [f for f in read(text, "2026-02-03", "de") if f.low == 9000]
    assert found.subject is None
