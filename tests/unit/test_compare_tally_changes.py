"""A party's members it has or wins are its seats ("o Chega elegeu 60 deputados"); its loss or gain of seats or
votes is not its tally: "the Socialists lost 20 seats" beside "the Socialists won 58 seats" is no disagreement (the
Portuguese election of 2025, tests/gold_new26, flagged one)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


@pytest.mark.parametrize(("text", "language", "measures"), [
    ("The Socialists lost 20 seats.", "en", ["lost seats"]),
    ("Labour gained 211 seats.", "en", ["gained seats"]),
    ("Labour won 411 seats.", "en", ["seats"]),
    ("El PS pierde 400.000 votos y 20 asientos.", "es", ["lost votes", "lost seats"]),
    ("Le PS a perdu 20 sièges.", "fr", ["lost seats"]),
    ("Die SPD verlor 20 Sitze.", "de", ["lost seats"]),
    ("Il Pd ha perso 20 seggi.", "it", ["lost seats"]),
    ("Chega won four more seats than in 2024.", "en", ["gained seats"]),
    ("Le RN obtient quatre sièges de plus.", "fr", ["gained seats"]),
    ("The Conservatives won 121 seats, down 251.", "en", ["seats", "lost seats"]),
    ("Los socialistas perdieron la mayoría con 58 escaños.", "es", ["seats"]),
    ("The party could win up to 50 seats.", "en", ["seats"]),
    ("Chega made gains again and secured 58 seats in parliament, four more than in the previous election.", "en",
     ["seats", "gained seats"]),
])
def test_a_count_of_seats_or_votes_after_a_verb_of_losing_or_gaining_is_a_change(text, language, measures):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == measures


def test_a_loss_of_seats_does_not_contradict_the_tally():
    claims = compared("The Socialists won 58 seats in Sunday's election, their worst result in decades.",
                      "Los socialistas perdieron 20 escaños en las elecciones del domingo.",
                      "The Socialists won 58 seats in Sunday's vote and lost 20 seats.")
    assert one_holding(claims, "won 58 seats in Sunday's election", "won 58 seats in Sunday's vote").verdict == "agree"
    assert one_holding(claims, "perdieron 20 escaños", "lost 20 seats").verdict == "agree"


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("O Chega elegeu 60 deputados.", "pt", "Chega"),
    ("El PP obtuvo 137 diputados.", "es", "PP"),
    ("Le RN termine avec 125 députés.", "fr", "RN"),
    ("Die Union kommt mit 208 Abgeordneten in den Bundestag.", "de", "Union"),
    ("Chega terá pelo menos 58 deputados.", "pt", "Chega"),
])
def test_members_a_party_has_or_wins_are_its_seats_in_every_language(text, language, subject):
    assert [(f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"] == [("seats", subject)]
