"""Periods that are the time from or to an event, not how long something lasts.

"King Mohammed VI declared three days of national mourning" gives a length (of the mourning); "Trois jours après
le tremblement de terre, le bilan ... est passé à 2 497 morts" gives the time elapsed since the quake, and "the
vote was held two weeks ago" the time since the vote. The two readings are different things: a period of one
is never weighed against a period of the other (:func:`elapsed_period`), whatever their values.

The English words are here; other languages' come from the word table's ``period_offsets`` section
(``briefing_tui/data/measure_words.yaml``): words right after the period ("après", "später", "geleden") and
right before it ("il y a", "hace", "vor").
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.gapped_terms import GAP_REACH, term_given_before
from briefing_tui.language_table import per_language, phrase_alternation, word_table

# English words right after a period that make it an offset from an event ("three days after the quake", "two
# weeks later", "a year ago", "hours before the vote", "a day earlier").
ENGLISH_AFTER = ("after", "later", "ago", "before", "earlier", "afterwards", "afterward", "since")
# A preposition of length before the period or opening it: "barred for five years after a court found her guilty" is
# how long the ban lasts, from then on ("pendant", "durante", "für", "per", "voor", "selama" alike).
_LENGTH_WORD = r"(?<![\w-])(?:for|during|pendant|durant|durante|für|per|voor|selama)\s{1,3}"
_LENGTH_BEFORE = re.compile(_LENGTH_WORD + r"\Z", re.I)
_LENGTH_OPENING = re.compile(_LENGTH_WORD, re.I)


def _of_length(text: str, start: int) -> bool:
    """Whether a preposition of length opens the period at ``start`` or stands right before it."""
    return bool(_LENGTH_OPENING.match(text, start) or _LENGTH_BEFORE.search(text, max(0, start - BEFORE_CHARS), start))
# How many characters after (before) a period are read for the words of an offset.
AFTER_CHARS = 16
BEFORE_CHARS = 10


@lru_cache(maxsize=1)
def _offset_patterns() -> tuple[re.Pattern, re.Pattern | None]:
    """(words right after a period, words right before it) as two anchored patterns, the longest first."""
    section = word_table().get("period_offsets")
    section = section if isinstance(section, dict) else {}
    after = {*ENGLISH_AFTER, *(w for names in per_language(section.get("after")) for w in names)}
    before = {w for names in per_language(section.get("before")) for w in names}

    after_pattern = re.compile(rf"^\s{{1,3}}(?:{phrase_alternation(after)})(?![\w-])", re.I)
    before_pattern = re.compile(rf"(?<![\w-])(?:{phrase_alternation(before)})\s{{1,3}}$", re.I) if before else None
    return after_pattern, before_pattern


def elapsed_period(text: str, start: int, end: int) -> bool:
    """Whether the period written at ``text[start:end]`` is the time from or to an event (see the module):
    an offset word right after it ("trois jours après", "two weeks later") or right before it ("il y a trois
    jours", "hace tres días")."""
    after_pattern, before_pattern = _offset_patterns()
    if after_pattern.match(text[end:end + AFTER_CHARS]) and not _of_length(text, start) \
            and not term_given_before(text[max(0, start - GAP_REACH):start]):  # ("sentenced to seven years after")
        return True
    return bool(before_pattern and before_pattern.search(text[max(0, start - BEFORE_CHARS):start]))
