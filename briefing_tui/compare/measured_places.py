"""The place a sentence's measure is said of before its figure (issue 11): "The number of people still unaccounted
for in flood-ravaged Kerr County, Texas, has dropped to just three" (Kerr County's). When that place opens a list of
places ("severe damage in Tarvela, Ombrin, and Kesto, with 210 injuries"), the count that follows is spread over all
of them, the event's whole, and no one place's: as "82 people died across six counties" (compare/event_whole.py).
"""

from __future__ import annotations

from briefing_tui.compare.clause_subjects import SENTENCE_START
from briefing_tui.compare.incident_names import names_incident
from briefing_tui.compare.measures import WORD_MEASURE
from briefing_tui.compare.numbers import LIST_AND
from briefing_tui.compare.subject_names import name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A place after the measure the sentence opens with: "The number of people still unaccounted for in flood-ravaged
# Kerr County, Texas, has dropped to just three" (a lower-case modifier may stand before the place).
_MEASURE_IN_PLACE = lazy_compile(r"\b([a-z]+)(?: for)? in (?:the )?(?:[a-z-]+ )?([A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30}){0,3})")
# The rest of a list of places after the first, with its "and" (an Oxford comma or none): ", Ombrin, and Kesto",
# ", Ombrin y Kesto" (a single ", Texas," after a place names the larger place, not a list).
_LIST_GOES_ON = lazy_compile(
    r"(?:\s{0,3},\s{1,3}[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,2}){1,4}\s{0,3},?\s{1,3}"
    rf"{LIST_AND}\s{{1,3}}[A-Z]")


def measured_place(before: str) -> str | None:
    """The place the sentence's measure is said of before the figure ("unaccounted for in Kerr County"), or None;
    None too when it opens a list of places (the count is spread over them)."""
    start = 0
    for m in SENTENCE_START.finditer(before):
        start = m.end()
    found = [m for m in _MEASURE_IN_PLACE.finditer(before, start) if m.group(1) in WORD_MEASURE
             and not names_incident(before, m.start(2), m.end(2))]
    if not found or _LIST_GOES_ON.match(before, found[-1].end(2)):
        return None
    return name_ok(found[-1].group(2), False)
