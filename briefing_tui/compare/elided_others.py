"""A count of "more" or "others" with no noun of its own, after a count of the same fate in its sentence: "Nine
people were gravely wounded ..., while 246 more were seriously injured", "neuf personnes blessées ... et 246 autres en
urgence relative", "Four were killed on Monday and 12 more died overnight". The second count is others than the
first, never the whole toll of that fate: its measure takes the ``other`` kind (``ranked_counts.OTHER_KIND``, one of
``measure_kinds.OWN_KINDS``: "other injured"). (issue 11: on tests/gold_new58, the 246 "more" injured were weighed
against the nine in critical condition of another outlet.)

Where the sentence names no earlier count of that fate ("killed two people and injured 30 others": others than the
dead), the count is the whole of its own fate, as :func:`briefing_tui.compare.ranked_counts.other_kind` reads it.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.compare.measures import PEOPLE_MEASURES, words_in
from briefing_tui.compare.ranked_counts import OTHER_KIND
from briefing_tui.compare.word_counts import OTHER_WORDS
from briefing_tui.lazy_pattern import lazy_compile

# A word for "more" or "others" right after the number, standing for the noun: "246 more were", "246 others were",
# "246 autres en", "16 otros", "51 weitere".
_ELIDED_OTHERS = lazy_compile(rf"\A[\s-]{{1,3}}(?:more|others|autres|{OTHER_WORDS})\b", re.I)
# The last start of a sentence in the text before a count: a stop and a space.
_SENTENCE_END = lazy_compile(r"[.!?]\s")
OWN_VERB_WORDS = 2  # words right before a count that are its own verb ("and injured 30 others"), not an earlier count's
FATE_REACH = 200  # characters before a count searched (in its sentence) for the fate of an earlier count


def elided_others(measure: str | None, head: str | None, before: str, phrase: str, after: str) -> str | None:
    """``measure`` of the ``other`` kind when the count is "N more" / "N autres" with no noun of its own (``head`` None
    or the word for others) and its sentence names the same fate before it, past the count's own verb; else
    ``measure``."""
    base = (measure or "").split(" ")[-1]
    if base not in PEOPLE_MEASURES or (measure or "").startswith(OTHER_KIND) or phrase.strip() and head is None:
        return measure
    if not _ELIDED_OTHERS.match(phrase if head else after):
        return measure
    sentence = _SENTENCE_END.split(before[-FATE_REACH:])[-1]
    words = [w.group(0).lower() for w in words_in(sentence)][:-OWN_VERB_WORDS]
    if any(measure_of_word(w) == base for w in words):
        return f"{OTHER_KIND} {measure}"
    return measure
