"""The thousands that end a number of millions written in words: "un milione e 900mila voti" is 1,900,000 votes,
"un millón y 900 mil votos" and "2 millions et 300 mille" likewise, and with no "and" between ("5 millones 150 mil 92
votos" is 5,150,092, as Spanish and Portuguese spell a count out in digits and words). The count of thousands alone would be read as
900,000 (a false disagreement with "more than 1.9 million votes")."""

from __future__ import annotations

import re

from briefing_tui.compare.numbers import parse_number
from briefing_tui.lazy_pattern import lazy_compile

# The millions right before the thousands count, with or without "and" between: "un milione e ", "1 millón y ",
# "2,5 millions et ", "one million and ", "5 millones " (before "150 mil").
_MILLIONS_AND = lazy_compile(
    r"(?<![\w.,])(?P<head>un|uno|una|um|uma|one|a|\d{1,3})\s{1,3}"
    r"(?:milione|milioni|millón|millones|milhão|milhões|million|millions|Millionen?)\s{1,3}"
    r"(?:(?:e|y|et|and|und)\s{1,3})?\Z",  # the "and", when written
    re.I)
ONE_WORDS = frozenset("un uno una um uma one a".split())  # the words for "one" a number of millions opens on
MILLION = 1e6
HEAD_REACH = 40  # characters before a thousands count searched for the millions it ends


def millions_before(text: str, start: int) -> tuple[int, float] | None:
    """(where the number starts, its millions) when the count of thousands at ``start`` ends a number of millions
    written before it ("un milione e " before "900mila"), else None."""
    m = _MILLIONS_AND.search(text, max(0, start - HEAD_REACH), start)
    if m is None:
        return None
    head = m.group("head")
    value = 1.0 if head.lower() in ONE_WORDS else parse_number(head)
    return (m.start(), value * MILLION) if value else None
