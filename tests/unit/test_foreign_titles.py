"""Issue 11 ("Readable claims"): a claim of other languages only is titled by a figure's measure only when that
measure is translated; a word of the sentence itself (an adjective, a verb, an untranslated noun) makes no title a
reader understands ("Riesige: 2", "Hijo: 3"), the sentence's own words do (invented articles; fails on the code
before)."""

from __future__ import annotations

from briefing_tui.compare.titles import untranslated
from tests.compare_helpers import compared, holding


def test_a_word_of_the_sentence_is_no_measure_of_a_title():
    claims = compared(
        "Am Montag brachen zwei riesige Waldbrände in den Hügeln nördlich der Stadt aus. Die Feuerwehr war die ganze "
        "Nacht im Einsatz. Der Bürgermeister rief die Bewohner zur Vorsicht auf.",
        "La alcaldesa llegó al hospital acompañada por sus tres hijos y su hermana. El edificio fue evacuado por la "
        "tarde. Los bomberos trabajaron durante horas.")
    titles = [c.topic for c in holding(claims, "riesige")] + [c.topic for c in holding(claims, "hijos")]
    assert titles and all(":" not in t.split()[0] for t in titles), titles
    assert any(t.startswith("Am Montag brachen zwei riesige Waldbrände") for t in titles), titles


def test_untranslated_measures():
    assert untranslated("riesige", "Am Montag brachen zwei riesige Waldbrände aus.")
    assert untranslated("hijo", "acompañada por sus tres hijos")
    assert untranslated("punkte-plan", "Der Fünf-Punkte-Plan umfasst eine Lockerung.")
    assert untranslated("russie votes", "En Russie, Dan a obtenu 58 % des votes.")
    assert not untranslated("votes", "Dan a obtenu 58 % des votes.")  # (a canonical measure, whatever the words)
    assert not untranslated("probation period", "un periodo di prova di tre anni")
    assert not untranslated("people", "Nach Angaben der Behörden mussten 180.000 Menschen die Gegend verlassen.")


def test_a_german_noun_no_entity_names_is_no_subject_of_a_title():
    claims = compared(
        "Aktuell im Mittelpunkt stehen vor allem zwei Frauen aus dem Dorf. Die Polizei ermittelt weiter. Der "
        "Bürgermeister schwieg am Abend.",
        "Le maire a parlé aux habitants mardi soir. La police poursuit son enquête. Les écoles restent fermées.")
    titles = [c.topic for c in holding(claims, "Mittelpunkt")]
    assert titles == ["People: 2"], titles
