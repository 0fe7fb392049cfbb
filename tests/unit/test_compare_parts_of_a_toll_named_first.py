"""Parts of a toll named before them in their sentence (issue 11): "N of them" after a toll ("415 people died, 380 of
them farm workers"), "of the N dead, M ..." ("de los 412 fallecidos, 260 eran ..."), are some of the dead, not
another toll to weigh against the whole; and "N of the dead were from <country>" is the toll of that country's people
(subject its nationality), not an unnamed part. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("The storm killed 415 people, 380 of them were farm workers.", "en"),
    ("Der Sturm tötete 415 Menschen, 380 von ihnen waren Landarbeiter.", "de"),
    ("La tormenta mató a 415 personas, 380 de ellos eran jornaleros.", "es"),
    ("La police a indiqué que parmi les 415 morts, 380 étaient des ouvriers agricoles.", "fr"),
    ("La policía dijo que de los 415 fallecidos, 380 eran jornaleros.", "es"),
])
def test_a_count_after_a_toll_it_is_some_of_is_a_part(text, language):
    figures = {f.low: f for f in read(text, "2025-03-04", language)}
    assert figures[415].measure == "dead"
    assert figures[380].measure == "part dead"


def test_a_count_of_another_measure_after_a_toll_is_not_its_part():
    # (the injured who later died are dead, not some of the injured)
    figures = {f.low: f for f in read("The 200 injured were taken to hospitals; 12 of them died.", "2025-03-04", "en")}
    assert figures[12].measure == "dead"


@pytest.mark.parametrize(("text", "language", "people"), [
    ("Officials said 47 of the dead were from Spain.", "en", "Spanish"),
    ("Nach Angaben der Behörden kamen 47 der Toten aus Spanien.", "de", "Spanish"),
    ("Selon l'agence, 47 des morts venaient d'Espagne.", "fr", "Spanish"),
])
def test_some_of_the_dead_from_a_country_are_that_peoples_toll(text, language, people):
    (forty_seven,) = [f for f in read(text, "2025-03-04", language) if f.low == 47]
    assert (forty_seven.measure, forty_seven.subject) == ("dead", people)


def test_some_of_the_dead_from_no_known_place_stay_a_part():
    (two,) = [f for f in read("Two of the dead were from the same village.", "2025-03-04", "en") if f.low == 2]
    assert two.measure == "part dead"
