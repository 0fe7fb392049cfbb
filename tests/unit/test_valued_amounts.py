"""An amount a value word is said of prices what the value is of, not a measure named further back (issue 11)."""

from briefing_tui.compare.amount_measures import money_measure


def test_a_deals_total_value_is_its_price_not_the_debt_named_before_it():
    # tests/gold_new21 (mars_kellanova_deal_2024, source 05)
    before = ("Mars would also take on Kellanova’s outstanding debt, bringing the agreement’s total value to about ")
    assert money_measure(before, ".") == "sale"
    assert money_measure("The company said the sale would close soon, bringing the total value of the deal to "
                         "around ", ".") == "sale"


def test_a_firms_valuation_takes_no_measure_named_before_it():
    # tests/gold_new5 (Wiz): the valuation of a round, not the round's investment
    assert money_measure("Wiz considered whether to accept Google's bid or proceed with a planned investment round "
                         "this year for around $US1 billion, at a valuation of almost ", ".") is None
    # tests/gold_new11 (Hyundai India): the unit's value, not the stake sold nor a ranking's sales
    assert money_measure("Its South Korean parent will sell up to 17.5% of its stake in the wholly-owned unit, "
                         "which will be valued at up to ", ".") is None
    assert money_measure("The IPO had valued Hyundai’s India unit, the country’s second-largest car maker by sales, "
                         "at about ", ", with the parent firm putting up a stake.") is None
    # the same in French and German
    assert money_measure("Le groupe a levé un investissement de ses actionnaires, ce qui porte sa valorisation à ",
                         ".") is None
    assert money_measure("Das Unternehmen hat die Investition abgeschlossen, seine Bewertung liegt nun bei ", ".") is None
    # a deal's value in French: the deal's price, not the debt named before it
    assert money_measure("Le groupe reprend aussi la dette, ce qui porte la valeur totale de l’accord à ", ".") == "sale"


def test_a_measure_named_after_the_value_word_or_a_deals_own_value_is_kept():
    # a measure between the value word and the amount is what it prices
    assert money_measure("The startup, last valued at $12 billion, has annual recurring revenue surpassing ",
                         " by mid-year.") == "revenue"
    # a deal named before its value ("The deal, valued at"), and an enterprise value: the deal's price
    assert money_measure("The deal, valued at ", " excluding debt, is not expected to face scrutiny.") == "sale"
    assert money_measure("Mars will acquire all outstanding equity for $83.50 per share in cash, representing a "
                         "total enterprise value of ", ".") == "sale"
    # an equity value is read as before: here no measure is named, and none is given
    assert money_measure("On an equity basis, it is valued at ", ", according to a Reuters calculation.") is None
    # goods "worth" an amount: the sale or purchase that names them
    assert money_measure("The EU has agreed to purchase U.S. energy resources worth approximately ", ".") == "sale"
