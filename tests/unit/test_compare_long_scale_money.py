"""The long scale in money: French "billion" joined to its currency by "de"/"d'" is a million millions (10^12),
where English "billion" is 10^9; a French page's "1,5 billion d'euros" was read as 1.5 billion euros. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def money(text: str, language: str | None) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Le plan prévoit 1,5 billion d'euros sur dix ans.", "fr", [("1,5 billion d'euros", 1.5e12, "EUR")]),
    ("La dette atteint 3,1 billion de dollars.", "fr", [("3,1 billion de dollars", 3.1e12, "USD")]),
])
def test_the_long_scale_billion_is_a_million_millions(text, language, found):
    assert money(text, language) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The fund holds 1.5 billion euros.", [("1.5 billion euros", 1.5e9, "EUR")]),
    ("The fund holds €2 billion of loans.", [("€2 billion", 2e9, "EUR")]),
])
def test_the_english_billion_stays_a_thousand_millions(text, found):
    assert money(text, "en") == found
