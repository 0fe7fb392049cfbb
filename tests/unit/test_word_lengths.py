"""A length written with a number word that is also another word ("sei" a verb, "due" an English word, "dos"
Portuguese "of the", "sept" a month) is read right before a unit of length of its language (issue 11: "mantenere
una distanza di almeno sei chilometri dal vulcano" was no figure beside the other outlets' 6 km)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.text, f.measure, f.low, f.unit, f.qualifier) for f in figures_in_text(text, source, 0)
            if f.kind == "count"]


def test_an_italian_six_before_kilometres_is_a_distance():
    assert read("I turisti devono restare ad almeno sei chilometri dal cratere.") == [
        ("almeno sei chilometri", "distance", 6.0, "km", "at_least")]


def test_an_italian_two_and_eight_before_metres_are_heights():
    assert read("Il fiume è salito di due metri in una notte.")[0][2:4] == (2.0, "m")
    assert read("Un muro alto otto metri separa i due quartieri.") == [("otto metri", "height", 8.0, "m", None)]


def test_a_spanish_two_and_a_french_seven_before_their_units():
    assert read("La colada de lava se detuvo a dos kilómetros de la aldea.") == [
        ("dos kilómetros", "distance", 2.0, "km", None)]
    assert read("Une vague de sept mètres a frappé le port.") == [("sept mètres", "height", 7.0, "m", None)]


def test_the_words_elsewhere_are_no_figure():
    assert read("Tu sei il primo a saperlo.") == []
    assert read("The payment is due before the meeting in sept.") == []
    assert read("Los dos hermanos llegaron al pueblo.") == []
