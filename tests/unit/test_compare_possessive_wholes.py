"""A count taken of a whole named with a possessive ("all 14 of his co-accused", "two of her brothers"): the count
counts the whole's noun, as after "the", "its" or "their" (issue 11). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def counted(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.measure) for f in read(text) if f.kind == "count"]


def test_a_count_of_a_whole_named_with_his_or_her_counts_its_noun():
    assert counted("The judge found all 14 of his co-defendants guilty on Friday.") == [("14", 14, "co-defendants")]
    assert counted("Both of them and all 9 of her co-defendants appealed.")[-1] == ("9", 9, "co-defendants")


def test_outlets_counting_the_co_defendants_differently_disagree():
    claims = compared("The judge found all 14 of his co-defendants guilty on Friday.",
                      "Alongside him, 13 co-defendants were found guilty on Friday.")
    assert one_holding(claims, "all 14 of his co-defendants", "13 co-defendants").verdict == "disagree"
