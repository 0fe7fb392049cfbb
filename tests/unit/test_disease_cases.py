"""Issue 11: an outbreak's cases are one measure in every language ("cases", "casos", "casi", "cas", "Fälle",
"Verdachtsfälle", "gevallen", "kasus", "infections"), so that a Spanish or Italian count of cases meets the English
one instead of standing apart under its own noun (data/measure_words.yaml, compare/measure_names.py). Invented
sentences; each fails on int29 (3fb77c05), where each language's noun was its own measure."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle"), [
    ("Health officials reported 3,200 cases of cholera in the province this year.", "3,200"),
    ("There were 870 new infections in the district last week.", "870"),
    ("Las autoridades sanitarias registraron 3.200 casos de cólera en la provincia.", "3.200"),
    ("O ministério registrou 4.100 casos de dengue no estado.", "4.100"),
    ("Il ministero ha segnalato 2.500 casi di morbillo nella regione.", "2.500"),
    ("Le ministère a recensé 1.800 cas de rougeole dans la région.", "1.800"),
    # the adjective after the noun ("cas confirmés") is no measure of its own
    ("Les autorités ont signalé plus de 5.600 cas confirmés.", "5.600"),
    ("Das Ministerium meldete 3.200 Verdachtsfälle in der Provinz.", "3.200"),
    # a German compound headed by "Fälle" ("Cholera-Fälle")
    ("Das Ministerium meldete 950 Cholera-Fälle im Norden.", "950"),
    ("Het ministerie telde 640 gevallen van mazelen.", "640"),
])
def test_cases_of_a_disease_are_one_measure(text, needle):
    assert measure_of(text, needle) == "cases"


def test_cases_are_not_the_dead():
    """One sentence with cases and deaths keeps each count's own measure."""
    figures = {f.text: f.measure for f in read("El brote deja 12.400 casos y 310 muertes en el país.")}
    assert figures == {"12.400 casos": "cases", "310 muertes": "dead"}


@pytest.mark.parametrize(("text", "needle"), [
    ("Nearly 410 cholera cases were recorded in the camps.", "410"),
    ("Inspectors found 75 dengue infections near the port.", "75"),
])
def test_a_word_before_cases_does_not_narrow_the_measure(text, needle):
    """The disease named between the count and "cases" is every outlet's of one outbreak: the count stays "cases",
    as the Spanish "casos de cólera" and the English "cases of cholera" do."""
    assert measure_of(text, needle) == "cases"


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("Two probable cases were reported across the border.", "Two", "probable cases"),
    ("The ministry now counts 520 confirmed cases across the region.", "520", "confirmed cases"),
    ("Officials listed 48 suspected cases in the capital.", "48", "suspected cases"),
])
def test_a_case_status_narrows_the_measure(text, needle, measure):
    """A case's status is a narrower measure: probable or suspected cases are not the confirmed ones."""
    assert measure_of(text, needle) == measure
