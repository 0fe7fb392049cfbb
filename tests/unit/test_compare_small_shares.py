"""A small share written to hundredths keeps its digits' room: "1.26%" and "1.21%" of national income are two
figures (0.1 points would be a 8% rounding there), while shares written to tenths, or large ones, keep the room of
0.1 points ("28.5%" and "28.6%"). Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import read


def share(text: str):
    return next(f for f in read(text, language="en") if f.kind == "percent")


@pytest.mark.parametrize(("left", "right", "compatible"), [
    ("The plan is 1.26% of national income.", "The plan is 1.21% of national income.", False),
    ("The plan is 1.26% of national income.", "The plan is 1.3% of national income.", True),
    ("The plan is 1.26% of national income.", "The plan is 1.27% of national income.", False),
    ("Turnout was 28.5% in the city.", "Turnout was 28.6% in the city.", True),
    ("Turnout was 28.55% in the city.", "Turnout was 28.62% in the city.", True),
])
def test_a_small_share_to_hundredths_keeps_its_digits(left, right, compatible):
    assert compare_values(share(left), share(right)).compatible is compatible
