"""The text before a list of groups of people, read as the text before each of its parts: "Among the dead were 12
women and 20 children", "Entre los fallecidos se encuentran 132 mujeres y 38 niños", "Unter den Toten sind 12 Frauen
und 20 Kinder" (issue 11). The clause opening the list ("Among the dead were") names the whole each part belongs to;
read right before the second part, its text ends in the first part ("12 women and"), so the second part was read as
people of no fate, apart from the children among the dead of other outlets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_tui.lazy_pattern import lazy_compile

# One part of a list right before a count: its number, its group's word, and the punctuation or conjunction that
# joins it to the next part ("12 women and ", "132 mujeres y ", "12 Frauen, "), one language's conjunction a line.
_LISTED_PART = lazy_compile(
    r"(?P<number>\d[\d.,]{0,12})\s{1,3}(?P<word>[^\W\d_]{2,20})\s{0,3},?\s{0,3}"
    r"(?:and|as\s{1,3}well\s{1,3}as"
    r"|y|e|et|und|sowie|en)?\s{0,3}\Z", re.I)
LISTED_PARTS_MAX = 8  # parts of one list read back over (a toll's women, children, men, foreigners...)
PART_REACH = 48  # characters of one part read back from its end


def before_list(before: str, is_group: Callable[[str], bool]) -> str:
    """``before`` without the parts of a list of groups it ends in (each a count of a group's word, ``is_group``):
    the text before the list's first part."""
    for _ in range(LISTED_PARTS_MAX):
        part = _LISTED_PART.search(before[-PART_REACH:])
        if part is None or not is_group(part.group("word").lower()):
            break
        before = before[:len(before) - len(before[-PART_REACH:]) + part.start()]
    return before
