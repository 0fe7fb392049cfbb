"""Issue 11: a state's tax is its own measure, not a tariff. English "taxes" was a tariff word, so "13 billion
euros in back taxes" split from the outlets writing "Steuern", "impuestos" or "impôts" (read as nothing or as a
compensation). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _measures(text: str, language: str) -> list[str | None]:
    return [f.measure for f in read(text, "2025-01-01", language) if f.kind == "money"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The firm must pay 8 billion euros in back taxes to the state, the judges ruled."),
    ("de", "Der Konzern muss 8 Milliarden Euro an Steuern nachzahlen."),
    ("es", "La empresa deberá pagar 8.000 millones de euros en impuestos atrasados."),
    ("fr", "L'entreprise doit payer 8 milliards d'euros d'impôts impayés."),
])
def test_back_taxes_are_a_tax_in_every_language(language, text):
    assert _measures(text, language) == ["tax"]


def test_a_tariff_stays_a_tariff():
    assert [f.measure for f in read("Washington put a 25% tariff on steel imports.", "2025-01-01", "en")] == ["tariff"]
    assert _measures("The duties will cost importers $4 billion a year.", "en") != ["tax"]
