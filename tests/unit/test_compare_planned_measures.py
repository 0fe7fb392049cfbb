"""A rate threatened in another language is a planned rate, a claim apart from the rate in force."""

import pytest

from briefing_tui.compare.amount_measures import percent_measure


@pytest.mark.parametrize("before, after", [
    ("loin de la surtaxe de ", " dont le Chili était menacé en mars."),
    ("Lima evita i dazi minacciati del ", "."),
    ("Santiago evitó los aranceles amenazados del ", "."),
    ("Bern entgeht den angedrohten Zöllen von ", "."),
])
def test_threatened_rate_is_planned(before, after):
    assert percent_measure(before, after) == "planned tariff"


def test_rate_in_force_with_a_threat_after_another_number_stays():
    assert percent_measure("Lima paga dazi del ", " invece del 30% minacciato.") == "tariff"
