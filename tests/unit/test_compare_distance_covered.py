"""Issue 11: a length in metres after a preposition of extent or a verb of going ("sur 400 mètres", "drove about 300
metres", "ha percorso circa 250 metri") is how far something went, not a height: it was read as a height and joined
nothing that says the same in other words, and a distance between two places is never weighed against it. Every
sentence is made up for the test (fails on the code before)."""

from __future__ import annotations

from briefing_tui.compare.physical_measures import physical_measure
from tests.compare_helpers import read


def _lengths(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text) if f.unit == "m"]


def test_a_length_after_a_preposition_of_extent_is_a_distance_covered():
    assert _lengths("La camionnette a roulé sur 350 mètres dans la rue piétonne.") == [("350 mètres", "distance covered")]
    assert _lengths('Il a zigzagué entre les stands "sur plus de 300 mètres", selon les pompiers.') == [
        ("plus de 300 mètres", "distance covered")]
    assert _lengths("El tractor avanzó por 120 metros antes de volcar.") == [("120 metros", "distance covered")]


def test_a_length_after_a_verb_of_going_is_a_distance_covered():
    assert _lengths("The van drove about 300 metres along the quay before it stopped.") == [
        ("about 300 metres", "distance covered")]
    assert _lengths("Il furgone ha percorso circa 250 metri tra la folla.") == [("circa 250 metri", "distance covered")]


def test_a_height_stays_a_height():
    assert physical_measure("The new tower stands ", "height", " tall") == "height"
    assert _lengths("Waves of more than 4 metres hit the harbour.") == [("more than 4 metres", "height")]
    assert _lengths("La tour de la mairie mesure 62 mètres.") == [("62 mètres", "height")]
