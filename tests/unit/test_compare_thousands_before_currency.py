"""Another language's thousands word between an amount and the currency word after it makes money, a thousand
times the number ("320 mil dólares", "50 mil reais", "300 mila euro"); before a currency's sign it stays out ("$5
mil" is American slang). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("El alcalde gastó 320 mil dólares en cuadros.", "es", ("320 mil dólares", 320000.0, "USD")),
    ("O prefeito gastou 50 mil reais em carros.", "pt", ("50 mil reais", 50000.0, "BRL")),
    ("Il sindaco ha speso 300 mila euro in quadri.", "it", ("300 mila euro", 300000.0, "EUR")),
])
def test_a_thousands_word_before_the_currency_word_is_money(text, language, expected):
    found = [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "money"]
    assert found == [expected]


def test_two_sums_in_thousands_and_in_digits_agree():
    a = read("El alcalde gastó 320 mil dólares en cuadros.", language="es")
    b = read("El alcalde gastó 320.000 dólares en cuadros.", language="es")
    assert [(f.kind, f.low, f.unit) for f in a] == [(f.kind, f.low, f.unit) for f in b]


def test_a_thousands_word_after_a_sign_is_a_thousand_on_a_continental_page_only():
    def money(text, language):
        return [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "money"]
    assert money("O prefeito pode pagar multas de até US$ 40 mil pelo contrato.", "pt") == [
        ("até US$ 40 mil", 40000.0, "USD")]
    assert money("El alcalde pagó una multa de US$ 60 mil por el contrato.", "es") == [("US$ 60 mil", 60000.0, "USD")]
    # (an English page's "$5 mil" stays slang, unread as a thousand)
    assert money("The mayor paid $5 mil for the house.", "en") == [("$5", 5.0, "USD")]
