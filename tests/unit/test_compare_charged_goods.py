"""A share after a charge levied on goods is the charge's rate, not a share of the goods."""

import pytest

from briefing_tui.compare.amount_measures import percent_measure


@pytest.mark.parametrize("before, after", [
    ("Ottawa is lowering tariffs on Chilean imports to ", " next year."),
    ("Il governo ha ridotto i dazi sulle importazioni cilene al ", " dal 20%."),
    ("Madrid baja los aranceles a las importaciones chilenas al ", "."),
    ("Berlin senkt die Zölle auf Importe aus Chile auf ", " ab März."),
])
def test_share_after_a_charge_on_goods_is_the_tariff(before, after):
    assert percent_measure(before, after) == "tariff"


def test_share_of_the_goods_themselves_stays_imports():
    assert percent_measure("Cars make up a large part of the imports, about ", " of them.") != "tariff"


@pytest.mark.parametrize("before, after", [
    ("Bern gewährt Waren aus Peru einen Zollsatz von ", " (statt 20 Prozent)."),
    ("Paris impose une surtaxe de ", " sur le fromage."),
])
def test_a_rate_of_duty_and_a_surcharge_are_tariffs(before, after):
    assert percent_measure(before, after) == "tariff"
