"""Counts by different counters are different claims (issue 11): each count's counter read from its attribution
("selon la CGT", "according to the Ministry of the Interior", "recensés par la police", "The hard-left CGT union put
the number ... at", "la préfecture a dénombré ... et les organisateurs ..."), kept on the figure, and the police's
or ministry's count never one claim with the unions'. Sentences of the study gold tests/gold_new24 (France's strike
of 7 March 2023)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.counters import counter_names, mentions, scoped_counters
from tests.compare_helpers import read


def counters_of(text: str, language: str, names: dict | None = None) -> list[tuple[str, str | None, str | None]]:
    """(figure text, counter, counter kind) of each count of a sentence."""
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    found = mentions(text, names if names is not None else counter_names([text]))
    scoped = scoped_counters(text, [(f.start, f.end) for f in counts], found)
    return [(f.text, m.name if m else None, m.kind if m else None) for f, m in zip(counts, scoped)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La sixième journée de mobilisation contre la réforme des retraites en France a réuni mardi 1,28 million de "
     "manifestants selon un comptage réalisé par le ministère de l'Intérieur et 3,5 millions selon le syndicat CGT, "
     "soit davantage que le record du 31 janvier.", "fr",
     [("1,28 million de manifestants", "ministère", "authorities"), ("3,5 millions", "CGT", "organisers")]),
    ("Record battu à Brest : avec 22 000 participants recensés par la police - et 30 000 par les syndicats - la "
     "cité portuaire a dépassé le score établi lors de la deuxième journée.", "fr",
     [("22 000 participants", "police", "authorities"), ("30 000", "syndicats", "organisers")]),
    ("Jauge également dépassée à Pau, où la préfecture a dénombré 15 500 manifestants et les organisateurs 22.000.",
     "fr", [("15 500 manifestants", "préfecture", "authorities"), ("22.000", "organisateurs", "organisers")]),
    ("It means that it exceeds that of last January 31, where 1.27 million people (according to police) and 2.8 "
     "million (according to the unions) took to the streets.", "en",
     [("1.27 million people", "police", "authorities"), ("2.8 million", "unions", "organisers")]),
    ("According to the Ministry of the Interior, they were 1.8 million, as reported by our colleagues from Le Monde.",
     "en", [("1.8 million", "Ministry", "authorities")]),
    ("An estimated 1.28 million people have participated in a nationwide strike, the interior ministry said.", "en",
     [("An estimated 1.28 million people", "ministry", "authorities")]),
    ("Allein in Marseille waren laut Gewerkschaftsangaben mindestens 245.000 Menschen auf den Straßen.", "de",
     [("mindestens 245.000 Menschen", "Gewerkschaftsangaben", "organisers")]),
    ("Las protestas registraron choques aislados en varias ciudades, entre ellas París, donde se detuvo a 43 "
     "personas, según la policía.", "es", [("43 personas", "policía", "authorities")]),
])
def test_each_count_takes_the_counter_its_attribution_names(text, language, expected):
    assert counters_of(text, language) == expected


def test_a_name_written_beside_a_word_of_its_kind_is_a_counter_of_that_kind():
    names = counter_names(["The hard-left CGT union put the number of protesters at 3.5 million."])
    assert names == {"CGT": "organisers"}
    assert counters_of("3,5 millions de manifestants ont battu le pavé à travers la France, selon la CGT.", "fr",
                       names) == [("3,5 millions de manifestants", "CGT", "organisers")]


def test_a_count_whose_sentence_names_no_counter_has_none():
    assert counters_of("El 7 de marzo más de tres millones de personas se movilizaron en París.", "es") == [
        ("más de tres millones de personas", None, None)]


def test_the_european_union_is_no_union_counting():
    assert counters_of("About 20,000 people marched, according to the European Union.", "en") == [
        ("About 20,000 people", None, None)]


def test_a_report_of_the_age_is_no_verb_of_counting():
    assert counters_of("L'article qui cristallise l'opposition des syndicats et de la gauche : le report de l'âge "
                       "légal de la retraite à 64 ans.", "fr") == [("64 ans", None, None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("More than 300 people have been killed, by the health ministry's count.", "en",
     [("More than 300 people", "ministry", "authorities")]),
    ("Nach Angaben der Polizei demonstrierten 12.000 Menschen, laut Veranstaltern waren es 30.000 Menschen.", "de",
     [("12.000 Menschen", "Polizei", "authorities"), ("30.000 Menschen", "Veranstaltern", "organisers")]),
    ("Cerca de 50 mil pessoas protestaram em Lisboa, segundo a polícia.", "pt",
     [("Cerca de 50 mil pessoas", "polícia", "authorities")]),
    ("In piazza 200.000 persone secondo gli organizzatori, 40.000 per la questura.", "it",
     [("200.000 persone", "organizzatori", "organisers"), ("40.000", "questura", "authorities")]),
    ("Organizers said 10,000 people marched, while police counted 3,000 people.", "en",
     [("10,000 people", "Organizers", "organisers"), ("3,000 people", "police", "authorities")]),
])
def test_other_forms_of_attribution_name_the_counter(text, language, expected):
    assert counters_of(text, language) == expected
