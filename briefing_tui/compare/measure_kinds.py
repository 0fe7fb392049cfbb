"""When two measures are different things: another base, or two different kinds of one base (a total, a
planned rate, the dead a facility received are kinds of their own)."""

from __future__ import annotations

# Kinds of a measure that are never the plain measure: a total of parts, a whole body's size (see
# ``_FULL_BODY_BEFORE``), a rate or amount not in force, the dead a facility received or those identified
# (count_scopes.received), a price per unit ("$55 a share"), an exit poll's share (compare/contest_shares.py), a
# part of a toll ("three of the six workers killed": compare/partitives.py), a maximum ("could face a fine of up to
# 10%": compare/bound_kinds.py), residents without papers (compare/population_kinds.py), the critically or
# slightly injured ("three critically injured" are a part of "dozens injured", compare/injury_severity.py; not the
# seriously injured, whom pages in several languages give as all the injured they count), the seats of the
# constituencies abroad (count_scopes.py: no party's tally), others than those named ("two other fires":
# compare/ranked_counts.py), people who escaped and are still at large (compare/at_large.py), the spread of the
# terms several defendants were handed ("sentences range from three to 20 years": compare/sentence_ranges.py), the
# dead whose bodies were handed to their families (compare/returned_bodies.py), the dead or injured of the last
# day (compare/recent_windows.py).
OWN_KINDS = ("total", "full", "planned", "received", "identified", "per-unit", "projected", "part", "maximum",
             "undocumented", "critically", "slightly", "abroad", "other", "at-large", "spread", "returned",
             "recent", "exposed")


def measures_differ(a: str | None, b: str | None) -> bool:
    """Whether two known measures are different things: another base ("dead" and "injured"), or two
    different kinds of one ("punitive" and "compensatory" compensation). A plain measure and a kind of
    it ("investment", "commercial investment") are one; but a total ("a total of $329 million in damages") is
    not what a plain amount ("Tesla must pay $243 million") says, nor a kind of it; nor is a planned one ("the
    threatened 30% tariff") what is in force."""
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    if wa[-1] != wb[-1] or any((wa[0] == w) != (wb[0] == w) for w in OWN_KINDS):
        return True
    return len(wa) > 1 and len(wb) > 1 and wa[:-1] != wb[:-1]

