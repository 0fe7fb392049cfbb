"""A distance to keep, written as a "less than" under a negation or a ban: "no acercarse a menos de 6 kilómetros",
"ne pas s'approcher à moins de 500 mètres", "divieto di avvicinarsi a meno di 300 metri", "não se aproximar a menos de
2 km" all say to stay AT LEAST that far (an exclusion zone, a restraining order), the same figure another outlet
writes "at least 6 km" or "a 6 km radius" (issue 11: one outlet's "no se acercara a menos de 6 kilómetros del pico"
set against the others' at least 6 km as a disagreement). Without the negation "less than" stays ("el avión se acercó
a menos de 100 metros": it came that close).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Characters before a "less than" read for the verb of approaching and the negation or ban before it.
KEPT_REACH = 80
# A negation or a word of a ban, then (in its clause, 40 characters at most) a verb of approaching of a Romance
# language with its preposition, right before the qualifier ("no se acercara a", "ne pas s'approcher à",
# "prohibición de acercarse a", "divieto di avvicinarsi a", "não se aproximar a"); one group of words a line.
_KEPT_OFF_BEFORE = lazy_compile(
    r"(?:\b(?:no|ne|non|não|nunca|jamais|mai)\b"
    r"|\b(?:prohib|prohíb|interdi|vieta|viet|divieto|proib|proíb)\w{0,10})"
    r"[^.;:!?]{0,40}?"
    r"\b(?:acerc|acerqu|aproxim|approch|avvicin)\w{0,10}"
    r"\s{1,3}(?:a|à|al|ao|aux?)\s{1,3}\Z", re.I)


def kept_off(text: str, start: int, qualifier: str) -> str:
    """``qualifier`` (of the figure whose qualifier starts at ``start`` in ``text``), read as "at least" when it is a
    "less than" after a negated or banned verb of approaching (see the module)."""
    if qualifier == "less_than" and _KEPT_OFF_BEFORE.search(text[max(0, start - KEPT_REACH):start]):
        return "at_least"
    return qualifier
