"""The count a majority needs, in English and other languages: "the 116 needed for a governing majority", "les 116
sièges nécessaires", "los 116 escaños necesarios para la mayoría absoluta", "i 201 seggi necessari", "os 116
deputados necessários", "die 316 Sitze, die für eine Mehrheit nötig sind" is a rule's bar (the threshold), nobody's
count of seats (compare/amount_measures.py ``required_count`` reads the English "172 seats needed")."""

from __future__ import annotations

import re

from briefing_tui.compare.measure_families import SEAT_HOLDER_NAMES
from briefing_tui.lazy_pattern import lazy_compile

# Words of need right after a count (and its noun), with a verb of being before them: "needed", "nécessaires".
_NEEDED_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:are|is|sont|son|sono|são|sind)\s{1,3})?"
    r"(?:needed|required|nécessaires|requis|necesarios|necesarias|requeridos|necessari|necessarie|necessários"
    r"|necessárias|nötig|notwendig|erforderlich)\b", re.I)
# "for" a majority, a word of getting and one adjective between: "for a governing majority", "pour obtenir la
# majorité absolue", "para lograr la mayoría", "per la maggioranza", "para a maioria", "für eine Mehrheit".
_FOR_MAJORITY = lazy_compile(
    r"\s{0,3}(?:for|pour|para|per|für)\s{1,3}"
    r"(?:(?:a|an|the|la|une|eine|die|obtenir|obtener|lograr|alcanzar|ottenere|obter|alcançar)\s{1,3}){0,2}"
    r"(?:[^\W\d_]{1,20}\s{1,3})?(?:majority|majorité|mayoría|maggioranza|maioria|mehrheit)\b", re.I)
# A majority named as a label right before a count: "(Majorité absolue : 116 députés)", "Absolute majority: 326".
_MAJORITY_LABEL = lazy_compile(
    r"\b(?:majority|majorité|mayoría|maggioranza|maioria|mehrheit)(?:\s{1,3}[^\W\d_]{1,12})?\s{0,3}[:=]\s{0,3}$",
    re.I)
# The words of need that may stand as a bare count's head: "the 116 needed for a governing majority".
NEEDED_HEADS = frozenset("needed required necessary nécessaires necesarios necessari necessários nötig".split())
TALLIES = frozenset({"seats", "votes"})
LABEL_REACH = 40  # characters before a count searched for a majority's label  # a contest's tallies, whose needed count is a bar


def majority_bar(head: str | None, measure: str | None, after: str, before: str = "") -> bool:
    """Whether a count is what a majority needs: a tally followed by a word of need ("116 sièges nécessaires"), or a
    word of need as the bare count's head followed by "for a majority" ("the 116 needed for a governing majority").
    or a count of seats or members labelled a majority ("Majorité absolue : 116 députés"). ``after`` is the text
    right after the count's words, ``before`` the text before the count."""
    if _MAJORITY_LABEL.search(before[-LABEL_REACH:]) and (measure in TALLIES or measure in SEAT_HOLDER_NAMES):
        return True
    if head and head.lower() in NEEDED_HEADS:
        return bool(_FOR_MAJORITY.match(after))
    return measure in TALLIES and bool(_NEEDED_AFTER.match(after))
