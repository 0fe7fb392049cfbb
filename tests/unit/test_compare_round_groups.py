"""Issue 11: a lone mark before three zeros groups thousands whatever the source's style: a Spanish page that writes
"141,000 hogares" beside its "5,5 millones" counts 141,000 homes, not 141; an English-style page's "20.000" is
twenty thousand. Other lone marks keep the source's style ("1,300" on a continental page is 1.3). Invented numerals."""

from __future__ import annotations

import pytest

from briefing_tui.compare.numbers import CONTINENTAL, ENGLISH, parse_number


@pytest.mark.parametrize(("written", "style", "value"), [
    ("141,000", CONTINENTAL, 141000.0),
    ("7,000", CONTINENTAL, 7000.0),
    ("20.000", ENGLISH, 20000.0),
    ("141,000", ENGLISH, 141000.0),
    ("20.000", CONTINENTAL, 20000.0),
])
def test_a_lone_mark_before_three_zeros_groups(written, style, value):
    assert parse_number(written, style) == value


@pytest.mark.parametrize(("written", "style", "value"), [
    ("1,300", CONTINENTAL, 1.3),
    ("1.300", ENGLISH, 1.3),
    ("5,5", CONTINENTAL, 5.5),
    ("99.6", ENGLISH, 99.6),
])
def test_other_lone_marks_keep_the_sources_style(written, style, value):
    assert parse_number(written, style) == value
