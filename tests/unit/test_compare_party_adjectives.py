"""Issue 11: party names written with a lower-case adjective ("le Parti socialiste", "il Partito democratico", "le
Rassemblement national") are whole subjects. Found on a real election, where "il Partito socialista al 23,4%" was
the share of "Partito": two parties of one noun were one subject (invented sentences; each test fails on the code
before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language", "share", "party"), [
    ("Le Parti communiste obtient 4,1 % des voix.", "fr", "4,1 %", "Parti communiste"),
    ("Il Partito democratico è al 21,3%.", "it", "21,3%", "Partito democratico"),
    ("O Partido social-democrata teve 28,4%.", "pt", "28,4%", "Partido social-democrata"),
    ("Le Rassemblement national recueille 31,2 % des voix.", "fr", "31,2 %", "Rassemblement national"),
])
def test_a_partys_lower_case_adjective_is_part_of_its_name(text, language, share, party):
    assert {f.text: f.subject for f in read(text, language=language)}[share] == party


def test_a_verb_after_the_party_noun_is_no_part_of_its_name():
    assert {f.text: f.subject for f in read("Le Parti Azur obtient 4,1 % des voix.", language="fr")}["4,1 %"] == \
        "Parti Azur"


def test_two_parties_of_one_noun_are_not_weighed_against_each_other():
    claims = compared("Le Parti socialiste obtient 12,3 % des voix, le score le plus bas de son histoire.",
                      "Le Parti communiste obtient 3,1 % des voix, le score le plus bas de son histoire.")
    assert not [c for c in claims if c.verdict == "disagree"]
