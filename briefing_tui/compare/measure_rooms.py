"""Measures whose figures are weighed in a way of their own (compare/tolerance.py): a set's largest member, and a
quantity writers convert from another unit themselves."""

from __future__ import annotations

# Measures of a set whose news is its largest member: the strongest aftershock, the fastest gust. A range over the
# set ("aftershocks ranging from magnitudes 4.3 to 5.0") or its "up to" says the largest is its top, which is what a
# lone value ("the strongest measuring 4.4", "gusts of at least 226 km/h") gives: "winds that reached up to 220 km/h"
# state the peak speed, not any speed below it.
SET_TOP_MEASURES = frozenset({"aftershock magnitude", "speed"})
# Kinds of measure that are a maximum already ("maximum fine", compare/bound_kinds.py): an amount's "up to" states
# the cap itself ("a fine of up to $750,000" is a $750,000 cap), not any cap below it (compare/tolerance.py).
SET_TOP_KINDS = ("maximum",)
UP_TO_QUALIFIERS = frozenset({"up_to", "at_most"})  # a sum's qualifiers that reach down to any lower value


def sets_top(measure: str | None) -> bool:
    """Whether a figure of ``measure`` with an "up to" states its top (``SET_TOP_MEASURES``, ``SET_TOP_KINDS``)."""
    return measure in SET_TOP_MEASURES or (measure or "").split(" ", 1)[0] in SET_TOP_KINDS
# Measures a forecaster gives in one unit (knots, m/s) and writers in another after their own rounded conversion (a
# gust of 122 knots is written 226 km/h, 225 km/h or 140 mph): any two of them have a unit conversion's room
# (tolerance.UNIT_DRIFT), even when both are written in one unit.
WRITER_CONVERTED_MEASURES = frozenset({"speed"})
