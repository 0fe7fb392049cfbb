"""Crowds counted in several languages (issue 11): a scale word's noun past "de"/"di" ("3,5 millions de
manifestants"), other languages' words for protesters and participants, verbs of taking part ("have
participated", "manifestent", "se movilizaron"), the place after such a verb ("à Paris", "dans les rues de
Paris", "en la provincia de Valencia") and names spelt with and without accents ("París" / "Paris"). Sentences of
the study gold tests/gold_new24 (France's strike of 7 March 2023) and tests/gold_new3 (Valencia's floods)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.same_subject import same_subject
from tests.compare_helpers import read


def counts(text: str, language: str | None = None) -> list[tuple]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("3,5 millions de manifestants ont battu le pavé à travers la France, selon la CGT.", "fr",
     [("3,5 millions de manifestants", "attendance", None)]),
    ("El 7 de marzo más de tres millones de personas se movilizaron en París contra la reforma.", "es",
     [("más de tres millones de personas", "attendance", "París")]),
    ("Oltre 2 milioni di persone in piazza.", "it", [("Oltre 2 milioni di persone", "people", None)]),
    ("La ville compte 2 millions d'habitants.", "fr", [("2 millions d'habitants", "residents", None)]),
])
def test_a_scale_words_noun_past_de_is_counted(text, language, expected):
    assert counts(text, language) == expected


def test_a_word_after_de_that_counts_nothing_is_no_noun():
    assert counts("Il y a 3 millions de plus.", "fr") == [("3 millions", None, None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("An estimated 1.28 million people have participated in a nationwide strike against the plans.", "en",
     [("An estimated 1.28 million people", "attendance", "overall")]),
    ("Quelque 700 000 personnes manifestent à Paris pour la sixième journée de mobilisation.", "fr",
     [("Quelque 700 000 personnes", "attendance", "Paris")]),
    ("Selon la préfecture de police, 81 000 manifestants ont défilé dans les rues de Paris.", "fr",
     [("81 000 manifestants", "attendance", "Paris")]),
    ("Les syndicats ont revendiqué 700.000 manifestants.", "fr", [("700.000 manifestants", "attendance", None)]),
    ("Die Gewerkschaften zählten mehr als 50.000 Demonstranten.", "de",
     [("mehr als 50.000 Demonstranten", "attendance", None)]),
])
def test_a_crowd_is_its_attendance_in_any_language(text, language, expected):
    assert counts(text, language) == expected


def test_what_befell_protesters_is_still_their_measure():
    assert counts("Au total, 43 manifestants ont été interpellés.", "fr") == [
        ("43 manifestants", "protester arrested", None)]


def test_a_crowd_word_that_is_no_verb_of_taking_part_is_no_attendance():
    assert counts("12 people in the crowd were injured.") == [("12 people", "injured", None)]


def test_a_place_named_by_its_noun_after_the_figure_scopes_it():
    assert counts("Casi la mitad de los 216 fallecidos a causa de la DANA en la provincia de Valencia, según el "
                  "último dato.", "es")[0] == ("216 fallecidos", "dead", "Valencia")


@pytest.mark.parametrize(("a", "b"), [("París", "Paris"), ("Bogotá", "Bogota"), ("São Paulo", "Sao Paulo")])
def test_a_name_with_and_without_accents_is_one_subject(a, b):
    assert same_subject(a, b) is True


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A Paris, 22 personnes ont été interpellées.", "fr", [("22 personnes", "arrested", "Paris")]),
    ("Las protestas registraron choques aislados con las fuerzas de seguridad en varias ciudades, entre ellas París, "
     "donde se detuvo a 43 personas, según la policía.", "es", [("43 personas", "arrested", "París")]),
])
def test_arrests_and_a_fronted_place_in_other_languages(text, language, expected):
    assert counts(text, language) == expected


def test_an_article_before_a_name_fronts_no_place_without_its_comma():
    assert counts("A Texas court, the jury said, awarded 5 people damages.") == [("5 people", "people", None)]


def test_the_number_of_a_crowd_put_at_a_bare_figure():
    # tests/gold_new24 france 01: the count names no noun, "the number of protesters" before it does
    assert counts("The hard-left CGT union put the number of protesters at 3.5 million.") == [
        ("3.5 million", "attendance", None)]


def test_a_subject_with_an_accent_is_indexed_as_the_same_name_without():
    from briefing_tui.compare.group_subjects import index_tokens

    assert index_tokens("París", None) == index_tokens("Paris", None)


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("About 800 people were present in the hall when the roof gave way.", "en", "attendance"),
    ("Police said 420 guests, including 12 children, were inside the hotel.", "en", "attendance"),
    ("Había unas 900 personas en el interior del teatro.", "es", "attendance"),
    ("Nel palazzetto erano radunate 2.000 persone.", "it", "people"),  # (the verb before the count: no predicate)
    ("Circa 2.000 persone erano radunate davanti al palco.", "it", "attendance"),
    # a measure read otherwise stands: the dead, the arrested, a crew's size; a ministry's name is no place
    ("The bodies of 14 people were found inside the warehouse.", "en", "dead"),
    ("La policía detuvo a 11 personas del Ministerio del Interior.", "es", "arrested"),
    ("The 18-member crew were present on board at the time.", "en", "crew"),
])
def test_people_said_to_be_there_are_the_attendance(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"][:1] == [measure]
