"""A price's move told by "higher"/"lower" after the share ("0.4% higher at 980 yen") is a change, as "up 17%" is
(compare/price_moves.py); an Iberian locution "por meio de", "por medio de" after an amount is no "per" (a
per-unit amount: compare/per_noun.py). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def figures(text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    """(text, kind, measure) of each money or percent figure of ``text``."""
    return [(f.text, f.kind, f.measure) for f in read(text, language=language) if f.kind in ("money", "percent")]


def test_a_share_higher_or_lower_is_a_price_move():
    assert figures("Carmaker shares were 0.4% higher at 980 yen, while the index closed 1.1% lower.") == [
        ("0.4%", "percent", "change"), ("980 yen", "money", None), ("1.1%", "percent", "change")]
    assert figures("The plan brings a 3% higher tariff on steel.") == [("3%", "percent", "tariff")]


def test_an_iberian_por_locution_is_no_per_unit_amount():
    assert figures("As duas firmas querem lucro de mais de 2 trilhões de ienes por meio da fusão.", "pt") == [
        ("mais de 2 trilhões de ienes", "money", "profit")]
    assert figures("La empresa espera ingresos de 900 millones de euros por medio de la venta.", "es") == [
        ("900 millones de euros", "money", "revenue")]
