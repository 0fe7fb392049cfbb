"""Metres and kilometres as other languages write them (issue 11): "5,28 Metern" (tests/gold_new23's Rio Grande do
Sul floods, a study set, read "Metern" as a counted noun), "metros", "mètres", "metri", "Kilometern"."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Der Pegel des Guaíba erreichte den Rekordwert von 5,28 Metern.", "de", ("5,28 Metern", 5.28, "m")),
    ("El río alcanzó 5,28 metros.", "es", ("5,28 metros", 5.28, "m")),
    ("La crue a atteint 12 mètres.", "fr", ("12 mètres", 12.0, "m")),
    ("Il fiume è salito a 3 metri.", "it", ("3 metri", 3.0, "m")),
    ("Das Beben lag 30 Kilometern nördlich der Stadt.", "de", ("30 Kilometern", 30.0, "km")),
])
def test_metres_in_other_languages(text, language, expected):
    found = [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "count"]
    assert found == [expected]


def test_a_german_possessive_after_a_count_is_no_counted_noun():
    # "seines", "ihrer" are determiners of the next noun: the count's noun is the one before them
    (members,) = [f for f in read("Alle neun Mitglieder seines Vorstands stimmten am Montag dafür.", language="de")
                  if f.low == 9]
    assert (members.text, members.unit) == ("neun Mitglieder", "mitglieder")
    (judges,) = [f for f in read("Der Antrag fand die Zustimmung von sieben Richtern ihrer Kammer.", language="de")
                 if f.low == 7]
    assert (judges.text, judges.unit) == ("sieben Richtern", "richtern")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # (a space groups thousands: the whole number, never its last group "000 hectares" or "500 hectares")
    ("Le feu a parcouru 12 000 hectares de garrigue depuis lundi.", "fr", ("12 000 hectares", 12000.0, "ha")),
    ("La lave a recouvert 7 400 hectares de champs.", "fr", ("7 400 hectares", 7400.0, "ha")),
    ("The blaze had charred 12 000 hectares by Monday.", "en", ("12 000 hectares", 12000.0, "ha")),
])
def test_area_with_thousands_grouped_by_spaces(text, language, expected):
    found = [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "count"]
    assert found == [expected]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Des rafales pouvant atteindre 130 kilomètres à l'heure ont été relevées.", "fr", 130.0),
    ("Las rachas alcanzaron 95 kilómetros por hora en la costa.", "es", 95.0),
    ("O vento chegou a 110 quilômetros por hora no litoral.", "pt", 110.0),
    ("Raffiche di 85 chilometri orari hanno colpito la costa.", "it", 85.0),
    ("Böen mit 120 Kilometern pro Stunde erreichten die Küste.", "de", 120.0),
])
def test_speeds_in_other_languages_are_speeds_not_distances(text, language, value):
    (found,) = [f for f in read(text, language=language) if f.kind == "count"]
    assert (found.low, found.unit, found.measure) == (value, "km/h", "speed")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A vila fica a mais de 12 mil quilômetros de Lisboa.", "pt", ("mais de 12 mil quilômetros", 12000.0, "km")),
    ("A ponte tem 2 quilómetros.", "pt", ("2 quilómetros", 2.0, "km")),
    ("El pueblo está a 8 mil kilómetros de Madrid.", "es", ("8 mil kilómetros", 8000.0, "km")),
    ("The probe travelled 40 thousand miles.", "en", ("40 thousand miles", 40000 * 1.609344, "km")),
])
def test_kilometres_with_a_thousand_written_as_a_word(text, language, expected):
    found = [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "count"]
    assert found == [expected]
