"""Issue 11: the seats of the constituencies abroad are a measure of their own ("abroad seats"), never a party's
seats. Found on a real election: "os quatro deputados dos círculos da emigração", "los cuatro diputados que se dirimen
en el voto de la emigración", "les quatre mandats des circonscriptions d'émigration" and "i collegi all'estero che
eleggono quattro deputati" were read as seats or members of no party, weighed against the parties' seats (invented
sentences; each test fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


@pytest.mark.parametrize(("text", "language"), [
    ("A votação decide ainda os três deputados dos círculos da emigração.", "pt"),
    ("Faltan los tres diputados que elige el voto de la emigración.", "es"),
    ("Les trois mandats des circonscriptions d'émigration restent à attribuer.", "fr"),
    ("Restano i collegi all’estero che eleggono tre deputati.", "it"),
    ("The three seats elected by voters overseas are still open.", "en"),
])
def test_seats_of_the_constituencies_abroad_are_their_own_measure(text, language):
    assert [(f.low, f.measure) for f in read(text, language=language) if f.kind == "count"] == [(3.0, "abroad seats")]


@pytest.mark.parametrize(("text", "language"), [
    # (the count's clause ends at the comma: the emigrants' votes are left out of it)
    ("O Partido Azul tem 70 deputados, ainda sem os votos dos círculos da emigração.", "pt"),
    ("El Partido Azul logra 70 diputados sin el voto de la emigración.", "es"),
])
def test_seats_counted_without_the_votes_abroad_are_no_seats_abroad(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] != ["abroad seats"]


def test_the_seats_abroad_agree_across_languages_apart_from_a_partys_seats():
    claims = compared(
        "Os votos decidem ainda os três deputados dos círculos da emigração. O Partido Azul elegeu 70 deputados.",
        "Faltan los tres diputados que elige el voto de la emigración. El Partido Azul obtuvo 70 diputados.",
        "Les trois mandats des circonscriptions d'émigration restent à attribuer. Le Parti bleu a obtenu 70 députés.",
    )
    abroad = one_holding(claims, "três deputados", "tres diputados", "trois mandats")
    assert abroad.verdict == "agree"
    assert not any("70" in s.text for s in abroad.statements)


def test_seats_abroad_after_a_named_party_are_still_no_partys():
    # (the seat finder gave the seats still to be elected abroad to the party named before them)
    text = ("O Partido Azul e o Movimento Verde empataram, ficando pendente a eleição dos três mandatos dos círculos "
            "da emigração.")
    assert [(f.measure, f.subject) for f in read(text, language="pt") if f.kind == "count"] == [("abroad seats", None)]
