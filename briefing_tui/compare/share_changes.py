"""A share lost or gained since an earlier vote or year: "lost 11% of the vote compared to the 2019 elections" is a
change of the share (measure "change"), not the share won ("won 29% of the vote")."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CHANGE_WORDS, words_in
from briefing_tui.lazy_pattern import lazy_compile

# After the share, in its clause: a comparison with an earlier time, the year or the earlier vote named within a few
# words and no other figure before it ("compared to the 2019 elections", "since the last election", "rispetto al
# 2019", "gegenüber 2019", "respecto a sus resultados de 2019"). A value compared ("compared to 16% in 2019") is a
# share set beside another, not a change: a numeral other than a year stops the match.
_EARLIER_AFTER = lazy_compile(
    r"\A[^.;:!?\d]{0,50}?\b(?:compared\s+(?:to|with)|since|rispetto\s+a(?:l|lle|i)?|gegenüber|respecto\s+a"
    r"|par\s+rapport\s+(?:à|au|aux)|em\s+relação\s+a|frente\s+a)\s+(?:[^\W\d_][\w’'-]*\s+){0,4}?"
    r"(?:(?:19|20)\d\d\b|(?:last|previous|earlier|précédent\w*|anterior\w*|vorigen|letzten|precedent\w*|ultim\w*)\b)",
    re.I)
CHANGE_VERB_REACH = 2  # words right before the share read for its verb of change ("lost 11%", "has lost 11%")


def changed_share(before: str, after: str) -> bool:
    """Whether the share right after ``before`` is a change since an earlier time: a verb of change just before it
    and a comparison with an earlier vote or year after it."""
    near = [w.group(0).lower() for w in words_in(before[-40:])][-CHANGE_VERB_REACH:]
    return any(w in CHANGE_WORDS for w in near) and _EARLIER_AFTER.match(after) is not None
