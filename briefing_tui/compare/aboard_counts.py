"""Counts of the people aboard a craft (its crew and passengers) told by what happened to them.

"Two crew members were rescued", "two passengers were rescued" and "only two survivors" count one thing after a
crash: those rescued from a craft are its survivors (``ABOARD_FATES``). A count of the crew with no such predicate
is the crew's size ("the 22-member crew"). Flood victims rescued from rooftops stay "rescued".
"""

from __future__ import annotations

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measure_names import MEASURE_WORDS

CREW = "crew"
# The nouns counting those aboard: passengers, and the crew's words of every language.
ABOARD_HEADS = frozenset({"passengers", "passenger", *MEASURE_WORDS[CREW]}) | frozenset(
    w for w, m in language_words().measures.items() if m == CREW)
# What happening to those aboard makes them: rescued from a crash, they are its survivors.
ABOARD_FATES = {"rescued": "survivors"}
# Measures whose words are nouns that go with another counted noun ("188 passengers and crew had died"): never the
# start of another predicate.
COMPANION_MEASURES = (CREW,)


def aboard_fate(head: str | None, measure: str | None) -> str | None:
    """The measure of a count of a craft's crew or passengers (``head``) whose predicate names ``measure`` (see the
    module's doc); ``measure`` for other counts."""
    aboard = head is not None and head.lower() in ABOARD_HEADS
    return ABOARD_FATES.get(measure or "", measure) if aboard else measure
