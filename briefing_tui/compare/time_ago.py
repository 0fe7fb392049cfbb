"""A period that dates something from now or from another moment is no length of anything: "three days ago",
"trois jours auparavant", "vor drei Tagen", "hace tres días", "tre giorni fa", "há três dias", "three days later".

Such a phrase places an event in time; it measures no mourning, no trial, no sentence. A period of its value said
elsewhere in the story ("three days of national mourning") must not lend it its measure
(:mod:`~briefing_tui.compare.story_measures`, :func:`~briefing_tui.compare.sentence_measures.same_value_measures`):
:func:`dates_from` tells the readers which periods to leave alone.

Read by the words right around the period: an adverb of time right after it ("ago", "earlier", "later",
"auparavant", "plus tôt", "antes", "atrás", "prima", "fa", "zuvor", "früher", "geleden"), or one of the words
that mean "ago" before it (German "vor", Spanish "hace", Portuguese "há", French "il y a"). A duration said with the
same words stays a duration: "desde hace 25 años", "desde há", "depuis il y a" (for 25 years), and "il y a trois
jours de deuil", "há três dias de luto" (there are three days of mourning: a noun after "de" names what lasts).
"""

from __future__ import annotations

import re

from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# An adverb of time right after the period, then no more of the noun phrase (a clause mark, a word or the end), one
# language a line. "before"/"avant"/"antes"/"prima"/"después"/"dopo"/"depois" only as adverbs, closed by a mark:
# "three days before the vote" is a date of its own, read elsewhere.
_AGO_AFTER = lazy_compile(
    r"\A\s{1,3}(?:"
    r"ago|earlier|later|before(?=\s{0,3}[,.;:!?)]|\s{0,3}\Z)"  # English
    r"|auparavant|plus\s{1,3}tôt|plus\s{1,3}tard|avant(?=\s{0,3}[,.;:!?)]|\s{0,3}\Z)"  # French
    r"|atrás|antes|más\s{1,3}tarde|después(?=\s{0,3}[,.;:!?)]|\s{0,3}\Z)"  # Spanish ("atrás" Portuguese too)
    r"|mais\s{1,3}cedo|mais\s{1,3}tarde|depois(?=\s{0,3}[,.;:!?)]|\s{0,3}\Z)"  # Portuguese
    r"|fa|prima|più\s{1,3}tardi|dopo(?=\s{0,3}[,.;:!?)]|\s{0,3}\Z)"  # Italian
    r"|zuvor|früher|davor|vorher|später|danach"  # German
    r"|geleden|eerder"  # Dutch ("later" as in English)
    r")\b", re.I)
# A word meaning "ago" right before the period, one language a line (German "vor drei Tagen", Spanish "hace tres
# días", Portuguese "há três dias", French "il y a trois jours"), not after "since" ("desde hace 25 años": for 25
# years; the lookbehinds are fixed width, so the match stays linear).
_AGO_BEFORE = lazy_compile(
    r"(?:"
    r"\bvor"  # German
    r"|(?<!desde\s)\bhace"  # Spanish
    r"|(?<!desde\s)\bhá"  # Portuguese
    r"|(?<!depuis\s)\bil\s{1,3}y\s{1,3}a"  # French
    r")\s{1,3}\Z", re.I)
# The words before the period that may mean "ago" also mean "there are" in Portuguese and French: a noun after "de"
# right after the period names what lasts ("há três dias de luto", "il y a trois jours de deuil"): a duration.
_OF_AFTER = lazy_compile(r"\A\s{1,3}(?:de|d['’])", re.I)
AGO_REACH = 16  # characters before the period searched for a word meaning "ago"
AFTER_REACH = 24  # characters after the period searched for an adverb of time


def dates_from(u: Unit, f: Figure) -> bool:
    """Whether the period ``f`` of the sentence ``u`` dates something ("three days ago", "vor drei Tagen"), being
    no length of anything (see the module's doc)."""
    if f.kind != "period":
        return False
    start, end = f.start - u.start, f.end - u.start
    if not 0 <= start <= end <= len(u.text):
        return False
    after = u.text[end:end + AFTER_REACH]
    if _AGO_AFTER.search(after):
        return True
    return bool(_AGO_BEFORE.search(u.text[max(0, start - AGO_REACH):start])) and not _OF_AFTER.search(after)

