"""A count of a part of a series: "its first five meetings this year", "the remaining two policy meetings".

A count right after a word that picks the first, last, remaining or next members of a series ("the first five
meetings", "die ersten fünf Sitzungen", "los primeros cinco partidos"), or right before one ("les cinq premières
réunions", "le due ultime riunioni"), counts a part of the series, not its total: two sources naming different parts
of one year's meetings do not disagree about how many there are. Such a count has no measure of its own (its
sentence is left to a claim by wording).

So has a count taken from a group its noun names with no number of its own ("against 49 of the co-defendants",
"47 de los acusados", "12 der Angeklagten"): a part of the group, not how many there are, unless the words after the
group say what befell the part ("two of the passengers died": the dead), which :func:`partitive_noun`'s caller
checks by comparing the measure read with the group's own.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# The words picking a part of a series, in the languages read (en, de, es, pt, it, fr).
_PART_WORDS = (r"(?:first|last|remaining|next|final|ersten|letzten|nächsten|verbleibenden|restlichen|übrigen"
               r"|primeros?|primeras?|últimos?|últimas?|próximos?|próximas?|restantes|primeiros?|primeiras?|primi|prime"
               r"|ultimi|ultime|prossimi|prossime|rimanenti|restanti|premiers?|premières?|derniers?|dernières?"
               r"|prochains?|prochaines?|restants)")
# Right before a count: "its first five", "the remaining two", "die ersten fünf".
_PART_BEFORE = lazy_compile(rf"\b{_PART_WORDS}\s{{1,3}}$", re.I)
# Right after a count's number (before its noun): "les cinq premières réunions", "le due ultime riunioni".
_PART_AFTER = lazy_compile(rf"\A\s{{1,3}}{_PART_WORDS}\b", re.I)
# Right after a count's number: the group it is taken from, named by a noun with no number ("49 of the
# co-defendants", "47 de los acusados", "12 des prévenus", "12 der Angeklagten", "5 degli imputati", "5 dos réus").
_PARTITIVE_AFTER = lazy_compile(
    r"\A\s{1,3}(?:of|out\s{1,3}of|de\s{1,3}l[oa]s|des|der|von\s{1,3}den|degli|dei|delle|dos|das)\s{1,3}"
    r"(?:(?:the|his|her|its|their|these|those|all)\s{1,3})?(?P<noun>[^\W\d_][\w-]{1,30})")
PART_REACH = 30  # characters before a count read for a word picking a part of a series


def part_of_series(before: str, after_number: str) -> bool:
    """Whether a count whose number comes after ``before`` and before ``after_number`` counts a part of a series
    ("its first five meetings", "the remaining two meetings", "les cinq premières réunions"), not its total."""
    return bool(_PART_BEFORE.search(before[-PART_REACH:]) or _PART_AFTER.match(after_number))


def partitive_noun(after: str) -> str | None:
    """The noun of the group a count is taken from when the count is followed by a partitive naming it with no number
    ("49 of the co-defendants" -> "co-defendants"), or None. Not a toll's noun: "two of the dead were children" is
    read by :mod:`.partitives` and the words after it."""
    m = _PARTITIVE_AFTER.match(after)
    return m.group("noun") if m and measure_of_word(m.group("noun")) not in TOLL_MEASURES else None
