"""A compound money noun after an amount is measured by its head: "a $4 billion trade deficit" is a deficit."""

from compare_helpers import article, read

from briefing_tui.compare import compare


def test_trade_deficit_is_a_deficit():
    figures = read("The kingdom ran a $4 billion trade deficit with its neighbour in 2023.")
    assert next(f for f in figures if f.text == "$4 billion").measure == "deficit"


def test_budget_deficit_is_a_deficit():
    figures = read("Ministers now expect a €12 billion budget deficit next year.")
    assert next(f for f in figures if f.text == "€12 billion").measure == "deficit"


def test_other_compounds_keep_their_first_measure():
    figures = read("The city opened a $5 billion investment fund for harbours.")
    assert next(f for f in figures if f.text == "$5 billion").measure == "investment"


def test_trade_deficit_meets_a_deficit_of_another_outlet():
    claims = compare([
        article("o1", "2024-03-08", "The kingdom ran a $4 billion trade deficit with its neighbour last year. "
                                    "Farmers counted losses in flooded orchards."),
        article("o2", "2024-03-09", "El reino registró un déficit comercial de 7.000 millones de dólares el año pasado. "
                                    "Los agricultores contaron pérdidas."),
    ])
    deficit = [c for c in claims if len({s.source for s in c.statements}) > 1
               and any("$4 billion" in s.text for s in c.statements)]
    assert deficit and deficit[0].verdict == "disagree"
