"""The place a sentence opens with as worst hit, whose counts a "with" phrase then gives (issue 11): "Tarvela
suffered the heaviest losses, with 94 deaths, 310 injured and 40 people missing" gives Tarvela's counts, not the
event's whole. The place is the sentence's subject, a verb of bearing or being follows it ("suffered", "recorded",
"saw", "bore", "was", "fue", "a été", "war"), and the counts are in the phrase after the comma that opens on "with"
("con", "avec", "com", "mit", "con"), with no other name, clause or stop between.
"""

from __future__ import annotations

import re

from briefing_tui.compare.clause_subjects import SENTENCE_START
from briefing_tui.compare.subject_names import name_ok
from briefing_tui.lazy_pattern import lazy_compile

# The sentence's opening name (one to three capitalised words), a verb of bearing or being, the rest of the main
# clause up to a comma, then "with" and its list of counts up to the figure: lower-case words, numbers (with their
# separators), commas and spaces only, so no other name nor clause ("..., while Ombrin reported 40") comes between.
_WORST_HIT = lazy_compile(
    r"\s{0,3}(?P<place>[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,2})\s{1,3}"
    r"(?:suffered|recorded|registered|saw|bore|was|were|remains|counted"  # English
    r"|sufrió|registró|fue|contabilizó"  # Spanish
    r"|a\s{1,3}(?:subi|enregistré|été|compté)"  # French
    r"|sofreu|registrou|foi"  # Portuguese
    r"|ha\s{1,3}(?:subito|registrato)|è\s{1,3}stat[ao]"  # Italian
    r"|erlitt|verzeichnete|war|wurde)\b"  # German
    r"[^,;:.!?]{0,80},\s{1,3}(?:with|con|avec|com|mit)\s"
    r"(?P<counts>(?:[a-z\s,]|\d|\.(?=\d)){0,120})\Z")
# A word that opens another clause inside the phrase of counts: "with 94 deaths, while the coast reported 40".
_OTHER_CLAUSE = lazy_compile(r"\b(?:while|whereas|but|although|mientras|pero|tandis|alors|mais|während|aber|enquanto|mas"
                             r"|mentre|ma|which|who|where)\b")


def worst_hit_place(before: str) -> str | None:
    """The place the figure's sentence opens with as worst hit, when the figure is in the "with" phrase of counts
    that follows its main clause ("Tarvela suffered the heaviest losses, with 94 deaths"), else None. ``before`` is
    the text before the figure (its qualifier included: "with over 60 people")."""
    start = 0
    for m in SENTENCE_START.finditer(before):
        start = m.end()
    m = _WORST_HIT.match(before, start)
    return name_ok(m.group("place"), True) if m and not _OTHER_CLAUSE.search(m.group("counts")) else None
