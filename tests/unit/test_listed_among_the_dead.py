"""Issue 11: the groups listed among the dead ("Among the dead were 12 women and 20 children", "Entre los fallecidos
se encuentran 132 mujeres y 38 niños") are each a part of the dead, the list's later parts too, and the dead may be
named by their decease ("fallecidos", "falecidos", "deceduti", "Todesopfern", "deceased"). Before, a later part
was read as people of no fate (compare/listed_before.py) and "entre los fallecidos" opened no list
(compare/count_states.py ``_AMONG_THE_DEAD``). Invented sentences; the readings fail on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


@pytest.mark.parametrize(("text", "measures"), [
    ("Among the dead were 12 women and 20 children.", ["women dead", "children dead"]),
    ("Unter den Toten sind 12 Frauen und 20 Kinder.", ["women dead", "children dead"]),
    ("Tra le vittime ci sono 12 donne e 20 bambini.", ["women dead", "children dead"]),
    ("Parmi les morts figurent 12 femmes, 9 hommes et 20 enfants.", ["women dead", "men dead", "children dead"]),
    ("Entre los fallecidos se encuentran 132 mujeres y 38 niños.", ["women dead", "children dead"]),
    ("Entre os falecidos estão 12 crianças.", ["children dead"]),
    ("Tra i deceduti ci sono 12 bambini.", ["children dead"]),
    ("Among the deceased were 12 children.", ["children dead"]),
])
def test_groups_listed_among_the_dead_are_parts_of_the_dead(text, measures):
    assert [f.measure for f in read(text)] == measures


@pytest.mark.parametrize(("text", "measures"), [
    # a later part with a fate of its own keeps it
    ("Among the dead were 12 women, and 20 children were injured.", ["women dead", "injured"]),
    ("Among the dead were 40 people and 20 children were rescued.", ["dead", "rescued"]),
    # a count in the next sentence is no part of the list
    ("Among the dead were 12 women. Police arrested 20 children.", ["women dead", "arrested"]),
])
def test_a_count_with_its_own_fate_is_no_part_of_the_list(text, measures):
    assert [f.measure for f in read(text)] == measures


def test_children_among_the_dead_join_across_outlets():
    claims = compare([
        article("a", "2026-01-20", "The fire killed 70 people. Among the dead were 11 women and 24 children."),
        article("b", "2026-01-20", "Entre los fallecidos se encuentran 11 mujeres y 24 niños."),
        article("c", "2026-01-20", "Unter den Toten sind 24 Kinder."),
    ])
    found = holding(claims, "24 children", "24 niños", "24 Kinder")
    assert len(found) == 1 and found[0].measure == "children dead" and found[0].verdict == "agree"
