""""late" or "early" opening a time adverbial after a number ("rose to 61 late on Friday") is when the number was
reached, not what it counts (issue 11: "57 late" was a count of "late", and the outlet's death toll fell out of the
death toll's claim)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "The confirmed death toll of the landslide has risen to 61 late on Friday night, the civil protection said.",
    "The number of people rescued reached 61 early this morning, officials said.",
])
def test_a_time_adverbial_is_no_counted_noun(text):
    (found,) = [f for f in read(text, "2026-02-03", "en") if f.kind == "count" and f.low == 61]
    assert found.unit is None and found.text == "61"

