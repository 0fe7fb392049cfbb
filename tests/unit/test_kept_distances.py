"""A "less than" after a negated or banned verb of approaching is a distance to keep, at least that far (issue 11: "no
se acercara a menos de 6 kilómetros" set against the other outlets' "at least 6 km" as a disagreement)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.low, f.qualifier) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_a_negated_spanish_approach_keeps_at_least_the_distance():
    assert read("Pidieron a los vecinos que no se acerquen a menos de 4 kilómetros del cráter.") == [(4.0, "at_least")]


def test_a_french_and_an_italian_ban_keep_at_least_the_distance():
    assert read("Il lui est interdit de s'approcher à moins de 300 mètres de son ancienne compagne.") == [
        (300.0, "at_least")]
    assert read("Il giudice ha disposto il divieto di avvicinarsi a meno di 500 metri dalla casa.") == [
        (500.0, "at_least")]


def test_a_portuguese_negation_keeps_at_least_the_distance():
    assert read("A polícia pediu que ninguém se aproxime, e que não se aproximem a menos de 2 km da encosta.") == [
        (2.0, "at_least")]


def test_an_approach_not_negated_stays_less_than():
    assert read("El dron se acercó a menos de 90 metros del avión.") == [(90.0, "less_than")]
    assert read("Les flammes se sont approchées à moins de 800 mètres des maisons.") == [(800.0, "less_than")]
