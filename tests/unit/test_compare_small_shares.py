"""Small shares (issue 11): the ±0.1-point room of a share written to one decimal is at most a small part of
it, so "2.5%" and "2.6%" of national income are different targets, while "28.5%" and "28.6%" of the vote
still agree; a whole-number share keeps its rounding ("3%" agrees with "3.2%"). Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.model import Figure
from briefing_tui.compare.tolerance import compare_figures


def _share(text: str, value: float, source: str) -> Figure:
    return Figure("percent", text, source, 0, len(text), low=value, high=value, unit="%")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("2.5%", 2.5), ("2.6%", 2.6), False),  # a spending target of 2.5% of GDP against 2.6%
    (("1,8 %", 1.8), ("1,9 %", 1.9), False),
    (("28.5%", 28.5), ("28.6%", 28.6), True),  # a vote share rounded two ways
    (("3 percent", 3.0), ("3.2%", 3.2), True),  # a whole number against a finer figure
    (("2.5%", 2.5), ("2.5 per cent", 2.5), True),
    (("1%", 1.0), ("1.4%", 1.4), True),  # a whole share is any value it rounds from
])
def test_small_shares_one_decimal_apart(a, b, agree):
    check = compare_figures(_share(*a, "first"), _share(*b, "second"), {}, default_rate_table())
    assert check is not None and check.compatible is agree
