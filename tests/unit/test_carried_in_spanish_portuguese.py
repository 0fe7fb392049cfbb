"""Issue 11 (b2, one measure named two ways): the plain Spanish and Portuguese verb of carrying tells a craft's load
("el avión llevaba 242 pasajeros", "o barco levava 180 migrantes") as the people aboard, as "carrying",
"transportait", "trasportava" already did (compare/count_scopes.py ``_CARRIED_BEFORE``): before, they were people
of no fate, split from the other outlets' people aboard. Invented sentences; the readings and the joined claim fail
on the code before the change; the guards (a time gone on, the arrested) pass on both."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def test_a_crafts_load_told_with_the_plain_verb_of_carrying_is_the_people_aboard():
    assert [f.measure for f in read("El avión llevaba 242 pasajeros.")] == ["people aboard"]
    assert [f.measure for f in read("O avião levava 242 passageiros.")] == ["people aboard"]
    assert [f.measure for f in read("El autobús, que llevaba a 40 personas, volcó en la curva.")] == ["people aboard"]
    assert [f.measure for f in read("O barco levava cerca de 180 migrantes.")] == ["people aboard"]


def test_the_load_joins_the_people_aboard_of_other_outlets():
    claims = compare([
        article("a", "2026-04-09", "The ferry was carrying 312 people when it capsized off the island."),
        article("b", "2026-04-09", "El ferry llevaba 312 pasajeros cuando volcó frente a la isla."),
        article("c", "2026-04-09", "O ferry levava 320 passageiros quando virou perto da ilha."),
    ])
    found = holding(claims, "carrying 312 people", "llevaba 312 pasajeros", "levava 320 passageiros")
    assert len(found) == 1 and found[0].measure == "people aboard" and found[0].verdict == "disagree"


def test_a_time_gone_on_and_a_fate_of_their_own_are_no_load():
    assert [f.measure for f in read("El incendio llevaba tres días activo.")] == [None]
    assert [f.measure for f in read("La policía llevaba 40 detenidos al cierre de la jornada.")] == ["arrested"]
