"""Issue 11 (b2, one measure named two ways): the plain names of the fire brigade's men left out of the
firefighters' measure ("300 sapeurs-pompiers", "150 brandweerlieden", "80 bomberas") were each read as a measure of
their own ("sapeurs-pompier") and split from the other outlets' firefighters (data/measure_words.yaml). Invented
sentences; the readings and the joined claim fail on the code before the change. Every emergency service at once
("Einsatzkräfte") stays its own count: scored as one family with the rescuers, it made a held false disagreement."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def test_the_french_and_dutch_names_of_firemen_are_firefighters():
    assert [f.measure for f in read("Plus de 300 sapeurs-pompiers fouillaient les décombres.")] == ["firefighters"]
    assert [f.measure for f in read("Un sapeur-pompier et 40 sapeurs-pompiers volontaires.")][-1:] == ["firefighters"]
    assert [f.measure for f in read("Ruim 150 brandweerlieden bestreden het vuur.")] == ["firefighters"]
    assert [f.measure for f in read("Unas 80 bomberas forestales combatían las llamas.")] == ["firefighters"]


def test_firemen_named_in_french_join_the_firefighters_of_other_outlets():
    claims = compare([
        article("a", "2026-03-04", "Plus de 350 sapeurs-pompiers luttaient contre l'incendie de la forêt mardi."),
        article("b", "2026-03-04", "More than 300 firefighters battled the forest fire on Tuesday."),
        article("c", "2026-03-04", "Más de 300 bomberos combatían el incendio forestal el martes."),
    ])
    found = holding(claims, "Plus de 350 sapeurs-pompiers", "More than 300 firefighters", "Más de 300 bomberos")
    assert len(found) == 1 and found[0].measure == "firefighters"


def test_every_emergency_service_at_once_stays_its_own_count():
    assert [f.measure for f in read("Mehr als 300 Einsatzkräfte suchten in den Trümmern.")] == ["einsatzkräfte"]
