"""A place's people of one legal standing: "la population clandestine de Mayotte dépasse les 100.000 personnes", "an
undocumented population of some 100,000", "la población indocumentada" (issue 11: the undocumented are some of the
residents, never weighed against the whole population, "Mayotte's 320,000 residents").

And the people who live in a hazard's path: "two million people live in the storm's path between A and B", "1,5 million
de personnes vivent sur la trajectoire du cyclone": the people a storm may reach across a region, not a place's
population (issue 11: on tests/gold_new58, the UN's count in a cyclone's path was weighed against the island's).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

UNDOCUMENTED_KIND = "undocumented"  # the kind of residents without papers (one of ``measure_kinds.OWN_KINDS``)
# What ends the clause before a count: a stop, a semicolon, a colon or a comma, and a space.
_CLAUSE_END = lazy_compile(r"[.;:!?,]\s")
EXPOSED_KIND = "exposed"  # the kind of residents living in a hazard's path (one of ``measure_kinds.OWN_KINDS``)
UNDOCUMENTED_REACH = 60  # characters before a count of residents searched for a word of undocumented people
# A word of people without papers, in the text before a count of residents: "undocumented", "illegal", "clandestine",
# "clandestins", "sans-papiers", "indocumentados", "irregulares", "irregolari", "clandestini", "illegalen" (German
# "Illegale" as a noun too).
_UNDOCUMENTED = lazy_compile(
    r"\b(?:undocumented|illegal(?:e[nrs]?)?|clandestin[aeios]?s?|sans[-\s]papiers|indocumentad[ao]s?"
    r"|irregular(?:es)?|irr[ée]guli[eè]re?s?|irregolar[ei])\b", re.I)


PATH_REACH = 80  # characters after a count of residents searched for the path they live in
# The path of a hazard, after a count of people and the verb of living, in its clause: "in the storm's path", "in the
# path of the cyclone", "in its path", "sur la trajectoire du cyclone", "sur son passage", "en la trayectoria", "en su
# camino", "na trajetória", "no caminho", "sulla traiettoria", "sul percorso", "in der Zugbahn"; at most three short
# words between the preposition and the noun ("in the storm's projected path").
_IN_PATH = lazy_compile(
    r"\b(?:in|within|along"
    r"|sur|dans"
    r"|en|por"
    r"|na|no|em"
    r"|sulla|sul|lungo"
    r"|in\s{1,3}der|auf\s{1,3}der)"
    r"\s{1,3}(?:[^\W\d_][\w'’-]{0,20}\s{1,3}){0,3}?"
    r"(?:path|track|trajectoire|passage|trayectoria|camino|trajetória|caminho|traiettoria|percorso|zugbahn)\b",
    re.I)


def residents_kind(before: str, after: str = "") -> str | None:
    """``UNDOCUMENTED_KIND`` when a word of people without papers stands shortly before a count of residents
    (``UNDOCUMENTED_REACH``, in its clause); ``EXPOSED_KIND`` when the clause after it says they live in a hazard's
    path (``PATH_REACH``); else None."""
    if _UNDOCUMENTED.search(_CLAUSE_END.split(before)[-1][-UNDOCUMENTED_REACH:]):
        return UNDOCUMENTED_KIND
    return EXPOSED_KIND if _IN_PATH.search(_CLAUSE_END.split(after[:PATH_REACH], maxsplit=1)[0]) else None
