"""A source's own conversion of a sum: "673.8 trillion dong ($29.6 billion)" states the sum in dollars as well.

Two sources are weighed in a currency both of them write before any rate is applied: against "$27 billion",
the second source's "$29.6 billion" is its word in dollars, whatever the dong was worth that day. The rate
table converts only where the sources share no written currency ("3 trillion yen" against "$20 billion").
"""

from __future__ import annotations

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.money import converted


def _conversions(first: MeasuredStatement, options: list[MeasuredStatement]) -> dict[str, MeasuredStatement]:
    """The source's first sum and the conversions it writes right after it, by currency."""
    found = {first.figure.unit or "": first}
    sum_at = ("money", first.figure.start - first.unit.start, first.figure.end - first.unit.start, {})
    for m in options:
        at = ("money", m.figure.start - m.unit.start, m.figure.end - m.unit.start, {})
        # (the figure reader's own test: in brackets right after the sum, "673.8 trillion dong ($29.6 billion)")
        if m.unit.key == first.unit.key and m.figure.kind == "money" and at[1] >= sum_at[2] \
                and converted(sum_at, at, m.unit.text):
            found.setdefault(m.figure.unit or "", m)
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
