"""German critical states after a count ("in kritischem Zustand", "in Lebensgefahr", "bei vier Patienten sei der
Zustand weiter sehr kritisch": compare/count_states.py), and patients of other languages as a noun of people whose
state says their measure ("Patienten", "pacientes": data/measure_words.yaml). Issue 11: on tests/gold_new60, a study
set, "Bei vier Patienten sei der Zustand weiter sehr kritisch" counted "patienten", not the injured in critical
condition. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "Bei sechs Patienten sei der Zustand weiter sehr kritisch, sagte die Ärztin.",
    "Zwölf Verletzte sind noch in Lebensgefahr.",
    "Sechs Patienten sind noch in kritischem Zustand.",
])
def test_a_german_critical_state_is_the_critical_injured(text):
    assert [f.measure for f in read(text, language="de") if f.kind == "count"] == ["critically injured"]


def test_patients_with_no_state_are_no_critical_injured():
    assert [f.measure for f in read("Die Klinik behandelte sechs Patienten ambulant.", language="de")
            if f.kind == "count"] != ["critically injured"]
