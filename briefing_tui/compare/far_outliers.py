"""Far lone readings of a measured group set aside before it is judged: a value ten times or more apart from the
values the other sources agree on is a figure of another scope (a partial count, a part), not a conflict."""

from __future__ import annotations

from briefing_tui.compare.developing import report_time
from briefing_tui.compare.measured_types import MeasuredStatement, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.model import Figure

OUTLIER_FACTOR = 10.0  # a lone value this many times apart from every other is of another scope, not a conflict
# Kinds a far lone value is set aside for: tallies and sums (a share ten times another is a share of something else
# or an early state of a rate that rises day by day: "subscribed 0.18 times" on day one, "2.37 times" at the close).
OUTLIER_KINDS = frozenset({"count", "money"})
OUTLIER_SUPPORT = 2  # sources that must agree on the other value(s) for a lone far value to be set aside


def far_outliers(keys: list[tuple], readings: dict[tuple, list[str]], figure_of: list[Figure],
                  firsts: dict[str, MeasuredStatement], published: dict[str, str | None], table: RateTable) -> set[int]:
    """Readings (indexes into ``keys``) given by one source alone, ``OUTLIER_FACTOR`` times or more apart from
    every other reading, while the other readings, given by ``OUTLIER_SUPPORT`` sources or more, agree with each
    other, and that are a snapshot: a count of another noun or one at an hour its sentence states. A partial count
    or a part ("According to the TV station's results shown at 5 p.m., Lai received 42.9% or 349,213 votes",
    "voters cast two ballots") against the "more than 5.58 million votes" of two sources is a figure of another
    scope, not a disagreement. Empty when the others disagree among themselves (a figure that develops keeps every
    value); a far lone value of the same noun at no stated hour stays (an early toll of a developing story)."""
    values = [statement_value(firsts[readings[k][0]], readings[k][0], published, table) for k in keys]
    if len(keys) < 2 or any(v <= 0 for v in values) or any(f.kind not in OUTLIER_KINDS for f in figure_of):
        return set()
    lone = {i for i, k in enumerate(keys) if len(readings[k]) == 1
            and all(max(values[i], values[j]) >= OUTLIER_FACTOR * min(values[i], values[j])
                    for j in range(len(keys)) if j != i)}
    rest = [j for j in range(len(keys)) if j not in lone]

    def snapshot(i: int) -> bool:
        source = readings[keys[i]][0]
        time = report_time(firsts[source].unit.text, published.get(source))
        return figure_of[i].unit not in {figure_of[j].unit for j in rest} or (time is not None and time.minutes is not None)

    lone = {i for i in lone if snapshot(i)}
    if not lone or sum(len(readings[keys[j]]) for j in rest) < OUTLIER_SUPPORT:
        return set()
    for n, a in enumerate(rest):
        for b in rest[n + 1:]:
            check = compare_figures(figure_of[a], figure_of[b], published, table)
            if check is not None and not check.compatible:
                return set()
    return lone
