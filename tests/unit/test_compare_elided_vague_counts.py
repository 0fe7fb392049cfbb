"""Issue 11, French vague counts of thousands before an elided "de": "des dizaines de milliers d'habitants" is tens of
thousands (20,000-99,999), not dozens; "des centaines de milliers d’habitants" is hundreds of thousands, not hundreds.
Invented sentences; each test fails on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Les autorités ont évacué des dizaines de milliers d'habitants de Tarvela.", 20_000.0, 99_999.0),
    ("Les autorités ont évacué des dizaines de milliers d’habitants de Tarvela.", 20_000.0, 99_999.0),
    ("Des centaines de milliers d'habitants de Tarvela sont privés d'eau.", 200_000.0, 999_999.0),
    ("Des centaines de milliers d’habitants de Tarvela sont privés d'eau.", 200_000.0, 999_999.0),
])
def test_an_elided_de_keeps_the_thousands(text, low, high):
    assert [(f.low, f.high) for f in read(text) if f.kind == "count"] == [(low, high)]
