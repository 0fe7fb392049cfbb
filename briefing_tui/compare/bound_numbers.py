"""A lower bound against its own round number written bare (issue 11, precision of the disagreements flagged).

One outlet writes "more than 130 delegations", another "130 delegations"; "more than 50 heads of state" and "50
heads of state". The bare round number is the same report with its "more than" dropped, not a smaller count: the two
are consistent. Only a round count (ending in a zero) is read so: "13 dead" against "more than 13 dead" still differ
(a tally and a toll that grew past it), and so do two different numbers ("55" against "more than 50" is weighed by
its interval as before). Round thousands already have their rounding room (compare/tolerance.py).
"""

from __future__ import annotations

from briefing_tui.model import Figure

# The qualifiers of a lower bound that excludes its own number ("more than 130", "over 50", "plus de 130").
OPEN_BOUNDS = frozenset({"more_than"})
# The qualifiers of a bare figure: the number as written, no wording of its own.
BARE = frozenset({None, "exact"})
# The trailing zeros that make a count round: a writer drops "more than" from "more than 130", not from "more than 13".
ROUND_ZEROS = 1


def _round_count(f: Figure) -> bool:
    value = f.low or 0.0
    if f.kind != "count" or f.is_range or not value.is_integer() or value <= 0:
        return False
    digits = f"{int(value)}"
    return len(digits) - len(digits.rstrip("0")) >= ROUND_ZEROS


def bound_own_number(a: Figure, b: Figure) -> bool:
    """Whether one of two counts is "more than N" and the other a bare round N: one report, consistent."""
    for bound, bare in ((a, b), (b, a)):
        if bound.qualifier in OPEN_BOUNDS and bare.qualifier in BARE and _round_count(bare) \
                and not bound.is_range and bound.low == bare.low:
            return True
    return False
