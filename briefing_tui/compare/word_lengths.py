"""Lengths written with a number word that no general reading takes, as it is also another word (Italian "sei" is a
verb, "due" an English word, Spanish "dos" Portuguese "of the", French "sept" a month): read only right before a unit
of length of its language, from the table's ``length_numbers`` ("mantenere una distanza di almeno sei chilometri":
at least 6 km; "a dos kilómetros del cráter": 2 km). Without it one outlet's exclusion zone or wave height is no
figure while the others' in digits are (issue 11).
"""

from __future__ import annotations

from briefing_tui.compare.counts import Found
from briefing_tui.compare.number_word_heads import number_word_matches
from briefing_tui.compare.physical_units import PHYSICAL


def word_lengths_in(text: str) -> list[Found]:
    """Every length written with a number word of ``length_numbers`` right before a unit of length of its language
    (see the module), with the qualifier right before it ("almeno", "más de"), offsets relative to ``text``."""
    found = []
    for number, head, start, end, fields in number_word_matches(text, "length_numbers", "units"):
        if head.lower() not in PHYSICAL:
            continue  # (a unit of the table that no physical reading knows: no length)
        unit, factor = PHYSICAL[head.lower()]
        value = number * factor
        # (as the general reading's "cinque chilometri")
        found.append(Found("count", start, end, {"low": value, "high": value, "unit": unit, **fields}))
    return found
