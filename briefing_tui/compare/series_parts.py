"""A count of a part of a series: "its first five meetings this year", "the remaining two policy meetings".

A count right after a word that picks the first, last, remaining or next members of a series ("the first five
meetings", "die ersten fünf Sitzungen", "los primeros cinco partidos"), or right before one ("les cinq premières
réunions", "le due ultime riunioni"), counts a part of the series, not its total: two sources naming different parts
of one year's meetings do not disagree about how many there are. Such a count has no measure of its own (its
sentence is left to a claim by wording).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The words picking a part of a series, in the languages read (en, de, es, pt, it, fr).
_PART_WORDS = (r"(?:first|last|remaining|next|final|ersten|letzten|nächsten|verbleibenden|primeros?|primeras?"
               r"|últimos?|últimas?|próximos?|próximas?|primeiros?|primeiras?|primi|prime|ultimi|ultime|prossimi"
               r"|prossime|premiers?|premières?|derniers?|dernières?|prochains?|prochaines?)")
# Right before a count: "its first five", "the remaining two", "die ersten fünf".
_PART_BEFORE = lazy_compile(rf"\b{_PART_WORDS}\s{{1,3}}$", re.I)
# Right after a count's number (before its noun): "les cinq premières réunions", "le due ultime riunioni".
_PART_AFTER = lazy_compile(rf"\A\s{{1,3}}{_PART_WORDS}\b", re.I)
PART_REACH = 30  # characters before a count read for a word picking a part of a series


def part_of_series(before: str, after_number: str) -> bool:
    """Whether a count whose number comes after ``before`` and before ``after_number`` counts a part of a series
    ("its first five meetings", "the remaining two meetings", "les cinq premières réunions"), not its total."""
    return bool(_PART_BEFORE.search(before[-PART_REACH:]) or _PART_AFTER.match(after_number))
