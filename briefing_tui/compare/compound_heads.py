"""The head of a compound money noun after an amount: in "a $38 billion trade deficit" or "a $3 billion budget
deficit" the first noun says what falls short, the last one what the amount is (a deficit), as English compounds
put their head last. Only the heads of ``COMPOUND_HEADS`` outrank the measure word before them: "a $5 billion
investment fund" keeps its first measure."""

from __future__ import annotations

import re

from briefing_tui.compare.measure_lookup import money_measure_of_word

# Money measures that head a compound after another measure word: "trade deficit", "budget deficit", "trade surplus".
COMPOUND_HEADS = frozenset({"deficit", "surplus"})


def compound_head(words: list[re.Match], i: int, measure: str) -> str:
    """The measure of the amount whose word ``i`` names ``measure``: the next word's when that word heads a
    compound of ``COMPOUND_HEADS`` ("trade deficit" is a deficit), else ``measure`` itself."""
    if i + 1 < len(words) and (head := money_measure_of_word(words[i + 1].group(0))) in COMPOUND_HEADS:
        return head
    return measure
