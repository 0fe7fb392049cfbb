"""Injured people still in hospital, told with a past "remained" or another language's word for it
(compare/count_states.py, compare/hospital_stays.py): "75 blessés restaient hospitalisés", "75 heridos seguían
hospitalizados", "75 feriti restano ricoverati", "75 feridos continuam internados", "blieben 75 Verletzte im
Krankenhaus" count those in hospital, not all the injured."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Le ministre a annoncé que 75 blessés restaient hospitalisés.", "fr"),
    ("Selon la préfecture, 75 blessés demeuraient hospitalisés lundi.", "fr"),
    ("Según el gobierno, 75 heridos seguían hospitalizados.", "es"),
    ("Según el gobierno, 75 heridos permanecían hospitalizados.", "es"),
    ("El ministro dijo que 75 heridos aún estaban hospitalizados.", "es"),
    ("Secondo la prefettura, 75 feriti restano ricoverati.", "it"),
    ("Secondo la prefettura, 75 feriti erano ancora ricoverati in ospedale.", "it"),
    ("Segundo o governo, 75 feridos continuam internados.", "pt"),
    ("Segundo o governo, 75 feridos continuavam hospitalizados.", "pt"),
    ("Nach Angaben der Behörden blieben 75 Verletzte im Krankenhaus.", "de"),
])
def test_injured_still_in_hospital_are_the_hospitalised(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == ["hospitalised"]


@pytest.mark.parametrize(("text", "language"), [
    # the injured of the past, not those in hospital now
    ("Le ministre a annoncé que 75 personnes restaient blessées.", "fr"),
    ("Según el gobierno, 75 heridos fueron atendidos en el lugar.", "es"),
])
def test_injured_not_in_hospital_stay_injured(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] != ["hospitalised"]
