"""Issue 11: a count whose clause opens on where those counted were aboard ("An Bord des Kutters waren 600 Menschen",
"sulla nave c'erano 600 migranti", "en el barco viajaban 600 personas") counts the people aboard, as "600 people on
board" does; migrants or refugees aboard a craft are its people aboard. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("An Bord des gekenterten Kutters waren nach Angaben der Polizei rund 600 Menschen.", "600 Menschen"),
    ("Secondo la polizia sulla nave c'erano fino a 600 migranti.", "600 migranti"),
    ("Según la prensa, en el barco viajaban al menos 600 personas.", "600 personas"),
    ("Um barco com cerca de 600 migrantes a bordo afundou.", "600 migrantes"),
    ("The dinghy had 60 refugees on board when it sank.", "60 refugees"),
])
def test_a_count_of_those_aboard_is_the_people_aboard(text, needle):
    assert measure_of(text, needle) == "people aboard"


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("The ferry sank and 12 people died.", "12 people", "dead"),
    ("Secondo la polizia 600 migranti sono arrivati a Lampedusa.", "600 migranti", "migrant"),
])
def test_a_count_with_no_place_aboard_keeps_its_measure(text, needle, measure):
    assert measure_of(text, needle) == measure
