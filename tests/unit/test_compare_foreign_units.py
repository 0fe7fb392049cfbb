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
