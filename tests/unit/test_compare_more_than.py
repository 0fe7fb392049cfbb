"""Issue 11: "more than" written as a sign or a verb ("1,000+ homes", "50,000-plus", "could top 10,000", "surpassed
2,000", "north of $3 billion"), and how far "more than" reaches: "more than 2,000" dead is not 11,300 dead. Real
sentences from the study gold sets (tests/gold_new10's Derna floods) and news forms. The readings and the reach fail on the code before;
the sum, the rank and the Derna pair are guards (before, "surpassed 2,000" was read as exactly 2,000)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.tolerance import ABOVE, interval
from tests.compare_helpers import article, holding, read


def qualified(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.low, f.qualifier) for f in read(text) if f.kind in ("count", "money", "percent")]


@pytest.mark.parametrize(("text", "written", "value", "qualifier"), [
    ("The storm destroyed 1,000+ homes.", "1,000+ homes", 1000.0, "more_than"),
    ("Crowds of 50,000-plus fans filled the stadium.", "50,000-plus fans", 50000.0, "more_than"),
    ("Officials warned the toll could top 10,000.", "could top 10,000", 10000.0, "more_than"),
    ("Sales are expected to top 1 million units.", "to top 1 million units", 1e6, "more_than"),
    ("The death toll in the city of Derna has surpassed 2,000.", "surpassed 2,000", 2000.0, "more_than"),
    ("The official death toll currently exceeds 3,300 individuals.", "exceeds 3,300 individuals", 3300.0, "more_than"),
    ("North of $3 billion was spent on the bridge.", "North of $3 billion", 3e9, "more_than"),
    ("Turnout was shy of 40% in the capital.", "shy of 40%", 40.0, "less_than"),
])
def test_more_than_written_as_a_sign_or_a_verb(text, written, value, qualifier):
    assert (written, value, qualifier) in qualified(text)


@pytest.mark.parametrize("text", ["The score was 5+3 people.", "He is among the top 10 players."])
def test_a_sum_and_a_rank_are_no_qualifier(text):
    assert all(q is None for _, _, q in qualified(text))


def test_more_than_reaches_twice_the_value_at_most():
    over = [f for f in read("More than 2,000 people had died.") if f.kind == "count"][0]
    low, high = interval(over)
    assert low > 2000 and high == 2000 * ABOVE == 4000


def test_a_toll_more_than_2000_and_a_toll_of_11300_disagree():
    # verbatim (oodaloop and shropshirestar pages on the Derna floods, 2023, tests/gold_new10)
    sources = [
        article("oodaloop", "2023-09-12", "Ahmed al-Mosmari, a spokesperson for Commander Khalifa Hifter, stated the "
                "death toll in the city of Derna has surpassed 2,000."),
        article("shropshirestar", "2023-09-14", "The Libyan Red Crescent said that the death toll from floods in "
                "Libya’s eastern Libyan city of Derna has soared to 11,300, as search efforts continue."),
    ]
    claims = holding(compare(sources), "surpassed 2,000", "11,300")
    assert [c.verdict for c in claims] == ["disagree"]
