"""Numbers written as a run of scale groups: "43 lakh 63 thousand 35 votes" is 4,363,035, "1 crore 20 lakh
people" 12,000,000 (Indian pages spell large counts this way; "2 million 300 thousand" is the same form).

Each group is a number and a scale word, the scales falling from group to group; a bare number may close the run.
Read as one count with the noun after it (see :mod:`.counts`); offsets relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.count_phrases import count_phrase
from briefing_tui.compare.measures import singular
from briefing_tui.compare.numbers import SPACE, NumberStyle, parse_number, scale_of
from briefing_tui.lazy_pattern import lazy_compile

# One group: a number and its scale word ("43 lakh", "63 thousand").
_GROUP = rf"\d{{1,3}}(?:[.,]\d+)?{SPACE}+(?:crores?|lakhs?|thousand|million|billion)"
# Two groups or more, then maybe a bare number ("43 lakh 63 thousand 35"); not inside a longer numeral.
_RUN = lazy_compile(rf"(?<![\w.,])(?P<run>{_GROUP}(?:{SPACE}+{_GROUP})+)(?:{SPACE}+(?P<rest>\d{{1,3}})(?![\d.,]))?\b", re.I)
# The number and the scale word of each group of a run.
_GROUP_PARTS = lazy_compile(rf"(?P<n>\d{{1,3}}(?:[.,]\d+)?){SPACE}+(?P<scale>[a-z]+)", re.I)
NOUN_REACH = 80  # characters after a run read for the noun it counts


def scale_groups_in(text: str, style: NumberStyle) -> list[Found]:
    """Counts written as a run of falling scale groups ("43 lakh 63 thousand 35 votes")."""
    found = []
    for m in _RUN.finditer(text):
        total, last = 0.0, None
        for g in _GROUP_PARTS.finditer(m.group("run")):
            number, scale = parse_number(g.group("n"), style), scale_of(g.group("scale"))
            if number is None or (last is not None and scale >= last):
                total = -1.0
                break
            total, last = total + number * scale, scale
        if total < 0:
            continue  # the scales do not fall: two numbers, not one
        if m.group("rest"):
            total += float(m.group("rest"))
        end = m.end()
        phrase = count_phrase(text[end:end + NOUN_REACH])
        head = phrase[2] if phrase else None
        if phrase:
            end += phrase[1]
        found.append(Found("count", m.start(), end, {"low": total, "high": total, "unit": singular(head) if head else None,
                                                     "head": head}))
    return found
