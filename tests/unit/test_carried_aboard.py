"""Issue 11 (tests/gold_new69, a shipwreck): the people a craft carried, told with the verb of carrying in French,
Spanish, Italian and Portuguese as in English ("the boat was carrying 180 migrants"), are the people aboard:
compare/count_scopes.py. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Selon la préfecture, le chalutier transportait environ 90 migrants.", "90 migrants"),
    ("La patera transportaba a 90 migrantes cuando volcó.", "90 migrantes"),
    ("Il gommone trasportava almeno 90 migranti.", "90 migranti"),
    ("O barco transportava 90 migrantes quando virou.", "90 migrantes"),
])
def test_the_people_a_boat_carried_are_aboard(text, needle):
    assert measure_of(text, needle) == "people aboard"


def test_the_english_verb_still_reads_them_aboard():
    assert measure_of("The dinghy was carrying 90 migrants.", "90 migrants") == "people aboard"
