"""A share said with "by" after a verb of change is how much something changed, not the level of a measure."""

import pytest

from briefing_tui.compare.amount_measures import percent_measure


@pytest.mark.parametrize("before", [
    "Peru agreed to increase imports of Canadian wheat by ",
    "The ministry will raise its exports of copper ore by ",
])
def test_share_of_a_change_by_is_no_level(before):
    assert percent_measure(before, " over two years.") is None


def test_level_without_a_change_keeps_its_measure():
    assert percent_measure("Peru's imports of Canadian wheat stood at ", " of the total.") == "imports"
