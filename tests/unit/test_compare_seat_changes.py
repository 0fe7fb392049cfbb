"""A party's members it has or wins are its seats ("o Chega elegeu 60 deputados"); its loss or gain of seats or
votes is a change, not its tally, in the languages of the news ("pierde 400.000 votos y 20 asientos", "ha perso 20
seggi"): beside "the Socialists won 58 seats" it is no disagreement (the Portuguese election of 2025,
tests/gold_new26, flagged one)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.count_changes import is_count_change
from tests.compare_helpers import compared, one_holding, read


@pytest.mark.parametrize(("text", "count", "change"), [
    ("El PS pierde 400.000 votos y 20 asientos.", "400.000 votos", True),
    ("El PS pierde 400.000 votos y 20 asientos.", "20 asientos", True),
    ("Los socialistas perdieron 20 escaños.", "20 escaños", True),
    ("Il Pd ha perso 20 seggi.", "20 seggi", True),
    ("O PS perderam 20 deputados.", "20 deputados", True),
    ("The Tories shed 250 seats.", "250 seats", True),
    ("Los socialistas perdieron la mayoría con 58 escaños.", "58 escaños", False),
    ("Chega made gains again and secured 58 seats in parliament.", "58 seats", False),
    ("Labour won 411 seats.", "411 seats", False),
])
def test_a_verb_of_losing_before_a_count_or_its_list_makes_it_a_change(text, count, change):
    lo = text.index(count)
    assert is_count_change(text, lo, lo + len(count), "seats") is change


def test_a_loss_of_seats_does_not_contradict_the_tally():
    claims = compared("The Socialists won 58 seats in Sunday's election, their worst result in decades.",
                      "Los socialistas pierden 400.000 votos y 20 escaños en las elecciones del domingo.",
                      "The Socialists won 58 seats in Sunday's vote and lost 20 seats.")
    assert one_holding(claims, "won 58 seats in Sunday's election", "won 58 seats in Sunday's vote").verdict == "agree"
    assert all(c.verdict != "disagree" for c in claims if any("20 escaños" in s.text for s in c.statements))


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("O Chega elegeu 60 deputados.", "pt", "Chega"),
    ("El PP obtuvo 137 diputados.", "es", "PP"),
    ("Le RN termine avec 125 députés.", "fr", "RN"),
    ("Die Union kommt mit 208 Abgeordneten in den Bundestag.", "de", "Union"),
    ("Chega terá pelo menos 58 deputados.", "pt", "Chega"),
])
def test_members_a_party_has_or_wins_are_its_seats_in_every_language(text, language, subject):
    assert [(f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"] == [("seats", subject)]


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("O PS obtém 58 deputados e 23,38% dos votos.", "pt", "PS"),
    ("Con el 23,4%, el PS retiene 58 diputados, según los resultados.", "es", "PS"),
    ("The Socialists ended up with just 58 lawmakers in the parliament.", "en", "Socialists"),
    ("A Iniciativa Liberal tem agora nove mandatos.", "pt", "Iniciativa Liberal"),
    ("Der Block sicherte sich 20 Mandate.", "de", None),
    ("A AD venceu as eleições legislativas de 18 de maio, com 91 deputados.", "pt", "AD"),
    ("L'AD a obtenu au moins 89 mandats.", "fr", "AD"),
])
def test_members_counted_with_no_verb_of_their_own_and_mandates_are_seats(text, language, subject):
    seats = [(f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"]
    assert seats[0][0] == "seats"
    if subject:
        assert seats[0][1] == subject


@pytest.mark.parametrize(("text", "language"), [
    ("Some 40 MPs signed a letter to the prime minister.", "en"),
    ("Cuarenta diputados firmaron la carta.", "es"),
])
def test_members_who_act_are_no_seats(text, language):
    assert all(f.measure != "seats" for f in read(text, language=language) if f.kind == "count")
