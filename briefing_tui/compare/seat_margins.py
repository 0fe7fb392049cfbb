"""A margin counted in seats: "a five-seat margin", "a 12-seat lead", "una ventaja de cinco escaños" is the distance
between two parties or blocs, no one's seats. Read as a party's seats, it would meet a party's own count of the same
story ("7 sièges") and stand as a value of theirs (a false disagreement); it is a measure of its own."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

SEAT_MARGIN = "seat margin"
"""The measure of a lead in seats: no party's seats."""
# The noun of a margin right after a count of seats written as one compound ("five-seat margin", "12-seat lead",
# "three-seat gap", "a two-seat advantage"); or "of ... seats" ending a margin's noun ("ventaja de cinco escaños",
# "avance de cinq sièges", "Vorsprung von fünf Sitzen").
_MARGIN_AFTER = lazy_compile(r"\A\s{0,3}(?:margin|lead|gap|advantage|cushion|edge)\b", re.I)
_MARGIN_BEFORE = lazy_compile(
    r"\b(?:margin|lead|gap|advantage|margen|ventaja|diferencia|marge|avance|écart|vorsprung|vantaggio|scarto"
    r"|vantagem|margem)\s{1,3}(?:of|de|von|di|da|d['’])\s{0,3}$", re.I)


def seat_margin(measure: str | None, phrase: str, before: str, after: str) -> bool:
    """Whether a count of seats written ``phrase`` between ``before`` and ``after`` is a margin in seats."""
    if measure != "seats":
        return False
    return bool(("-" in phrase and _MARGIN_AFTER.match(after)) or _MARGIN_BEFORE.search(before))
