"""Issue 11 (b1, measure28a): the verbs of exporting and importing name an amount's measure in every language read,
as English "exported" and "imported" already do ("exporta bienes por 45.000 millones de euros", "la France a exporté
pour 40 milliards d'euros", "esporta merci per 40 miliardi", "exportou 40 mil milhões", "exportierte Waren im Wert von
40 Milliarden Euro"); the forms that also mean "to matter" ("no importa", "n'importe") are left out
(briefing_tui/data/measure_words.yaml ``measures: exports, imports``). Invented sentences; each amount read "exports"
or "imports" here was read with no measure before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def money_measure(text: str, language: str) -> str | None:
    """The measure of the sentence's first amount of money."""
    return next(f.measure for f in read(text, language=language) if f.kind == "money")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("El año pasado, el bloque exporta bienes por 40.000 millones de euros a Asia.", "es", "exports"),
    ("El país exportó el año pasado 40.000 millones de dólares en soja.", "es", "exports"),
    ("L'an dernier, la France a exporté pour 40 milliards d'euros de vin.", "fr", "exports"),
    ("L'Italia esporta merci per 40 miliardi di euro all'anno.", "it", "exports"),
    ("O Brasil exportou 40 mil milhões de dólares em soja.", "pt", "exports"),
    ("Deutschland exportierte Waren im Wert von 40 Milliarden Euro.", "de", "exports"),
    ("El país importó 40.000 millones de dólares en combustibles.", "es", "imports"),
    ("O Brasil importou 40 mil milhões de dólares em combustíveis.", "pt", "imports"),
])
def test_a_verb_of_trade_names_the_amount_it_takes(text, language, expected):
    assert money_measure(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("No importa si el fondo recibe 40.000 millones de dólares.", "es"),
    ("Le fonds recevra n'importe quelle somme jusqu'à 40 milliards d'euros.", "fr"),
])
def test_a_verb_that_means_to_matter_is_no_trade(text, language):
    assert money_measure(text, language) != "imports"
