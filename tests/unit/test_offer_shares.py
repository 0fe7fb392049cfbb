"""Shares that a takeover offer or a share issue names are measures of their own (compare/offer_shares.py): a share
followed by "plus one share" is the offer's threshold, a share sizing a capital increase is that increase. Issue 11:
on tests/gold_new61, a study set, "eine Kapitalerhöhung um 10 Prozent", "a 10% capital increase" and "Die
Mindestannahmequote liegt bei 50 Prozent plus einer Aktie" took the measure "change" of the share price's move
("shares jumped 3.7 percent") and the four shares made one false disagreement. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, one_holding, read


@pytest.mark.parametrize(("text", "language"), [
    ("The bid is conditional on reaching at least 50% plus one share of the group.", "en"),
    ("Die Mindestannahmequote des Angebots beträgt 50 Prozent plus eine Aktie.", "de"),
    ("L'offre est soumise à un seuil de 50 % plus une action du capital.", "fr"),
    ("La opa exige alcanzar el 50% más una acción del grupo.", "es"),
    ("L'offerta richiede il 50% più un'azione del capitale.", "it"),
    ("A oferta exige 50% mais uma ação da empresa.", "pt"),
])
def test_a_share_plus_one_share_is_the_threshold(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "percent"] == ["threshold"]


@pytest.mark.parametrize(("text", "language"), [
    ("The buyer will also subscribe to a 12% capital increase at the retailer.", "en"),
    ("The group plans a 12 percent rights issue next month.", "en"),
    ("Außerdem zeichnet der Käufer eine Kapitalerhöhung um 12 Prozent beim Händler.", "de"),
    ("L'acheteur souscrira une augmentation de capital de 12 % du distributeur.", "fr"),
    ("El comprador suscribirá una ampliación de capital del 12% del distribuidor.", "es"),
    ("L'acquirente sottoscriverà un aumento di capitale del 12% del distributore.", "it"),
])
def test_a_share_sizing_a_capital_increase_is_that_increase(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "percent"] == ["capital increase"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("Shares of the retailer jumped 4.2% on Monday.", "en", "change"),
    ("The party won 50% of the vote.", "en", "votes"),
])
def test_other_shares_keep_their_measures(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "percent"] == [measure]


def test_a_capital_increase_and_a_threshold_are_no_change_of_the_share_price():
    claims = compared(
        "Northwind Retail agreed to a takeover by Brightwater. Northwind shares jumped 4.2 percent on the news. "
        "Brightwater will also buy 800 million euros worth of new Northwind shares from a 12% capital increase.",
        "Brightwater bietet 30 Euro je Aktie. Zusätzlich wird eine Kapitalerhöhung um 12 Prozent gezeichnet. Die "
        "Mindestannahmequote liegt bei 50 Prozent plus einer Aktie.",
        "Northwind's shares rose 4.2% after the bid. The offer needs at least 50% plus one share of Northwind.")
    assert not any(c.verdict == "disagree" for c in claims), [(c.topic, c.verdict) for c in claims]
    moved = one_holding(claims, "jumped 4.2 percent")
    assert {s.text for s in moved.statements} == {"Northwind shares jumped 4.2 percent on the news.",
                                                  "Northwind's shares rose 4.2% after the bid."}
    bar = one_holding(claims, "Mindestannahmequote")
    assert bar.verdict == "agree" and len(holding([bar], "at least 50% plus one share")) == 1


@pytest.mark.parametrize(("text", "language"), [
    ("The deal will see Brightwater pay €30 per Northwind share in cash.", "en"),
    ("Brightwater will pay $30 per ordinary share.", "en"),
    ("Die Käufer bieten 30 Euro je Aktie des Händlers.", "de"),
    ("Brightwater ofrece 30 euros por acción del grupo.", "es"),
])
def test_an_amount_offered_or_paid_per_share_is_the_share_price(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "money"] == ["per-unit sale"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The insurer will pay $5,000 per person.", "en", "per-unit compensation"),
    ("The retailer earned $3.10 per share in the quarter.", "en", None),
])
def test_other_per_unit_amounts_keep_their_measures(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "money"] == [measure]


def test_the_price_per_share_is_one_claim_whichever_verb_gives_it():
    claims = compared(
        "Brightwater agreed to buy Northwind Retail. The deal will see Brightwater pay €30 per Northwind share.",
        "Die Käufer bieten 30 Euro je Aktie des Händlers Northwind.",
        "Brightwater offered €30 per share for Northwind.")
    price = one_holding(claims, "pay €30 per Northwind share")
    assert len(holding([price], "bieten 30 Euro je Aktie")) == 1 and len(holding([price], "offered €30 per share")) == 1
    assert price.verdict == "agree"
