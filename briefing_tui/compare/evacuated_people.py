"""People counted as the object of an evacuation ("the evacuation of 3,000 residents", "l'évacuation de 3 000
habitants", "la evacuación de alrededor de 88.000 residentes", "die Evakuierung von 2.000 Einwohnern"): the
displaced, not the place's population. Read by :func:`briefing_tui.compare.person_counts.person_measure`."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The evacuation noun of six languages, then "of" in those languages, right before the count, or before at most two
# short lower-case words of its qualifier ("la evacuación de alrededor de 88.000", "the evacuation of more than
# 4,000"). Anchored at the end of the text before the count.
_EVACUATION_OF = lazy_compile(
    r"\b(?:evacuation|évacuation|evacuación|evacuação|evacuazione|evakuierung)\s{1,3}"
    r"(?:of(?:\s{1,3}the)?|de|d['’]|von|der|di|degli|dei|delle|da|do|dos|das)\s{0,3}"
    r"(?:[a-zà-ÿ]{2,10}\s{1,3}){0,2}$")
EVACUATION_REACH = 40  # characters before a count searched for its evacuation noun
# Counts of people whose noun says nothing of what befell them: the evacuation does.
PLAIN_PEOPLE = frozenset({"people", "residents"})


# A passive of evacuation after the count, past a short phrase of where they are ("900,000 people in 133 municipalities
# were evacuated", "2,000 residents across the coast have been evacuated"): one preposition of place and at most four
# words (a number among them) before the verb; English, the only language read so.
_EVACUATED_PAST_PLACE = lazy_compile(
    r"\A\s{1,3}(?:in|across|along|from|on|of)\s{1,3}(?:[\w'’,.-]{1,25}\s{1,3}){1,4}?"
    r"(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:ordered\s{1,3}to\s{1,3}evacuate|evacuated)\b", re.I)


def evacuated(measure: str | None, before: str, after: str = "") -> bool:
    """Whether a count of plain people (``measure`` "people" or "residents") is the object of an evacuation, named
    before it or as a passive after a short phrase of place."""
    return measure in PLAIN_PEOPLE and bool(_EVACUATION_OF.search(before[-EVACUATION_REACH:])
                                            or _EVACUATED_PAST_PLACE.match(after[:EVACUATION_REACH * 2]))
