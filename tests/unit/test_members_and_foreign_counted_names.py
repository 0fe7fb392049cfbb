"""Issue 11 (measure24, b2: one measure named two ways): a crew counted by its members in any language ("12 membres
d'équipage", "12 miembros de la tripulación", "12 membri dell'equipaggio", "12 membros da tripulação") is the crew's
count, as "12 crew members" is; members of a collective that is not counted by them ("five members of the
delegation", "six members of the House") are not. And cameras, bishops and waves of an attack counted in other
languages ("2 500 caméras", "750 Bischöfe", "22 ondas de ataques") are one measure with the English count.
Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def counts(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le ferry transportait 80 passagers et 9 membres d'équipage.", "fr", [("80 passagers", "people aboard"),
                                                                         ("9 membres d'équipage", "crew")]),
    ("Il y avait 9 membres de l'équipage à bord.", "fr", [("9 membres de l'équipage", "crew")]),
    ("El ferry llevaba 9 miembros de la tripulación.", "es", [("9 miembros de la tripulación", "crew")]),
    ("Il traghetto aveva 9 membri dell'equipaggio.", "it", [("9 membri dell'equipaggio", "crew")]),
    ("O navio levava 9 membros da tripulação.", "pt", [("9 membros da tripulação", "crew")]),
])
def test_a_crew_counted_by_its_members_is_the_crew(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("Five members of the delegation left early.", "en", "member"),
    ("Cinq membres de la délégation sont partis.", "fr", "membre"),
])
def test_members_of_another_collective_keep_their_own_measure(text, language, measure):
    assert [m for _, m in counts(text, language)] == [measure]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The city installed 4,000 cameras along the route.", "en", "camera"),
    ("La ville a installé 4 000 caméras le long du parcours.", "fr", "camera"),
    ("La ciudad instaló 4.000 cámaras a lo largo del recorrido.", "es", "camera"),
    ("Die Stadt hat 4.000 Kameras aufgestellt.", "de", "camera"),
    ("Sono state installate 4.000 telecamere lungo il percorso.", "it", "camera"),
    ("Some 310 bishops attended the synod.", "en", "bishop"),
    ("Zur Synode kamen 310 Bischöfe.", "de", "bishop"),
    ("Al sínodo acudieron 310 obispos.", "es", "bishop"),
    ("Au synode, 310 évêques étaient présents.", "fr", "bishop"),
    ("The rebels launched 14 waves of drones.", "en", "wave"),
    ("Os rebeldes lançaram 14 ondas de drones.", "pt", "wave"),
    ("Los rebeldes lanzaron 14 oleadas de drones.", "es", "wave"),
    ("Die Rebellen schickten 14 Wellen von Drohnen.", "de", "wave"),
])
def test_things_counted_in_other_languages_take_the_english_name(text, language, measure):
    assert [m for _, m in counts(text, language)] == [measure]


def test_the_crews_of_two_outlets_make_one_claim():
    claims = compared("The ferry Sea Lark sank off Crete with 80 passengers and 9 crew members aboard.",
                      "Le ferry Sea Lark a coulé au large de la Crète avec 80 passagers et 9 membres d'équipage.")
    assert len(holding(claims, "9 crew members", "9 membres d'équipage")) == 1
