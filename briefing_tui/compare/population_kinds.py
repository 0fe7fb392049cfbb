"""A place's people of one legal standing: "la population clandestine de Mayotte dépasse les 100.000 personnes", "an
undocumented population of some 100,000", "la población indocumentada" (issue 11: the undocumented are some of the
residents, never weighed against the whole population, "Mayotte's 320,000 residents").
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

UNDOCUMENTED_KIND = "undocumented"  # the kind of residents without papers (one of ``measure_kinds.OWN_KINDS``)
# What ends the clause before a count: a stop, a semicolon, a colon or a comma, and a space.
_CLAUSE_END = lazy_compile(r"[.;:!?,]\s")
UNDOCUMENTED_REACH = 60  # characters before a count of residents searched for a word of undocumented people
# A word of people without papers, in the text before a count of residents: "undocumented", "illegal", "clandestine",
# "clandestins", "sans-papiers", "indocumentados", "irregulares", "irregolari", "clandestini", "illegalen" (German
# "Illegale" as a noun too).
_UNDOCUMENTED = lazy_compile(
    r"\b(?:undocumented|illegal(?:e[nrs]?)?|clandestin[aeios]?s?|sans[-\s]papiers|indocumentad[ao]s?"
    r"|irregular(?:es)?|irr[ée]guli[eè]re?s?|irregolar[ei])\b", re.I)


def residents_kind(before: str) -> str | None:
    """``UNDOCUMENTED_KIND`` when a word of people without papers stands shortly before a count of residents
    (``UNDOCUMENTED_REACH``, in its clause), else None."""
    return UNDOCUMENTED_KIND if _UNDOCUMENTED.search(_CLAUSE_END.split(before)[-1][-UNDOCUMENTED_REACH:]) else None
