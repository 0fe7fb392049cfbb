"""The whole a vague part is taken from: "the fire trapped many of the 238 guests", "some of the 50 workers were
killed", "most of the 300 passengers were rescued", "muchos de los 238 huéspedes", "viele der 238 Gäste".

The verb before or the predicate after tells what befell the part (many, some, most), not the whole the count
counts: the 238 guests were not all trapped. Such a count keeps no fate of its own: it counts people ("people"), so
that it is never weighed against a toll. "All of the 12 victims" is the whole itself, and keeps its fate.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A vague part and "of the" (and up to two lower-case words, "the registered") right before a count, one language per
# line: "many of the", "some of its", "muchos de los", "molti dei", "viele der", "beaucoup des", "muitos dos".
VAGUE_PART_BEFORE = lazy_compile(
    r"\b(?:(?:many|some|most|several|few|none|half|dozens|hundreds|scores|part)\s{1,3}of\s{1,3}(?:the|its|their)"
    r"|(?:muchos|muchas|algunos|algunas|varios|varias|mayoría)\s{1,3}de\s{1,3}(?:los|las|sus)"
    r"|(?:molti|molte|alcuni|alcune|diversi|parte)\s{1,3}(?:dei|degli|delle|dei\s{1,3}suoi)"
    r"|(?:viele|einige|mehrere|meisten)\s{1,3}(?:der|ihrer|seiner)"
    r"|(?:beaucoup|plusieurs|certains|certaines|plupart)\s{1,3}des"
    r"|(?:muitos|muitas|alguns|algumas|maioria)\s{1,3}(?:dos|das))"
    r"(?:\s{1,3}[a-zà-öø-ÿ-]{2,20}){0,2}\s{1,3}\Z", re.I)
PART_REACH = 60  # characters before a count searched for a vague part
# The fates a vague part takes from the verb or predicate around it (compare/measures.py PEOPLE_MEASURES).
FATES = frozenset("dead injured missing displaced hospitalised rescued arrested affected trapped survivors".split())
WHOLE = "people"
"""The measure of the whole a vague part is taken from: people, no fate of theirs."""


def vague_whole(measure: str | None, before: str) -> str | None:
    """``WHOLE`` for a count of people with a fate whose text ``before`` it ends with a vague part ("many of the"),
    else ``measure`` unchanged."""
    if measure in FATES and VAGUE_PART_BEFORE.search(before[-PART_REACH:]):
        return WHOLE
    return measure
