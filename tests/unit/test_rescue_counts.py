"""Issue 11 (tests/gold_new63, a nightclub's roof collapse): the words news uses for those who search the rubble, for
those brought out alive and for a show's crowd name the measures the other languages' words already name. Invented
sentences.

- rescuers ("brigadistas", "Rettungskräften", "secouristes", "soccorritori") are the firefighters' measure, as English
  "rescuers" and Spanish "rescatistas" are (data/measure_words.yaml);
- people "pulled out alive" or "found alive" are the rescued, as "rescatados con vida" are, but not people "still
  alive" where they are nor people "buried alive" (compare/lives_lost.py); "the survival of 189 people" counts survivors, as "the deaths of 12
  people" counts the dead (compare/measure_names.py);
- a show's "audience", "plateia" or "Publikum" of 400 people is its attendance, as "a crowd of 400 people" is.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, language: str, needle: str) -> str | None:
    found = [f for f in read(text, language=language) if needle in f.text]
    assert len(found) == 1, [(f.text, f.measure) for f in read(text, language=language)]
    return found[0].measure


@pytest.mark.parametrize(("text", "language", "needle"), [
    ("Más de 250 brigadistas trabajan entre los escombros del mercado.", "es", "250 brigadistas"),
    ("Die Feuerwehr schickte zusätzlich zu 80 Rettungskräften auch Spürhunde.", "de", "80 Rettungskräften"),
    ("Plus de 200 secouristes ont été mobilisés autour de l'usine.", "fr", "200 secouristes"),
    ("Sul posto lavorano 150 soccorritori da tutta la regione.", "it", "150 soccorritori"),
])
def test_rescuers_are_the_firefighters_measure(text, language, needle):
    assert measure_of(text, language, needle) == "firefighters"


@pytest.mark.parametrize(("text", "needle"), [
    ("So far 37 people have been pulled out alive from the flattened warehouse.", "37 people"),
    ("By noon, 5 people had been brought out alive from the collapsed mine.", "5 people"),
    ("By dawn, 9 workers had been found alive in the mine.", "9 workers"),
])
def test_people_brought_out_alive_are_rescued(text, needle):
    assert measure_of(text, "en", needle) == "rescued"


@pytest.mark.parametrize(("text", "needle"), [
    ("At least 20 people are still alive under the rubble, officials said.", "20 people"),
    ("Some 14 miners are believed alive in a sealed chamber.", "14 miners"),
    ("The mudslide buried more than 300 people alive in the village.", "300 people"),
    ("Dozens of homes collapsed and 40 people were buried alive.", "40 people"),
])
def test_people_alive_where_they_are_are_not_rescued(text, needle):
    assert measure_of(text, "en", needle) not in ("rescued", "survivors")


def test_the_survival_of_a_count_counts_survivors():
    assert measure_of("Quick work by the crews led to the survival of 189 people.", "en", "189 people") == "survivors"


@pytest.mark.parametrize(("text", "language", "needle"), [
    ("The band was playing to an audience of about 400 people when the stage gave way.", "en", "400 people"),
    ("A cantora se apresentava para uma plateia de cerca de 400 pessoas.", "pt", "400 pessoas"),
    ("Die Band spielte vor einem Publikum von rund 400 Menschen.", "de", "400 Menschen"),
])
def test_a_shows_audience_is_its_attendance(text, language, needle):
    assert measure_of(text, language, needle) == "attendance"
