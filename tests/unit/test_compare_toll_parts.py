"""Issue 11: the groups a toll is broken into right after it ("27 people were killed, including 19 civilians and 8
soldiers", "27 mortes, 19 civis e oito soldados", "27 Tote, darunter 19 Zivilisten") are parts of the toll, never
the toll: read as the dead, 14 civilians agreed with another outlet's 14 dead and hid a 13-against-14 disagreement
on the civilians. A toll's teller (a ministry) is not its subject; a toll whose places follow in brackets is the
sum of those places. Invented sentences; each test fails on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.titles import label
from tests.compare_helpers import compared, one_holding, read


def measures(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.text: (f.measure, f.subject) for f in read(text) if f.kind == "count"}


@pytest.mark.parametrize(("text", "civilians", "soldiers"), [
    ("The storm has killed 27 people, including 19 civilians and 8 soldiers.", "19 civilians", "8 soldiers"),
    ("The army said 27 people were killed, including 19 civilians and 1 soldier.", "19 civilians", "1 soldier"),
    ("The ministry confirmed 27 deaths — 19 civilians and eight soldiers — on Monday.", "19 civilians",
     "eight soldiers"),
    ("O governo relatou 27 mortes, 19 civis e oito soldados.", "19 civis", "oito soldados"),
    ("El ejército informó de 27 muertos, entre ellos 19 civiles y 8 soldados.", "19 civiles", "8 soldados"),
])
def test_groups_listed_after_a_toll_are_its_parts(text, civilians, soldiers):
    read_as = measures(text)
    assert read_as[civilians][0] == "part civilians dead"
    assert read_as[soldiers][0] == "part soldiers dead"


def test_a_part_of_the_injured_is_a_part_of_the_injured():
    read_as = measures("O governo relatou 27 mortes, 19 civis e um soldado, e mais 40 feridos, incluindo 12 militares.")
    assert read_as["19 civis"][0] == "part civilians dead"
    assert read_as["12 militares"][0] == "part soldiers injured"
    assert read_as["40 feridos"][0] == "injured"


def test_german_darunter_names_a_part():
    assert measures("Die Behörden im Norden meldeten 27 Tote, darunter 19 Zivilisten.")["19 Zivilisten"][0] \
        == "part civilians dead"


def test_tolls_by_place_in_brackets_keep_their_places_and_parts():
    read_as = measures("Il bilancio è di 40 morti (27 in Laos, tra cui 6 soldati, e 13 in Birmania, tra cui 2 soldati).")
    assert read_as["40 morti"] == ("dead", None)  # (the sum of both places, neither's alone)
    assert read_as["27"] == ("dead", "Laos")
    assert read_as["6 soldati"] == ("part soldiers dead", "Laos")
    assert read_as["13"] == ("dead", "Birmania")
    assert read_as["2 soldati"] == ("part soldiers dead", "Birmania")


def test_a_group_with_a_predicate_of_its_own_is_no_part():
    read_as = measures("The fire killed 15, 20 women and 3 children were injured.")
    assert read_as["20 women"][0] != "part women dead"


@pytest.mark.parametrize(("text", "needle"), [
    ("Laos’s Ministry of Public Health confirmed 14 deaths on Friday.", "14 deaths"),
    ("Das Gesundheitsministerium meldete 27 Tote.", "27 Tote"),
])
def test_a_ministry_that_counts_a_toll_is_not_its_subject(text, needle):
    assert measures(text)[needle] == ("dead", None)


def test_the_part_is_titled_as_a_part():
    assert label("part civilians dead", None) == "Civilians among the dead"


def test_civilians_among_the_dead_are_weighed_against_civilians_not_the_toll():
    claims = compared("Officials said 20 people were killed in the floods, including 14 civilians and 6 soldiers.",
                      "The army said 21 people were killed in the floods, including 13 civilians and 8 soldiers.",
                      "The ministry confirmed 14 deaths in the floods on Friday.")
    civilians = one_holding(claims, "including 14 civilians")
    assert civilians.measure == "part civilians dead"
    assert civilians.verdict == "disagree"  # (14 civilians against 13)
    assert not any("14 deaths" in s.text for s in civilians.statements)
