"""Issue 11: a count of survivors whose predicate says they were hospitalised or injured counts the hospitalised
(or injured) among them, not the survivors: "31 survivors were hospitalised" is no survivors' toll beside "140
survivors". Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("31 survivors were hospitalised with burns.", "31 survivors", "hospitalised"),
    ("Trinta e um sobreviventes foram hospitalizados com queimaduras.", "Trinta e um sobreviventes", "hospitalised"),
    ("Trinta e um sobreviventes, com idades entre os 18 e os 60 anos, foram hospitalizados.",
     "Trinta e um sobreviventes", "hospitalised"),
    ("Nine survivors were injured in the blast.", "Nine survivors", "injured"),
])
def test_survivors_hospitalised_are_the_hospitalised(text, needle, measure):
    assert measure_of(text, needle) == measure


@pytest.mark.parametrize(("text", "needle"), [
    ("140 survivors were brought ashore.", "140 survivors"),
    ("Die 140 Überlebenden wurden in Zelten untergebracht.", "140 Überlebenden"),
])
def test_survivors_with_no_such_fate_stay_survivors(text, needle):
    assert measure_of(text, needle) == "survivors"


def test_a_relative_clause_after_the_survivors_leaves_them_survivors():
    # (the clause tells of the survivor, the count is still of the survivors)
    assert measure_of("The blast left just one survivor, a young engineer, who is hospitalised.",
                      "one survivor") == "survivors"
