"""Two amounts coordinated in one sentence, each after its own measure: "revenue exceeding 30 trillion yen and
operating profit exceeding 3 trillion yen", "sales of as much as $191 billion and profits of more than $19 billion",
"vendas de 30 trilhões de ienes e lucro operacional de mais de 3 trilhões". The measure noun after the "and" names
the amount after it, not the one before it: the first amount takes the measure named before it (revenue), as a
reader does. Read by :mod:`briefing_tui.compare.amount_measures` before it looks after an amount."""

from __future__ import annotations

from briefing_tui.compare.measure_lookup import money_measure_of_word
from briefing_tui.compare.measures import MONEY_MEASURES
from briefing_tui.compare.numbers import LIST_AND
from briefing_tui.lazy_pattern import lazy_compile

# Right after an amount: a conversion in brackets at most, then a coordinating conjunction ("and", Romance "e", "y",
# "et", "ed", German "und", "sowie"), then a few words (group 1: the next measure's phrase, "operating profit
# exceeding", "profits of more than", "lucro operacional de mais de"), then the next amount's first character (a
# digit or a currency sign). Bounded: the bracket to 40 characters, the phrase to six words of 30 characters.
_COORDINATED_AMOUNT = lazy_compile(
    r"\A[\s,]{0,3}(?:\([^()]{0,40}\)[\s,]{0,3})?"
    rf"(?:{LIST_AND}|ed|sowie)\s{{1,3}}"
    r"((?:[^\W\d_][\w'’-]{0,30}\s{1,3}){1,6}?)"
    r"(?=[$€£¥₹]|\d)")


def own_amount_ahead(after: str) -> bool:
    """Whether the text right ``after`` an amount coordinates a money measure that has an amount of its own ("and
    operating profit exceeding 3 trillion yen"): that measure is the next amount's, never this one's."""
    found = _COORDINATED_AMOUNT.match(after)
    if not found:
        return False
    for word in found.group(1).split():
        measure = money_measure_of_word(word.strip(",;:"))
        if measure and measure.split()[-1] in MONEY_MEASURES:
            return True
    return False
