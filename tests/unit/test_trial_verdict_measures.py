"""Issue 11: measures of a trial's verdict as the world's press writes them. Invented sentences; each test fails on
the code before.

- a length of recorded footage ("20 minutes of footage", "20 minutos de grabaciones") is no time the event took: its
  own measure, never joined to the jury's hours of deliberation (compare/span_measures.py);
- the least term a charge carries ("faced a minimum sentence of 15 years") is no maximum (compare/minimum_terms.py);
- a surname after a clause's comma, then "de"/"di" and the age ("Tras el fallo, Ortega, de 61 años, dijo") is that
  person's age (compare/ages.py);
- witnesses counted in any language are one measure ("34 testigos", "34 Zeugen", "34 witnesses");
- Spanish "dos" after a preposition or article Portuguese contracts ("por dos cargos") is two (compare/numbers.py),
  and a count of charges keeps its noun when an adjective follows it ("dos cargos federales": "dos cargos", the adjective
  not part of the count, compare/count_phrases.py).
"""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source
from tests.compare_helpers import compared, holding


def _figures(text: str):
    source = Source(id="s", path="s.txt", raw=text, published=None)
    return [(f.text, f.measure, f.subject) for f in figures_in_text(text, source, 0) if f.kind != "date"]


@pytest.mark.parametrize(("text", "figure"), [
    ("The jurors were shown 12 minutes of footage from the hotel lobby.", "12 minutes"),
    ("Al tribunal se le mostraron unos 25 minutos de grabaciones de la fiesta.", "unos 25 minutos"),
    ("Le tribunal a visionné 40 minutes d'enregistrements saisis chez l'accusé.", "40 minutes"),
])
def test_a_length_of_footage_is_its_own_measure(text, figure):
    assert _figures(text) == [(figure, "footage duration", None)]


def test_footage_minutes_do_not_contradict_the_hours_of_deliberation():
    claims = compared(
        "The jury reached its verdict after 11 hours of deliberation. Jurors had been shown 25 minutes of footage "
        "from the hotel.",
        "Los jurados deliberaron durante 11 horas. Se mostraron 25 minutos de grabaciones del hotel.")
    assert not [c for c in holding(claims, "11 hours") if c.verdict == "disagree"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Had he been convicted on every count, he would have faced a minimum sentence of 12 years in prison.", "12 years"),
    ("The charge carries a mandatory minimum of eight years in prison.", "eight years"),
    ("El delito conlleva una pena mínima de 12 años de prisión.", "12 años"),
    ("Dem Angeklagten droht eine Mindeststrafe von acht Jahren Haft.", "acht Jahren"),
])
def test_the_least_term_a_charge_carries_is_no_maximum(text, figure):
    assert _figures(text) == [(figure, "minimum sentence", None)]


def test_the_most_a_charge_carries_stays_a_maximum():
    assert _figures("She faces up to 12 years in prison.") == [("up to 12 years", "maximum sentence", None)]


@pytest.mark.parametrize(("text", "figure", "person"), [
    ("Tras el fallo, Ortega, de 61 años, dijo que apelaría.", "61 años", "Ortega"),
    ("Dopo la sentenza, Rossi, di 47 anni, ha lasciato l'aula.", "47 anni", "Rossi"),
])
def test_a_surname_after_a_comma_then_de_and_years_is_an_age(text, figure, person):
    assert _figures(text) == [(figure, "age", person)]


def test_years_after_a_place_are_no_age():
    assert _figures("Vive en Madrid, de 55 años, no.")[0][1] != "age"


@pytest.mark.parametrize("text", [
    "The prosecution called 27 witnesses over six weeks.",
    "La fiscalía presentó 27 testigos.",
    "Die Anklage rief 27 Zeugen auf.",
    "L'accusation a fait entendre 27 témoins.",
])
def test_witnesses_are_one_measure_in_every_language(text):
    assert [m for _, m, _ in _figures(text) if m == "witness"] == ["witness"]


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("Ortega fue declarado culpable de dos cargos federales por fraude.", "dos cargos", "counts of conviction"),
    ("Fue condenado por dos cargos de soborno.", "dos cargos", "counts of conviction"),
    ("Ortega fue declarado culpable de siete cargos federales por fraude.", "siete cargos",
     "counts of conviction"),
])
def test_spanish_counts_of_conviction(text, figure, measure):
    assert [(t, m) for t, m, _ in _figures(text)] == [(figure, measure)]


@pytest.mark.parametrize("text", [
    "Il souffre de mal de dos chronique depuis l'accident.",
    "O réu foi condenado por um dos crimes, disse o juiz.",
])
def test_dos_of_other_languages_is_no_number(text):
    assert _figures(text) == []
