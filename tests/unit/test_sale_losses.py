"""An amount lost on a sale is the loss, not the sale (issue 11, first contact with tests/gold_new73, the collapse of
Silicon Valley Bank): "perdió 1.800 millones de dólares en la venta de bonos" was read as the sale (the noun after
the amount), beside the others' "losses of $1.8 billion". Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, measure) of each money figure."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


def test_an_amount_lost_on_a_sale_is_the_loss():
    assert measures("The insurer lost $640 million on the sale of its bond portfolio.") == [
        ("$640 million", "damage")]
    assert measures("La aseguradora perdió 640 millones de dólares en la venta de su cartera de bonos.", "es") == [
        ("640 millones de dólares", "damage")]
    assert measures("L'assureur a perdu 640 millions de dollars sur la vente de ses obligations.", "fr") == [
        ("640 millions de dollars", "damage")]
    assert measures("A seguradora perdeu 640 milhões de dólares na venda de títulos.", "pt") == [
        ("640 milhões de dólares", "damage")]
    assert measures("La compagnia ha perso 640 milioni di dollari nella vendita di titoli.", "it") == [
        ("640 milioni di dollari", "damage")]
    assert measures("Der Versicherer verlor 640 Millionen Dollar beim Verkauf von Anleihen.", "de") == [
        ("640 Millionen Dollar", "damage")]


def test_a_sale_without_a_loss_stays_the_sale():
    assert measures("The insurer completed the $640 million sale of its bond portfolio.") == [("$640 million", "sale")]
    assert measures("La aseguradora cerró la venta de su cartera por 640 millones de dólares.", "es") == [
        ("640 millones de dólares", "sale")]
