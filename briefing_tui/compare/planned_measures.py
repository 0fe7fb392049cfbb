"""A rate or amount not in force: threatened, planned or proposed, or due at a deadline ("cancel planned 30 percent
tariffs", "the previously threatened 30%", "la surtaxe de 25 % dont le pays était menacé", "i dazi del 25%
minacciati"). A value in force and a threatened one are two claims, never one in conflict. Split from
:mod:`briefing_tui.compare.amount_measures`."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import _is_money
from briefing_tui.lazy_pattern import lazy_compile

# Words of a threat, plan, proposal or deadline, per language: "threatened", "menacé", "amenazado", "minacciato",
# "angedroht", "ameaçado"; "planned", "geplant" ("prévu", "previsto" also mean provided for by a deal: left out).
_THREAT_WORDS = (
    r"threat|threats|threaten|threatens|threatened|threatening"
    r"|planned|proposed|proposal|proposes|proposing"
    r"|deadline|ultimatum"
    r"|menace|menaces|menac[ée]e?s?|menaçait|menaçaient"
    r"|amenaza|amenazas|amenazad[oa]s?|amenazó"
    r"|minaccia|minacce|minacciat[oaie]"
    r"|angedroht|angedrohte[nmrs]?|androhung|drohung|drohte|geplant|geplante[nmrs]?"
    r"|ameaça|ameaças|ameaçad[oa]s?|ameaçou")
# Those words in the clause before the figure, at most seven words before it ("months of threats from Trump to hike
# tariffs to 30%", "a Friday deadline for imposing 30% tariffs").
_PLANNED_BEFORE = lazy_compile(rf"\b(?:{_THREAT_WORDS})\b(?:\W+[\w'’]+){{0,7}}\W*$", re.I)
PLANNED_REACH = 80  # characters of the clause before the figure searched for those words
# Those words right after a share, in its own clause and before any other number: "la surtaxe de 25% dont l'archipel
# était menacé", "i dazi del 25% minacciati da Trump", "Zölle von 25 Prozent angedroht".
_PLANNED_AFTER = lazy_compile(rf"\A[^\d,;:.()\[\]]{{0,40}}?\b(?:{_THREAT_WORDS})\b", re.I)
_CLAUSE_BREAK = r"[;:()\[\]]|,(?!\d)|\s[–—]\s"  # where the clause before a figure starts


def planned(measure: str | None, before: str, after: str = "") -> str | None:
    """``measure`` as one not in force ("planned tariff") when a threat, plan or deadline words it in the
    clause before the figure, or (for a share, given ``after``) right after it; else unchanged."""
    if not measure or measure.startswith(("planned ", "total ")) or not _is_money(measure):
        return measure
    clause = re.split(_CLAUSE_BREAK, before)[-1][-PLANNED_REACH:]
    if _PLANNED_BEFORE.search(clause) or _PLANNED_AFTER.match(after):
        return f"planned {measure}"
    return measure
