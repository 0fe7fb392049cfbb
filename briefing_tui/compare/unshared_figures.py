"""Groups by wording whose sources each give their own figures: no claim they share.

Alignment by wording joins sentences that share words ("the Libyan Red Crescent", "the National Weather
Service's Austin office"); when the sentences of two sources give figures and none of one source's figures has
the value of another source's (whatever measure each was read as: "$3.2 billion breakup fee" and "$3.2 billion
breakup fee (10% of the deal's value)" share theirs), and the group weighed nothing (no figure matched or
conflicted, no cue disputed), the shared words name a setting, not a claim: "the Libyan Red Crescent has confirmed
the floods killed three of its workers" and "the Libyan Red Crescent said that the death toll [...] has soared to
11,300" are two claims, each its source's alone. Such a group is taken apart: each source giving figures is a
part, the sources giving none (which share the words, and no figure) one more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing_tui.compare.change_parts import apart_by_change
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import Finding, judge
from briefing_tui.model import Figure

# Figures that make a sentence's claim (a date or a year sets it in time; those are weighed by their own rules).
CLAIM_KINDS = frozenset({"count", "money", "percent", "period"})


def _one_number(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable) -> bool:
    """Whether two figures of one kind give one number, whatever measure, counted noun and qualifier each was
    read with ("$3.2 billion" as a fee and as a sale; "in more than hundred years" and "in the past hundred
    years"; money at the articles' rates)."""
    if a.kind != b.kind:
        return False
    if a.low is not None and a.low == b.low and a.conversion == b.conversion and a.unit == b.unit:
        return True
    other = replace(b, measure=a.measure, qualifier=a.qualifier) if a.kind == "money" else \
        replace(b, measure=a.measure, unit=a.unit, qualifier=a.qualifier)
    check = compare_figures(a, other, published, table)
    return check is not None and check.compatible


def apart_by_source(group: Sequence[Unit], weighed_anything: bool, measured: frozenset[tuple[str, int]],
                    published: dict[str, str | None], table: RateTable) -> list[list[Unit]] | None:
    """The group taken apart (a part per source giving figures, one for the others) when two or more of its
    sources give figures, none of which another source shares, and one of them a figure no claim by measure
    weighs (see the module's docstring); None to keep it. ``weighed_anything``: whether its verdict weighed a
    figure or a cue; ``measured``: (source, start) of the figures the claims by measure weigh."""
    if weighed_anything or any(len({o.source.id for o in u.occurrences}) > 1 for u in group):
        return None  # (one sentence told by two sources is one claim)
    by_source: dict[str, list[Unit]] = {}
    for u in group:
        by_source.setdefault(u.source.id, []).append(u)
    figures = {s: [f for u in units for f in u.figures if f.kind in CLAIM_KINDS] for s, units in by_source.items()}
    if sum(1 for fs in figures.values() if fs) < 2:
        return None  # (a sentence with no figure shares the other's words, not a figure it could differ on)
    if all((f.source, f.start) in measured for fs in figures.values() for f in fs):
        return None  # (the claims by measure weigh them all: the group is theirs to hold)
    sources = list(figures)
    for i, a in enumerate(sources):
        for b in sources[i + 1:]:
            if any(_one_number(fa, fb, published, table) for fa in figures[a] for fb in figures[b]):
                return None
    rest = [u for s in sources if not figures[s] for u in by_source[s]]  # (they share words, and no figure)
    return [by_source[s] for s in sources if figures[s]] + ([rest] if rest else [])


def judged_apart(groups: Sequence[list[Unit]], score: Callable[[int, int], float], published: dict[str, str | None],
                 table: RateTable, measured: frozenset[tuple[str, int]]) -> list[tuple[list[Unit], Finding, bool]]:
    """The groups by wording, each with its finding (:func:`~briefing_tui.compare.verdict.judge`) and whether it
    is a part of a group taken apart (``apart_by_source``, or ``apart_by_change``: a change and a level; each part
    judged on its own)."""
    out: list[tuple[list[Unit], Finding, bool]] = []
    for group in groups:
        finding = judge(group, score, published, table, measured)
        parts = apart_by_source(group, bool(finding.marks), measured, published, table) \
            or apart_by_change(group, finding)
        if parts:
            out += [(part, judge(part, score, published, table, measured), True) for part in parts]
        else:
            out.append((group, finding, False))
    return out
