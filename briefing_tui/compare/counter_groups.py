"""Counts of one thing by counters of different kinds are different claims (issue 11).

"1.28 million demonstrators, the interior ministry said" and "The hard-left CGT union put the number of protesters
at 3.5 million" are not one figure reported two ways: each is its counter's count, and the authorities' count and
the organisers' are two claims, each agreeing or not within itself (:mod:`.counters` reads each count's counter). A
group by measure whose figures are given by counters of both kinds (``Figure.counter_kind``) is split by kind; a
figure that names no counter goes with the kind whose count it gives (a member of the same value, in another
source), else with the kind whose values are nearest its own ("more than three million" with the union's 3.5
million, not the ministry's 1.28 million). A part of an event's measure joins the one other group of that measure
and subject whose figures are all counted by its kind, when there is one (the ministry's "1.8 million" with the
ministry's "1.28 million" that the groups by subject put apart: one counter's count of one thing is one claim),
unless that group is an earlier day's; else a part left with a single source is no claim by measure any more (its
sentence goes to the claims by wording). A group whose figures name at most one kind of counter is left as it was.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing_tui.compare.measured_types import (EVENT_MEASURES, MeasuredGroup, MeasuredStatement, same_value,
                                                 statement_value)
from briefing_tui.compare.rates import RateTable
from briefing_tui.model import COUNTER_KINDS, CounterKind

# What a title calls a kind's counters when their names differ ("the unions" and "the CGT").
KIND_NAMES: dict[CounterKind, str] = {"authorities": "authorities", "organisers": "organisers",
                                      "independent": "independent counters"}


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
    split: list[MeasuredGroup] = []
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
            members.sort(key=lambda m: g.members.index(m))
            split.append(MeasuredGroup(g.measure, g.subject, members, counter=kind,
                                       counter_name=counter_name(members, kind)))
    for part in split:
        home = _home(part, out, published)
        if home is not None:  # (the ministry's count that the groups by subject put apart from its other sources')
            home.members.extend(m for m in part.members if m not in home.members)
            home.counter, home.counter_name = part.counter, counter_name(home.members, part.counter)
        elif _n_sources(part.members) >= 2:
            out.append(part)
    return out


def _n_sources(members: Sequence[MeasuredStatement]) -> int:
    return len({o.source.id for m in members for o in m.unit.occurrences})


def _broad(subject: str | None) -> bool:
    """Whether a group's subject scopes it to no place or party: none read, or a scope word ("overall")."""
    return not subject or subject[:1].islower()


def _home(part: MeasuredGroup, groups: Sequence[MeasuredGroup], published: dict[str, str | None]) -> MeasuredGroup | None:
    """The one group of an event's measure that a part split by counter joins: of its measure and family of figures,
    its subject (or both broad), every counter its figures name of the part's kind (at least one), and not of an
    earlier day than its articles' (every statement's sentence dated before its article: "the 1.27 million
    estimated during a previous round of protests ... on January 31"). None when no or two groups fit."""
    if part.measure.split()[-1] not in EVENT_MEASURES:
        return None
    fits = []
    for g in groups:
        kinds = {m.figure.counter_kind for m in g.members}
        if g.measure != part.measure or kinds - {None} != {part.counter} or g.counter not in (None, part.counter):
            continue
        if {m.figure.kind for m in g.members} != {m.figure.kind for m in part.members}:
            continue
        if not (g.subject == part.subject or _broad(g.subject) and _broad(part.subject)):
            continue
        if not _earlier_day(g, published):
            fits.append(g)
    return fits[0] if len(fits) == 1 else None


def _earlier_day(group: MeasuredGroup, published: dict[str, str | None]) -> bool:
    """Whether every statement of the group names a day before its article's (its year, when the sentence gives
    none, the article's or the story's)."""
    dated = sorted(d for d in published.values() if d)
    for m in group.members:
        day = published.get(m.unit.source.id) or (dated[0] if dated else None)
        if not day:
            return False
        days = [f.date_high.replace("????", day[:4]) for f in m.unit.figures if f.kind == "date" and f.date_high]
        if not any(d[:len(day)] < day for d in days):
            return False
    return True
