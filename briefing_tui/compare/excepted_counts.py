"""A count after "all but" is the exception, not what its clause's noun counts (issue 11, precision).

"All but 31 were unauthorized pilgrims" counts the 31 who were not: the noun of the clause ("pilgrims") counts all
the others, so the 31 never takes its measure (it was weighed against "more than 50,000 pilgrims" and flagged). The
same in the other languages read: "tous sauf 31", "todos menos 31", "alle bis auf 31", "tutti tranne 31", "todos
exceto 31". A count after "all but" that names its whole ("all but one of 260 bodies") is read by compare/wholes.py.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# "All but" right before a count, one language per line (a qualifier may come between: "all but about 30").
_ALL_BUT_BEFORE = lazy_compile(
    r"(?:\ball\s{1,3}but"
    r"|\b(?:tous|toutes)\s{1,3}sauf"
    r"|\b(?:todos|todas)\s{1,3}(?:menos|salvo|excepto|exceto|menos\s{1,3}de)"
    r"|\balle\s{1,3}(?:bis\s{1,3}auf|außer|ausser)"
    r"|\b(?:tutti|tutte)\s{1,3}(?:tranne|eccetto|salvo))"
    r"\s{1,3}(?:(?:about|around|some|nearly|environ|unos|unas|etwa|rund|circa|cerca\s{1,3}de)\s{1,3})?$",
    re.I)
ALL_BUT_REACH = 40  # characters before a count read for its "all but"


def excepted(before: str) -> bool:
    """Whether the count after ``before`` (the text before it) is the exception of an "all but"."""
    return bool(_ALL_BUT_BEFORE.search(before[-ALL_BUT_REACH:]))
