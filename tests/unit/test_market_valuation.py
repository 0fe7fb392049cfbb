"""Issue 11 (measure29, after measure24's try): a listed firm's market value is a money measure of its own, the
valuation, in every language the digests carry ("a market capitalisation of $410 billion", "a market value of",
"une capitalisation de 410 milliards", "la capitalización ... 410.000 millones", "la capitalizzazione ... 410
miliardi", "o valor de mercado", "der Börsenwert", "die Marktkapitalisierung"); a price cap or a deal's value is
none, and a value lost stays the damage (compare/market_value_losses.py). Invented sentences; fails on the code
before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def money(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Orbitron's market capitalisation slid to $410 billion.", "en", [("$410 billion", "valuation")]),
    ("Orbitron has a market capitalization of $410 billion.", "en", [("$410 billion", "valuation")]),
    ("Orbitron now has a market value of $410 billion.", "en", [("$410 billion", "valuation")]),
    ("Orbitron affiche une capitalisation de 410 milliards de dollars.", "fr", [("410 milliards de dollars",
                                                                               "valuation")]),
    ("La capitalización de Orbitron cayó a 410.000 millones de dólares.", "es", [("410.000 millones de dólares",
                                                                                 "valuation")]),
    ("La capitalizzazione di Orbitron è scesa a 410 miliardi di dollari.", "it", [("410 miliardi di dollari",
                                                                                  "valuation")]),
    ("A capitalização da Orbitron caiu para 410 bilhões de dólares.", "pt", [("410 bilhões de dólares", "valuation")]),
    ("O valor de mercado da Orbitron caiu para 410 bilhões de dólares.", "pt", [("410 bilhões de dólares",
                                                                               "valuation")]),
    ("Der Börsenwert von Orbitron sank auf 410 Milliarden Dollar.", "de", [("410 Milliarden Dollar", "valuation")]),
])
def test_a_market_value_is_a_valuation(text, language, expected):
    assert money(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The cap on prices stays at $60.", "en", [("$60", None)]),
    # a value lost is the damage, read before the valuation (compare/market_value_losses.py)
    ("Orbitron lost $95 billion in market value on Monday.", "en", [("$95 billion", "damage")]),
    ("Orbitron perdió más de 95.000 millones de dólares de capitalización bursátil.", "es",
     [("más de 95.000 millones de dólares", "damage")]),
    ("Orbitron a effacé 95 milliards de dollars de capitalisation boursière.", "fr",
     [("95 milliards de dollars", "damage")]),
])
def test_a_price_cap_or_a_value_lost_is_no_valuation(text, language, expected):
    assert money(text, language) == expected


def test_two_outlets_valuations_make_one_claim():
    claims = compared("Orbitron's market capitalisation slid to $410 billion on Tuesday.",
                      "La capitalisation d'Orbitron est tombée à 410 milliards de dollars mardi.")
    assert len(holding(claims, "$410 billion", "410 milliards de dollars")) == 1


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a market value named after a noun of losing, and a market value destroyed, are the value lost
    ("La pérdida de capitalización de Orbitron fue récord, con una caída de 95.000 millones de dólares.", "es",
     [("95.000 millones de dólares", "damage")]),
    ("Der Absturz hat knapp 95 Milliarden Dollar Börsenwert vernichtet.", "de", [("knapp 95 Milliarden Dollar",
                                                                                "damage")]),
])
def test_a_market_value_told_as_lost_is_the_damage(text, language, expected):
    assert money(text, language) == expected
