"""A small "m" glued to a number is a million before what a count counts, a metre before anything else: "2m people",
"1.2m households" (British style) against "a 1.2m wall", "the 100m hurdles", "1.5m deep" (issue 11)."""

from __future__ import annotations

from briefing_tui.compare.count_phrases import count_phrase
from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.physical_units import DIMENSIONS

NOUN_REACH = 80  # characters after the number read for its counted noun
# Counted nouns that take no measure of the table but count people ("2m people").
PEOPLE_HEADS = frozenset({"people"})


def glued_million(text: str, end: int) -> bool:
    """Whether the "m" glued to the number ending at ``end`` is a million: the counted noun after it is people or a
    plural of a measure that is no length ("households", "voters", "residents"), never an adjective of size."""
    phrase = count_phrase(text[end:end + NOUN_REACH])
    if phrase is None:
        return False
    head = phrase[2].lower()
    measure = measure_of_word(head)
    return head in PEOPLE_HEADS or (measure is not None and head.endswith("s")
                                    and measure not in DIMENSIONS.values())
