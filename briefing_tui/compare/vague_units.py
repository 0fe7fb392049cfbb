"""A unit of measure counted by a word of about a round number or of many (issue 11): "un millier de kilomètres",
"une centaine de kilomètres", "un centenar de kilómetros", "un centinaio di chilometri", "uma centena de quilômetros",
"about a thousand kilometres", "une centaine d'hectares". The noun after the word is a physical unit, not a thing
counted: the count is a physical quantity in the canonical unit of :mod:`.physical_units` (about 1,000 km), as "800
kilomètres" is, so that it meets the other outlets' "around 1,000 kilometres".

Only a word of about one round number: a word of many ("hundreds of miles", "thousands of hectares") spans a decade
of values and keeps its noun, never weighed against another outlet's exact area or distance (a flag with nothing to
settle: "damaging thousands of hectares of rice" against "more than 345,000 hectares of crops were damaged").
"""

from __future__ import annotations

from briefing_tui.compare.physical_units import PHYSICAL
from briefing_tui.compare.word_forms import singular


def vague_fields(head: str | None, low: float, high: float) -> dict:
    """The bounds and unit of a count said in words with its noun ``head``: for about one round number (``low`` ==
    ``high``) of a physical unit, its canonical unit and bounds (with the factor as ``conversion`` when the unit is
    converted), else the noun's singular as the unit."""
    unit = PHYSICAL.get(head.lower()) if head and low == high else None
    if unit is None:
        return {"low": low, "high": high, "unit": singular(head) if head else None}
    name, factor = unit
    fields: dict = {"low": low * factor, "high": high * factor, "unit": name}
    if factor != 1.0:
        fields["conversion"] = factor
    return fields
