"""Issue 11 (measure24, b1: a figure read with no measure): a listed firm's market capitalisation is a money measure
of its own, the valuation, in every language the digests carry ("a market capitalisation of $2.9 trillion", "une
capitalisation de 2 900 milliards", "la capitalización ... 2,92 billones", "la capitalizzazione ... 2.900 miliardi",
"der Börsenwert ... 2,9 Billionen"); a price cap is none. Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def money(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Orbitron's market capitalisation slid to $410 billion.", "en", [("$410 billion", "valuation")]),
    ("Orbitron has a market capitalization of $410 billion.", "en", [("$410 billion", "valuation")]),
    ("Orbitron affiche une capitalisation de 410 milliards de dollars.", "fr", [("410 milliards de dollars",
                                                                               "valuation")]),
    ("La capitalización de Orbitron cayó a 410.000 millones de dólares.", "es", [("410.000 millones de dólares",
                                                                                 "valuation")]),
    ("La capitalizzazione di Orbitron è scesa a 410 miliardi di dollari.", "it", [("410 miliardi di dollari",
                                                                                  "valuation")]),
    ("A capitalização da Orbitron caiu para 410 bilhões de dólares.", "pt", [("410 bilhões de dólares", "valuation")]),
])
def test_a_market_capitalisation_is_a_valuation(text, language, expected):
    assert money(text, language) == expected


def test_a_price_cap_is_no_valuation():
    assert money("The cap on prices stays at $60.", "en") == [("$60", None)]


def test_two_outlets_valuations_make_one_claim():
    claims = compared("Orbitron's market capitalisation slid to $410 billion on Tuesday.",
                      "La capitalisation d'Orbitron est tombée à 410 milliards de dollars mardi.")
    assert len(holding(claims, "$410 billion", "410 milliards de dollars")) == 1
