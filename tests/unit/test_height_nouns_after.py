"""A length followed by another language's noun of height is a height, not a distance (issue 11: "cenizas a más de 21
kilómetros de altura" read as a distance, set beside an exclusion zone of 6 km and against it)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.text, f.measure) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_a_spanish_height_in_kilometres_is_a_height():
    assert read("El penacho de humo alcanzó más de 14 kilómetros de altura sobre el cráter.") == [
        ("más de 14 kilómetros", "height")]


def test_a_french_altitude_in_km_is_a_height():
    assert read("Le nuage de cendres est monté à 9 km d'altitude jeudi matin.") == [("9 km", "height")]
    assert read("Une colonne de fumée de 4 km de haut s'élevait au-dessus du massif.") == [("4 km", "height")]


def test_an_italian_and_a_german_height_in_kilometres_are_heights():
    assert read("Il pennacchio ha raggiunto 7 km di altezza nel pomeriggio.") == [("7 km", "height")]
    assert read("Die Aschesäule stand in 12 Kilometern Höhe über dem Berg.") == [("12 Kilometern", "height")]


def test_a_distance_stays_a_distance():
    assert read("El pueblo está a 14 kilómetros de Oviedo.") == [("14 kilómetros", "distance")]
    assert read("Le refuge se trouve à 9 km du sommet.") == [("9 km", "distance")]
