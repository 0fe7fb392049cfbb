"""A share of a place's people whose predicate says what befell them: "Nearly 70% of the island's population has been
gravely affected", "30% of residents were evacuated", "40 % de la population a été évacuée" (issue 11: a share
affected is not a share living somewhere, nor the population itself; no false disagreement from weighing them).

The noun after the share names who is counted ("population": residents); the predicate after that noun names the
measure, as it does for a count of people ("26 officers were injured": compare/person_counts.py).
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import predicate_measure
from briefing_tui.lazy_pattern import lazy_compile

RESIDENTS = "residents"  # the measure a share of a place's people takes from its noun
# "of" and up to four words, ending in a noun of a place's people, right after a share: " of Mayotte's population",
# " of the residents", " de la population", " della popolazione", " der Bevölkerung", " de la población", " da
# população" (what follows is the predicate).
_OF_PEOPLE = lazy_compile(
    r"\A\s{0,3}(?:of|de|du|des|della|dei|degli|der|da|do|dos)\b(?:\s{1,3}[\w’'-]{1,30}){0,4}?\s{1,3}"
    r"(?:population|residents|inhabitants|habitants|popolazione|abitanti|Bevölkerung|Einwohner|población|habitantes"
    r"|população|moradores)\b", re.I)


def population_fate(measure: str | None, after: str) -> str | None:
    """``measure``, or, for a share of a place's people (``RESIDENTS``), the measure its predicate names after the
    noun ("70% of the population has been gravely affected": "affected")."""
    if measure != RESIDENTS or (people := _OF_PEOPLE.match(after)) is None:
        return measure
    fate = predicate_measure(after[people.end():])
    return fate if fate and fate != RESIDENTS else measure
