"""An amount for each of a bare noun after it ("$12,800 per bet", "12.800 dollars par pari", "800 dólares por
apuesta") is a per-unit amount, never the total its measure words name: it does not join the total's claim. An article
or a time after the word leaves the amount whole ("$40 million per the indictment", "$5 million per day"). Every
sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language"), [
    ("The gambler ran up debts over 9,000 bets, an average of $1,800 per bet.", None),
    ("Le joueur s'est endetté en 9.000 paris, une dette moyenne de 1.800 dollars (1.700 euros) par pari.", "fr"),
])
def test_an_amount_per_bare_noun_is_per_unit(text, language):
    money = [f for f in read(text, language=language) if f.kind == "money"]
    assert money[0].low == 1800.0 and money[0].measure.startswith("per-unit ")


@pytest.mark.parametrize("text", [
    "The gambler ran up debts of $40 million per the indictment.",
    "The gambler ran up debts of $40 million by the end.",
])
def test_an_amount_before_an_article_stays_whole(text):
    assert [f.measure for f in read(text) if f.kind == "money"] == ["debt"]


def test_the_amount_per_bet_does_not_contradict_the_total_debt():
    claims = compared("The gambler ran up debts over 9,000 bets, an average of $1,800 per bet.",
                      "The gambler ran up debts of $40 million with a bookmaker.")
    assert not [c for c in claims if c.verdict == "disagree"]
