"""Issue 11: a life word after a preposition of state is "alive" ("rescatados con vida", "resgatados com vida"), not a
life lost ("perdieron la vida"): the people brought out alive are never counted among the dead. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Hasta ahora, los bomberos han rescatado con vida 37 personas del derrumbe.", "37 personas"),
    ("Los equipos rescataron con vida a 12 personas.", "12 personas"),
    ("Foram resgatadas com vida 12 pessoas.", "12 pessoas"),
])
def test_people_brought_out_alive_are_rescued_not_dead(text, needle):
    assert measure_of(text, needle) == "rescued"


@pytest.mark.parametrize(("text", "needle"), [
    ("Les secours ont sorti en vie 12 personnes.", "12 personnes"),
    ("Sono state estratte in vita 12 persone.", "12 persone"),
])
def test_people_found_alive_are_never_the_dead(text, needle):
    assert measure_of(text, needle) != "dead"


@pytest.mark.parametrize(("text", "needle"), [
    ("Al menos 41 personas perdieron la vida en el derrumbe.", "41 personas"),
    ("Au moins 41 personnes ont perdu la vie dans l'incendie.", "41 personnes"),
])
def test_a_life_lost_is_still_the_dead(text, needle):
    assert measure_of(text, needle) == "dead"

