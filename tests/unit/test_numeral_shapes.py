"""A numeral's own marks tell its style where the comparison weighs its rounding: "1.442.194" (dots between
groups) is a count, not a crash, and "1.442,5" is 1442.5 (found on a Portuguese election page, gold_new26)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.numbers import CONTINENTAL, ENGLISH, shape_style
from briefing_tui.compare.tolerance import interval
from tests.compare_helpers import compared, one_holding, read


@pytest.mark.parametrize(("written", "style"), [
    ("1.442.194", CONTINENTAL), ("1,442,194", ENGLISH), ("1.442,5", CONTINENTAL), ("1,442.5", ENGLISH),
    ("99,6", CONTINENTAL), ("99.6", ENGLISH), ("1.300", ENGLISH), ("1,300", ENGLISH), ("2025", ENGLISH),
])
def test_a_numerals_marks_show_its_style(written, style):
    assert shape_style(written) == style


def test_a_count_grouped_by_dots_twice_has_the_room_of_its_last_digit():
    votes = [f for f in read("O Chega obteve 1.442.194 votos.", language="pt") if f.kind == "count"][0]
    assert votes.low == 1_442_194
    assert interval(votes) == (1_442_194, 1_442_194)


def test_two_vote_counts_grouped_by_dots_are_compared_not_a_crash():
    claims = compared("A AD obteve 1.442.194 votos nas eleições legislativas.",
                      "A AD obteve 1.542.194 votos nas eleições legislativas.")
    assert one_holding(claims, "1.442.194", "1.542.194").verdict == "disagree"


@pytest.mark.parametrize(("sentence", "written", "value"), [
    ("Der Index schloss bei 10'870 Punkten.", "10'870 Punkten", 10_870),
    ("Das Spiel sahen 1’250’000 Menschen.", "1’250’000 Menschen", 1_250_000),
])
def test_thousands_grouped_by_apostrophes_are_one_number(sentence, written, value):
    figure = next(f for f in read(sentence, language="de") if f.text == written)
    assert figure.low == value
