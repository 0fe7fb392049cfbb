"""A unit of measure counted by a word of about a round number or of many (issue 11): "un millier de kilomètres",
"une centaine de kilomètres", "un centenar de kilómetros", "un centinaio di chilometri", "uma centena de quilômetros",
"hundreds of miles", "une centaine d'hectares". The noun after the word is a physical unit, not a thing counted: the
count is a physical quantity in the canonical unit of :mod:`.physical_units` (about 1,000 km; 322 to 1,607 km for
hundreds of miles), as "800 kilomètres" is, so that it meets the other outlets' "around 1,000 kilometres".
"""

from __future__ import annotations

from briefing_tui.compare.physical_units import PHYSICAL
from briefing_tui.compare.word_forms import singular


def vague_fields(head: str | None, low: float, high: float) -> dict:
    """The bounds and unit of a count said in words with its noun ``head``: a physical unit's canonical unit and
    bounds (with the factor as ``conversion`` when the unit is converted), else the noun's singular as the unit."""
    unit = PHYSICAL.get(head.lower()) if head else None
    if unit is None:
        return {"low": low, "high": high, "unit": singular(head) if head else None}
    name, factor = unit
    fields: dict = {"low": low * factor, "high": high * factor, "unit": name}
    if factor != 1.0:
        fields["conversion"] = factor
    return fields
