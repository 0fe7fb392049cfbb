"""A count with a fraction counts no whole things (issue 11, precision of the disagreements flagged).

"Four aftershocks, the first of magnitude 6.4, then three of 4.6, 4.6 and 4.5": the bare 6.4 and 4.6 took the
measure of the aftershocks named before them and were weighed against "four aftershocks". Nobody counts 4.6
aftershocks, 55.12 votes or 6.7 people: a count of whole things (votes, seats, people and what befell them,
aftershocks) whose value has a fraction is misread, and keeps no measure nor subject. A scaled number is a whole
one ("1.28 million people" is 1,280,000; "4,24 crore" too); a magnitude, a share or an amount is no such count.
"""

from __future__ import annotations

from briefing_tui.compare.measures import PEOPLE_MEASURES

# The measures of whole things, counted one by one: tallies (votes, seats), people and what befell them, the dead,
# and events counted (aftershocks).
WHOLE_COUNTS = frozenset({"votes", "seats", "dead", "people", "aftershocks"}) | PEOPLE_MEASURES


def fraction_of_whole_things(kind: str, fields: dict) -> bool:
    """Whether a figure (its kind and fields) is a count of whole things whose value has a fraction: misread."""
    return kind == "count" and fields.get("measure") in WHOLE_COUNTS and bool((fields.get("low") or 0) % 1)
