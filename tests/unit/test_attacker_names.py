"""A people's name right before a noun of attack ("the Iranian strikes", "Russian missiles") names who struck, not
whose dead (compare/agent_names.py; issue 11: one side's 28 dead, "the Iranian strikes killed 28 people", sat in the
other side's toll). The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import read


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in read(text) if f.kind == "count" and (f.measure or "").endswith("dead")]


def test_the_attacking_side_is_no_subject_of_the_dead():
    assert _subjects("Officials said the Ruritanian strikes killed 17 people overnight.") == [None]
    assert _subjects("Ruritanian missiles killed 17 people in Vakaria on Sunday.") == ["Vakaria"]
    assert _subjects("Russian drone attacks killed 17 people overnight.") == [None]


def test_a_name_of_the_dead_stays_their_subject():
    assert _subjects("The ministry said 17 Ruritanian soldiers were killed.") == ["Ruritanian"]
    assert _subjects("Ruritania's health ministry reported 17 deaths.") == ["Ruritania"]

