"""Money as continental Europe writes it: the currency sign after the amount ("1.500 €", "2,5 millions €", "45€")
and thousands grouped by spaces ("100 000 euros", "€100 000"), scales abbreviated beside a currency ("1,5 Md€",
"R$ 1,3 bi"); found on French pages of the Sarkozy verdict
(tests/gold_new26), where "100 000 euros d'amende" was read as a fine of 0 euros."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


def money(text: str, language: str | None) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.low, f.unit) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Il est aussi condamné à 100 000 euros d'amende.", "fr", [("100 000 euros", 100_000, "EUR")]),
    ("Le budget atteint 1\u202f500\u202f000 €.", "fr", [("1\u202f500\u202f000 €", 1_500_000, "EUR")]),
    ("Die Strafe beträgt 1.500 €.", "de", [("1.500 €", 1_500, "EUR")]),
    ("une amende de 2,5 millions € au total", "fr", [("2,5 millions €", 2_500_000, "EUR")]),
    ("Die Kosten: 3,5 Mio. € im Jahr", "de", [("3,5 Mio. €", 3_500_000, "EUR")]),
    ("Il a payé 50 $ de plus.", "fr", [("50 $", 50, "USD")]),
    ("It costs 45€ a day.", "en", [("45€", 45, "EUR")]),
    ("The repairs cost €100 000.", "en", [("€100 000", 100_000, "EUR")]),
    ("uma multa de R$ 100 000 foi aplicada", "pt", [("R$ 100 000", 100_000, "BRL")]),
    ("un plan de 1,5 Md€ sur cinq ans", "fr", [("1,5 Md€", 1_500_000_000, "EUR")]),
    ("une enveloppe de 300 M€ pour les communes", "fr", [("300 M€", 300_000_000, "EUR")]),
    ("un coût de 2 Mds € au total", "fr", [("2 Mds €", 2_000_000_000, "EUR")]),
    ("um pacote de R$ 1,3 bi para o estado", "pt", [("R$ 1,3 bi", 1_300_000_000, "BRL")]),
    ("US$ 500 mi em investimentos", "pt", [("US$ 500 mi", 500_000_000, "USD")]),
])
def test_an_amount_with_its_sign_after_or_grouped_by_spaces(text, language, found):
    assert money(text, language) == found


@pytest.mark.parametrize(("text", "found"), [
    ("On Jan. 7 126 euros were paid.", [("126 euros", 126, "EUR")]),  # (an English page: two numbers)
    ("He had 5 $100 bills.", [("$100", 100, "USD")]),  # (the sign before the amount wins)
])
def test_an_english_page_keeps_two_numbers_apart(text, found):
    assert money(text, "en") == found


def test_a_fine_in_euros_grouped_by_spaces_agrees_with_the_same_fine_in_commas():
    claims = compared("Nicolas Sarkozy a aussi été condamné à 100 000 euros d'amende par le tribunal de Paris.",
                      "Nicolas Sarkozy was also fined €100,000 by the Paris court.")
    assert one_holding(claims, "100 000 euros", "€100,000").verdict == "agree"
