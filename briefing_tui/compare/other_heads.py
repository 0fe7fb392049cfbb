"""A count of a list that closes on "and other" and a wider noun ("9,000 homes, businesses and other buildings",
"300 houses, shops and other structures"): the wider noun is what is counted, the first noun only one kind of it.
Read by :func:`briefing_tui.compare.person_counts.person_measure`."""

from __future__ import annotations

import re

from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.lazy_pattern import lazy_compile

# Right after the count's own noun: up to three more listed nouns, then "and other" (or "or other") and the wider noun.
_AND_OTHER = lazy_compile(r"(?:\s{0,3},\s{0,3}[a-z][\w-]{1,30}){0,3}\s{0,3},?\s{1,3}(?:and|or)\s{1,3}other\s{1,3}"
                          r"([a-z][\w-]{1,30})\b", re.I)


def wider_measure(measure: str | None, after: str) -> str | None:
    """The measure of the wider noun a list closes on ("homes, businesses and other buildings": buildings), when the
    count has a measure of its own and the wider noun names another; else ``measure``."""
    m = _AND_OTHER.match(after)
    wider = measure_of_word(m.group(1)) if m and measure else None
    return wider or measure
