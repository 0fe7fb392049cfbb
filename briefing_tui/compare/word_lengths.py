"""Lengths written with a number word that no general reading takes, as it is also another word (Italian "sei" is a
verb, "due" an English word, Spanish "dos" Portuguese "of the", French "sept" a month): read only right before a unit
of length of its language, from the table's ``length_numbers`` ("mantenere una distanza di almeno sei chilometri":
at least 6 km; "a dos kilómetros del cráter": 2 km). Without it one outlet's exclusion zone or wave height is no
figure while the others' in digits are (issue 11).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import _QUAL_BEFORE, QUALIFIERS
from briefing_tui.compare.physical_units import PHYSICAL
from briefing_tui.language_table import word_table

# A qualifier ends this many characters before the number word at most ("almeno ", "más de ", "au moins ").
QUALIFIER_REACH = 30


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _length_numbers() -> tuple[re.Pattern | None, dict[str, float]]:
    """(the pattern of a number word right before a unit of length of its language, each word's value)."""
    section = word_table().get("length_numbers")
    values: dict[str, float] = {}
    alternatives = []
    for table in (section.values() if isinstance(section, dict) else ()):
        numbers = {str(w).lower(): float(n) for n, words in (table.get("numbers") or {}).items() for w in words or ()}
        units = [str(w).lower() for w in table.get("units") or ()]
        if not numbers or not units:
            continue
        values.update(numbers)  # (a word has one value in every language listed)
        k = len(alternatives)
        # the number word, one to three spaces, the unit, then no letter: "sei chilometri", "dos kilómetros"
        alternatives.append(rf"(?P<n_{k}>{_alternation(numbers)})\s{{1,3}}(?P<h_{k}>{_alternation(units)})")
    if not alternatives:
        return None, values
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I), values


def word_lengths_in(text: str) -> list[Found]:
    """Every length written with a number word of ``length_numbers`` right before a unit of length of its language
    (see the module), with the qualifier right before it ("almeno", "más de"), offsets relative to ``text``."""
    pattern, values = _length_numbers()
    found = []
    for m in pattern.finditer(text) if pattern else ():
        number = next(g for name, g in m.groupdict().items() if g and name.startswith("n_"))
        head = next(g for name, g in m.groupdict().items() if g and name.startswith("h_"))
        if head.lower() not in PHYSICAL:
            continue  # (a unit of the table that no physical reading knows: no length)
        unit, factor = PHYSICAL[head.lower()]
        value = values[number.lower()] * factor
        fields: dict = {"low": value, "high": value, "unit": unit}  # (as the general reading's "cinque chilometri")
        start = m.start()
        qualifier = _QUAL_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
        if qualifier is not None and qualifier.end() == start:
            fields["qualifier"] = QUALIFIERS[qualifier.group("qual").lower()]
            start = qualifier.start()
        found.append(Found("count", start, m.end(), fields))
    return found
