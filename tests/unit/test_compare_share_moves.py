"""A share with a word of direction right after it ("3 Prozent tiefer", "2% lower") is a movement: it never takes
the measure the corpus's other shares give (a stock's fall is no tariff)."""

from compare_helpers import article

from briefing_tui.compare import compare
from briefing_tui.compare.share_moves import moves_after


def _measure_of(claims, text):
    return next(f.measure for c in claims for s in c.statements for f in s.figures if f.text == text)


def test_words_of_direction_after_a_share():
    assert moves_after(" tiefer bei 9'870 Punkten")
    assert moves_after(" plus bas qu'hier")
    assert moves_after(" lower on the day")
    assert not moves_after(" of the vote")
    assert not moves_after(" tariff on cars")


def test_a_falling_index_takes_no_tariff_from_the_other_shares():
    claims = compare([
        article("o1", "2024-03-08", "Norway and Iceland all landed on 20% levies. "
                                    "Der Index lag bei der Fischer Bank 1,87 Prozent tiefer."),
        article("o2", "2024-03-08", "Norway and Iceland all landed on 20% levies, ministers said."),
    ])
    assert _measure_of(claims, "20%") == "tariff"
    assert _measure_of(claims, "1,87 Prozent") is None
