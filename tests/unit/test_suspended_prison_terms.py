"""A whole prison term suspended is one measure in every language: "a three-year suspended prison sentence" and
"trois ans de prison avec sursis", "drei Jahre Haft auf Bewährung", "tre anni di carcere con la condizionale", "tres
años de prisión con suspensión de la pena" are all the suspended sentence (compare/period_measures.py), so their
counts meet; a term of which a part is suspended keeps the term and its suspended part apart. Issue 11: on
tests/gold_new59, a study set, one suspended three-year term split into "suspended sentence" (en, it) and "prison
sentence" (fr, es). The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _periods(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "term"), [
    ("The tailor was handed a two-year suspended prison sentence.", "en", "two-year"),
    ("Le tailleur a été condamné à deux ans de prison avec sursis.", "fr", "deux ans"),
    ("Der Schneider wurde zu zwei Jahren Haft auf Bewährung verurteilt.", "de", "zwei Jahren"),
    ("Il sarto è stato condannato a due anni di carcere con la condizionale.", "it", "due anni"),
    ("El sastre fue condenado a dos años de prisión con suspensión de la pena.", "es", "dos años"),
    ("O alfaiate foi condenado a dois anos de prisão com pena suspensa.", "pt", "dois anos"),
    ("El sastre aceptó una condena en suspenso de dos años de cárcel.", "es", "dos años"),
])
def test_a_wholly_suspended_term_is_the_suspended_sentence_in_any_language(text, language, term):
    assert _periods(text, language) == [(term, "suspended sentence")]


def test_a_term_with_a_suspended_part_keeps_the_term_a_prison_sentence():
    assert _periods("Le tailleur a été condamné à quatre ans de prison dont deux avec sursis.", "fr") == [
        ("quatre ans", "prison sentence"), ("deux", "suspended sentence")]
    assert _periods("El sastre fue condenado a cuatro años de prisión.", "es") == [("cuatro años", "prison sentence")]


@pytest.mark.parametrize(("text", "language", "term"), [
    ("El sastre aceptó una pena de dos años de cárcel que no cumplirá.", "es", "dos años"),
    ("The tailor got two years in prison, which he will not have to serve.", "en", "two years"),
    ("Le tailleur a écopé de deux ans de prison qu'il n'effectuera pas.", "fr", "deux ans"),
    ("Il sarto ha accettato due anni di carcere che non sconterà.", "it", "due anni"),
])
def test_a_term_the_convict_will_not_serve_is_the_suspended_sentence(text, language, term):
    assert _periods(text, language) == [(term, "suspended sentence")]


def test_a_term_to_be_served_stays_a_prison_sentence():
    assert _periods("El sastre fue condenado a dos años de cárcel que cumplirá en Valdemoro.", "es") == [
        ("dos años", "prison sentence")]
