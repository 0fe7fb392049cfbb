"""A name that says who struck, not whose dead: "the Iranian strikes killed 28 people", "Russian missiles killed 12"
(split from compare/subjects.py).

A people's or country's name right before a noun of attack (strikes, missiles, drones, shelling, forces) names the
side that attacked; the dead it killed are the other side's, or nobody named's. Such a name is never the subject of a
count of people in its clause.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The nouns of an attack or of the force that made it, right after the name (one or two words of kind between:
# "Iranian ballistic missile strikes"), one language per line.
_ATTACK_AFTER = lazy_compile(
    r"(?:\s{1,3}[a-z-]{3,12}){0,2}?\s{1,3}"
    r"(?:strikes?|air\s{0,3}strikes?|airstrikes?|attacks?|missiles?|rockets?|drones?|bombs?|bombing|bombardments?"
    r"|shelling|shells|raids?|fire|forces|troops|army|military|warplanes|jets)\b",
    re.I)


def names_attacker(clause: str, end: int) -> bool:
    """Whether the name ending at ``end`` in ``clause`` is followed by a noun of attack (see the module's
    docstring)."""
    return bool(_ATTACK_AFTER.match(clause, end))
