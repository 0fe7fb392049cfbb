"""A source's own conversion of a sum: "673.8 trillion dong ($29.6 billion)" states the sum in dollars as well.

Two sources are weighed in a currency both of them write before any rate is applied: against "$27 billion",
the second source's "$29.6 billion" is its word in dollars, whatever the dong was worth that day. The rate
table converts only where the sources share no written currency ("3 trillion yen" against "$20 billion").
"""

from __future__ import annotations

import re

from briefing_tui.compare.measured_types import MeasuredStatement

# What stands between a sum and its conversion: an opening bracket (or a comma/dash), with an approximation word
# ("€500 million (about $540 million)", "1.5 trillion naira, or about $1 billion", "¥3tn – roughly $20bn").
CONVERSION_GAP = re.compile(
    r"\s{0,3}(?:[(\[]|,\s{0,3}or|[–—-]|/)\s{0,3}"
    r"(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more\s+than|equivalent\s+to|"
    r"the\s+equivalent\s+of|worth)\s{1,3})?$", re.I)


def _conversions(first: MeasuredStatement, options: list[MeasuredStatement]) -> dict[str, MeasuredStatement]:
    """The source's first sum and the conversions it writes right after it, by currency."""
    found = {first.figure.unit or "": first}
    for m in options:
        gap_start = first.figure.end - first.unit.start
        gap_end = m.figure.start - m.unit.start
        if m.unit.key != first.unit.key or m.figure.kind != "money" or gap_end < gap_start:
            continue
        if CONVERSION_GAP.match(m.unit.text[gap_start:gap_end]) and (m.figure.unit or "") not in found:
            found[m.figure.unit or ""] = m
    return found


def written_alike(a: MeasuredStatement, a_options: list[MeasuredStatement], b: MeasuredStatement,
                  b_options: list[MeasuredStatement]) -> tuple[MeasuredStatement, MeasuredStatement] | None:
    """Two sources' sums in a currency both write (one of them by its own conversion), or None when they
    write the same currency already, are no sums, or share no currency."""
    if a.figure.kind != "money" or b.figure.kind != "money" or a.figure.unit == b.figure.unit:
        return None
    in_a, in_b = _conversions(a, a_options), _conversions(b, b_options)
    if a.figure.unit in in_b:
        return a, in_b[a.figure.unit or ""]
    if b.figure.unit in in_a:
        return in_a[b.figure.unit or ""], b
    shared = [c for c in in_a if c in in_b]
    return (in_a[shared[0]], in_b[shared[0]]) if shared else None
