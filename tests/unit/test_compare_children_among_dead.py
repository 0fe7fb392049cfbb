"""Issue 11: the children (women, men) listed among the dead ("Among the dead were 12 children", "Tra i morti ci
sono anche dodici bambini", "Unter den 40 Toten sind 12 Kinder") are that group of the dead, never the toll: read as
the toll, they were a false disagreement with it. Invented sentences; each fails on int14 (44850bfd)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, read


@pytest.mark.parametrize(("text", "needle"), [
    ("Among the dead were 12 children.", "12 children"),
    ("Among the 40 dead were 12 children.", "12 children"),
    ("Entre los muertos hay 12 niños.", "12 niños"),
    ("Tra i morti ci sono anche dodici bambini.", "dodici bambini"),
    ("Unter den 40 Toten sind 12 Kinder.", "12 Kinder"),
    ("Parmi les victimes figurent 12 enfants.", "12 enfants"),
])
def test_children_among_the_dead_are_children_dead(text, needle):
    assert [f.measure for f in read(text) if f.text == needle] == ["children dead"]


def test_the_toll_beside_them_stays_the_toll():
    assert [f.measure for f in read("Unter den 40 Toten sind 12 Kinder.") if f.text == "40 Toten"] == ["dead"]


def test_the_children_among_the_dead_are_no_second_toll():
    claims = compare([article("o1", "2024-03-08", "The fire killed 40 people in the old town."),
                      article("o2", "2024-03-08", "Among the dead were 20 children, officials said. The fire killed "
                                                  "40 people in the old town."),
                      article("o3", "2024-03-08", "Tra i morti ci sono anche venti bambini. L'incendio ha ucciso 40 "
                                                  "persone nel centro storico.")])
    assert not [c for c in claims if c.verdict == "disagree"], [(c.topic, c.verdict) for c in claims]
