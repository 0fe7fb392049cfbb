"""Groups by wording that mix what a measure changes by with the measure's level: two claims, each weighed alone.

Alignment by wording joins sentences that share their words of a measure ("increase bilateral trade by 25.5
billion pounds annually from 2040", "boost annual bilateral trade by $34 billion", "boost bilateral trade to nearly
$120 billion by 2030"); an increment and a total are figures of different scope (compare/change_amounts.py), so
weighing one against the other gives a false disagreement. When such a group's figures conflict and its sentences
fall into those telling a change and those telling a level, each told by ``MIN_PART_SOURCES`` sources or more, the
group is the two claims: each part is judged on its own, like with like (the claims by measure split their groups
the same way: ``split_changes``).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.compare.change_amounts import CHANGE_KINDS, MIN_PART_SOURCES, change_mark
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import Finding


def tells_change(unit: Unit) -> bool | None:
    """Whether a sentence tells what a measure changes by (its first amount of money or count is a change:
    "increase bilateral trade by 25.5 billion pounds"), its level (False: "boost bilateral trade to nearly $120
    billion"), or neither (None: it gives no such figure)."""
    first = next((f for f in unit.figures if f.kind in CHANGE_KINDS), None)
    if first is None:
        return None
    return bool(change_mark(unit.text, unit.start, first, unit.figures))


def _sources(units: Sequence[Unit]) -> int:
    return len({o.source.id for u in units for o in u.occurrences})


def apart_by_change(group: Sequence[Unit], finding: Finding) -> list[list[Unit]] | None:
    """The group as its change part and its level part (the sentences giving neither kept with the part of the
    first sentence giving one of them) when its figures conflict and each part has ``MIN_PART_SOURCES`` sources or
    more; None to keep it whole."""
    if not any(kind == "conflict" for marks in finding.marks.values() for _, _, kind in marks):
        return None
    sides = [tells_change(u) for u in group]
    changes = [u for u, side in zip(group, sides) if side is True]
    levels = [u for u, side in zip(group, sides) if side is False]
    if _sources(changes) < MIN_PART_SOURCES or _sources(levels) < MIN_PART_SOURCES:
        return None
    anchor = next(side for side in sides if side is not None)
    side_of = [anchor if side is None else side for side in sides]
    return [[u for u, side in zip(group, side_of) if side is part] for part in (True, False)]
