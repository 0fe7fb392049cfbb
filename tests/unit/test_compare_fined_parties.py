"""Whose amount it is (issue 11): the party a fine is imposed on after a participle ("infligés à Amazon", "impuesta
a Amazon") or named between the amount and the fine ("€746m Amazon fine", not "a $5bn EU fine"), and a place an
amount is scoped to or sent to is nobody's ("une amende record en Europe de 1,2 milliard", "data to the US and pay a
€1.2 billion fine"). Sentences of the study gold tests/gold_new23 (Meta's GDPR fine of 2023)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def money(text: str, language: str | None = None) -> list[tuple]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ce montant est exceptionnel pour une infraction au RGPD, dépassant largement les 746 millions d'euros infligés "
     "à Amazon en 2021.", "fr", [("746 millions d'euros", "fine", "Amazon")]),
    ("La multa de 1.200 millones de euros supera la anterior sanción récord de 746 millones de euros impuesta a "
     "Amazon en 2021.", "es", [("1.200 millones de euros", "fine", None), ("746 millones de euros", "fine", "Amazon")]),
    ("One of the largest GDPR fines until overtaken by Luxembourg’s €746m Amazon fine.", "en",
     [("€746m", "fine", "Amazon")]),
])
def test_the_party_a_fine_is_imposed_on(text, language, expected):
    assert money(text, language) == expected


def test_who_imposes_a_fine_is_not_fined():
    assert money("Google faces a $5bn EU fine over its adtech business.") == [("$5bn", "fine", "Google")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Meta vient de recevoir une amende record en Europe de 1,2 milliard d'euros pour infraction au RGPD.", "fr",
     [("1,2 milliard d'euros", "fine", None)]),
    ("Under the ruling, Meta must suspend any future transfer of personal data to the US and pay a €1.2 billion "
     "fine.", "en", [("€1.2 billion", "fine", None)]),
])
def test_a_place_an_amount_is_in_or_sent_to_is_nobodys(text, language, expected):
    assert money(text, language) == expected


def test_an_owner_before_the_place_is_still_the_owner():
    assert money("Japan's investment in the US of $550 billion was agreed.") == [("$550 billion", "investment", "Japan")]


def test_a_disbursement_is_its_own_amount_and_a_teller_is_nobodys_owner():
    # tests/gold_new24 argentina_imf_deal_2025 (a study set): the first payment of a loan is not the loan, and
    # "Caputo dijo que" names who told it, not whose amount it is
    assert money("The executive board's decision makes an initial disbursement of $12 billion immediately "
                 "available.") == [("$12 billion", "disbursement", None)]
    assert money("Caputo dijo que el primer desembolso de US$ 12,000 millones llegará el martes.", "es") == [
        ("US$ 12,000 millones", "disbursement", None)]
    assert money("The IMF approved a $20 billion loan.") == [("$20 billion", "loan", "IMF")]
