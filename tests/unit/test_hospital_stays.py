"""People in hospital now, told past a relative clause of their injury ("40 personas que resultaron heridas se
encuentran hospitalizadas", "40 people who were injured remain in hospital": compare/count_states.py), with a
Romance verb of remaining ("permanecen hospitalizadas"), or with a German verb of lying, after the count or before it
("40 Verletzte liegen noch im Krankenhaus", "liegen weiter 80 Opfer des Anschlags in Kliniken":
compare/hospital_stays.py). Issue 11: on tests/gold_new60, a study set, "80 personas que resultaron heridas se
encuentran hospitalizadas" was read as the injured and "liegen weiter 80 Opfer ... in Kliniken" as the dead. The
sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Unas 35 personas que resultaron heridas se encuentran hospitalizadas.", "es"),
    ("Unas 35 personas permanecen hospitalizadas, según el ministerio.", "es"),
    ("Some 35 people who were injured remain in hospital.", "en"),
    ("35 personnes qui ont été blessées sont toujours hospitalisées.", "fr"),
    ("35 Verletzte liegen noch im Krankenhaus.", "de"),
    ("Nach Angaben der Stadt liegen weiter 35 Opfer des Brandes in Kliniken.", "de"),
    ("Derzeit liegen noch 35 Verletzte in umliegenden Krankenhäusern.", "de"),
])
def test_people_in_hospital_now_are_the_hospitalised(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == ["hospitalised"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("Nach Angaben der Stadt starben 35 Opfer des Brandes.", "de", "dead"),
    ("Some 35 people who were injured have been discharged.", "en", "discharged injured"),
    ("In der Stadt liegen 35 Dörfer am Fluss.", "de", "village"),
])
def test_other_counts_keep_their_measures(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == [measure]
