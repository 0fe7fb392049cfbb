"""Counts of one thing by counters of different kinds are different claims (issue 11).

"1.28 million demonstrators, the interior ministry said" and "The hard-left CGT union put the number of protesters
at 3.5 million" are not one figure reported two ways: each is its counter's count, and the authorities' count and
the organisers' are two claims, each agreeing or not within itself (:mod:`.counters` reads each count's counter). A
group by measure whose figures are given by counters of both kinds (``Figure.counter_kind``) is split by kind; a
figure that names no counter goes with the kind whose count it gives (a member of the same value, in another
source), else with the kind whose values are nearest its own ("more than three million" with the union's 3.5
million, not the ministry's 1.28 million). A part left with a single source is no claim by measure any more (its
sentence goes to the claims by wording). A group whose figures name at most one kind of counter is left as it was.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement, same_value, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.model import COUNTER_KINDS, CounterKind

# What a title calls a kind's counters when their names differ ("the unions" and "the CGT").
KIND_NAMES: dict[CounterKind, str] = {"authorities": "authorities", "organisers": "organisers"}


def _distance(item: MeasuredStatement, members: Sequence[MeasuredStatement], published: dict[str, str | None],
              table: RateTable) -> float:
    """How far (in orders of magnitude) the item's value is from the nearest of ``members``' values."""
    own = statement_value(item, item.figure.source, published, table)
    values = [statement_value(m, m.figure.source, published, table) for m in members]
    if own <= 0 or not any(v > 0 for v in values):
        return math.inf
    return min(abs(math.log10(own / v)) for v in values if v > 0)


def counter_name(members: Sequence[MeasuredStatement], kind: CounterKind) -> str:
    """What a title calls the counter of a kind's part: the one name its figures give (an acronym as written, a
    word in lower case: "CGT", "police"), else the kind's name."""
    names = {m.figure.counter if m.figure.counter.isupper() else m.figure.counter.lower()
             for m in members if m.figure.counter and m.figure.counter_kind == kind}
    return names.pop() if len(names) == 1 else KIND_NAMES[kind]


def split_counters(groups: list[MeasuredGroup], published: dict[str, str | None],
                   table: RateTable) -> list[MeasuredGroup]:
    """The groups, each whose figures name counters of two kinds split by kind (see the module)."""
    out: list[MeasuredGroup] = []
    for g in groups:
        kinds = {m.figure.counter_kind for m in g.members if m.figure.counter_kind}
        if len(kinds) < 2:
            out.append(g)
            continue
        parts: dict[CounterKind, list[MeasuredStatement]] = {k: [m for m in g.members if m.figure.counter_kind == k]
                                                             for k in COUNTER_KINDS if k in kinds}
        for m in g.members:
            if m.figure.counter_kind:
                continue
            same = [k for k, ms in parts.items() if any(same_value(m, o, published, table) for o in ms)]
            home = same[0] if len(same) == 1 else min(
                same or parts, key=lambda k: (_distance(m, parts[k], published, table), -len(parts[k])))
            parts[home].append(m)
        for kind, members in parts.items():
            if len({o.source.id for m in members for o in m.unit.occurrences}) >= 2:
                members.sort(key=lambda m: g.members.index(m))
                out.append(MeasuredGroup(g.measure, g.subject, members, counter=kind,
                                         counter_name=counter_name(members, kind)))
    return out
