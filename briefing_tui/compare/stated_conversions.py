"""A source's own conversion of a sum: "673.8 trillion dong ($29.6 billion)" states the sum in dollars as well.

Two sources are weighed in a currency both of them write before any rate is applied: against "$27 billion",
the second source's "$29.6 billion" is its word in dollars, whatever the dong was worth that day. The rate
table converts only where the sources share no written currency ("3 trillion yen" against "$20 billion").
"""

from __future__ import annotations

from briefing_tui.compare.figure_modality import two_times
from briefing_tui.compare.measured_types import MeasuredStatement, moved
from briefing_tui.compare.money import converted
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.tolerance import FigureCheck, compare_figures


def _conversions(first: MeasuredStatement, options: list[MeasuredStatement],
                 converting: bool = False) -> dict[str, MeasuredStatement]:
    """The source's first sum and the conversions it writes right after it, by currency; ``converting``: also the
    sum the first one converts ("₹2,029 crore (about $265 million)" for the dollars)."""
    found = {first.figure.unit or "": first}
    sum_at = ("money", first.figure.start - first.unit.start, first.figure.end - first.unit.start, {})
    for m in options:
        at = ("money", m.figure.start - m.unit.start, m.figure.end - m.unit.start, {})
        # (the figure reader's own test: in brackets right after the sum, "673.8 trillion dong ($29.6 billion)")
        if m.unit.key == first.unit.key and m.figure.kind == "money" and (
                at[1] >= sum_at[2] and converted(sum_at, at, m.unit.text)
                or converting and at[2] <= sum_at[1] and converted(at, sum_at, m.unit.text)):
            found.setdefault(m.figure.unit or "", m)
    return found


def conversion_conflicts(firsts: dict[str, MeasuredStatement], every: dict[str, list[MeasuredStatement]],
                         published: dict[str, str | None], table: RateTable) -> list[FigureCheck]:
    """Two sources that each write one sum in the same two currencies (the sum and its own conversion) but do not
    match in one of them as two conversions may ("$265 million (Rs 2,238.5 crore)" against "₹2,029 crore
    (approximately $265 million)"): the writers disagree on the sum in that currency."""
    found = []
    sources = sorted(s for s in firsts if firsts[s].figure.kind == "money")
    written = {s: _conversions(firsts[s], every[s], True) for s in sources}
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            if two_times(sa, firsts[sa], sb, firsts[sb]):
                continue  # (the sum expected and the sum that came about: not weighed)
            shared = sorted(set(written[sa]) & set(written[sb]))
            checks = [compare_figures(moved(written[sa][u], sa), moved(written[sb][u], sb), published, table, True)
                      for u in shared] if len(shared) > 1 else []
            found += [c for c in checks if c is not None and not c.compatible][:1]
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
