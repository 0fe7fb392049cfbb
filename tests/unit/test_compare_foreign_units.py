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
