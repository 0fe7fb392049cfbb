"""Issue 11: the long scale's words for 10^12. German "Billionen", Italian "bilioni"/"bilione" are a thousand
milliards (as Spanish "billones" already was), not the English billion: "2,9 Billionen Dollar" was read as no amount at
all. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def _money(text: str, language: str):
    return [(f.kind, f.low, f.unit) for f in read(text, "2025-01-01", language) if f.kind == "money"]


def test_german_billionen_is_ten_to_the_twelfth():
    assert _money("Der Börsenwert des Konzerns sank auf 2,9 Billionen Dollar.", "de") == [("money", 2.9e12, "USD")]


def test_italian_bilioni_is_ten_to_the_twelfth():
    assert _money("Il debito del paese ha superato i 3 bilioni di euro.", "it") == [("money", 3e12, "EUR")]


def test_german_milliarden_stays_ten_to_the_ninth():
    assert _money("Der Börsenwert des Konzerns sank auf 2,9 Milliarden Dollar.", "de") == [("money", 2.9e9, "USD")]


def test_english_billion_stays_ten_to_the_ninth():
    assert _money("The group's market value fell to $2.9 billion on Monday.", "en") == [("money", 2.9e9, "USD")]
