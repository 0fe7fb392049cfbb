"""A teller named by a word of attribution is never the subject of the figure it reports: "nach Angaben von
Behördenleiter X", "Laut Innenminister X wurden ...", "Gemäß Polizeichef X", "according to health minister X", "selon
le préfet X" (compare/attributed_names.py). Issue 11: on tests/gold_new60, a study set, "nach Angaben von
Behördenleiter Michail Muraschko" was taken as the subject of a count of patients, which then sat apart from the same
count of other outlets. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


def _subjects(text: str, language: str) -> list[str | None]:
    return [f.subject for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language"), [
    ("Nach Angaben von Stadtdirektorin Helga Brenner wurden 64 Menschen verletzt.", "de"),
    ("Nach Angaben vom Polizeisprecher Jonas Weil starben 23 Menschen.", "de"),
    ("Laut Innenministerin Petra Lorenz wurden 23 Menschen getötet.", "de"),
    ("Gemäß Feuerwehrchef Tobias Rang wurden 64 Menschen verletzt.", "de"),
    ("According to health minister Ruth Calder 64 people were injured.", "en"),
    ("Selon le préfet Marc Aubert 23 personnes sont mortes.", "fr"),
])
def test_the_teller_is_no_subject_of_the_count(text, language):
    assert _subjects(text, language) == [None]


def test_a_place_after_the_teller_is_still_the_subject():
    assert _subjects("Laut Polizei wurden in Thüringen 64 Menschen verletzt.", "de") == ["Thüringen"]
    assert _subjects("In Thüringen wurden 64 Menschen verletzt.", "de") == ["Thüringen"]


def test_two_outlets_citing_different_tellers_meet_in_one_claim():
    claims = compared(
        "Ein Brand zerstörte am Dienstag eine Lagerhalle. Nach Angaben von Stadtdirektorin Helga Brenner wurden "
        "64 Menschen verletzt.",
        "Ein Brand zerstörte am Dienstag eine Lagerhalle. Laut Feuerwehrchef Tobias Rang wurden 71 Menschen "
        "verletzt.",
    )
    claim = one_holding(claims, "64 Menschen")
    assert any("71 Menschen" in s.text for s in claim.statements)
    assert claim.verdict == "disagree"


@pytest.mark.parametrize(("text", "language"), [
    ("La Guardia Civil informó de 64 heridos.", "es"),
    ("Die Feuerwehr Hamburg berichtete 64 Verletzte.", "de"),
    ("La Protezione Civile ha riferito 64 feriti.", "it"),
    ("A Defesa Civil informou 64 feridos.", "pt"),
])
def test_a_name_before_a_verb_of_telling_is_no_subject_in_any_language(text, language):
    assert _subjects(text, language) == [None]


def test_a_place_that_tallies_a_count_stays_its_subject():
    assert _subjects("Cataluña registró 64 casos.", "es") == ["Cataluña"]
