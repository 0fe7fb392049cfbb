"""One claim per thing measured: groups of one measure whose subjects no source tells apart are joined.

The groups by measure (:mod:`~briefing_tui.compare.measured`) split a measure's statements by the subject read
for each figure. Subjects are read from the wording, and the wording names one thing in many ways ("Alphabet"
and "Google" for one buyer, "Kunar" for the province where an event's injured are), or not at all. Whether two
subjects are two things is decided here from the sources themselves, not from a list of names:

- two groups of one measure (and one kind of figure) are **told apart** when a single source gives a value in
  each and none of its values in the one is a value of its in the other (dead "in Turkey" and dead "in Syria" in
  one article are two counts; no article gives "Alphabet" and "Google" two different prices);
- two groups that no source tells apart are one thing when two sources give them the same telling value, exact
  and an amount or a distinctive number (the buyer and the bought of one deal: "$32 billion"; not "more than 100"
  missing in a country and "approximately 101" at a building site);
- a group whose subject was not read (None) of a measure an event has one of (its dead, its seats:
  ``EVENT_MEASURES``; not an investment or a fund, of which an article may give several) joins the one named
  group that no source tells apart from it, when exactly one can take it (for an event's counts, a place whose every count is below the median of the
  group's is a part of the event, not the whole read under a place's name);
- a statement with no subject left in a group of such statements moves to the one named group where its own
  source gives the same value, or else to the one named group its value is a value of, that its source does
  not tell apart from it (for an event's counts only the former: one with no place read is the event's whole).
  With two or more such groups it stays where it is;
- of an event's measure with one named group left, the statements with no subject of the sources that give that
  group no value join it, when two or more sources give them ("buried more than 300 people", "more than 670 people
  under the soil" beside "about 2000 people are buried" at a village: one count, named by some sources only); not
  when the named group is a part of what they count (every value of it below their median: "169 Indian" nationals
  of "242 aboard"), nor a source's own second value (one source's "18 of my family members" beside its "2,000").

Groups left with fewer than two sources go (their statements stay in the claims by wording). Each moved
statement keeps its figure, source and offsets; the joined group is judged afterwards like any other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing_tui.compare.measured import PLACED_MEASURES
from briefing_tui.compare.measured_types import (
    EVENT_MEASURES,
    SAME_VALUE,
    MeasuredGroup,
    MeasuredStatement,
    statement_value,
)
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import kin_names
from briefing_tui.compare.tolerance import PHYSICAL_UNITS, interval
from briefing_tui.compare.value_join import distinctive

# A value: converted (money at its article's date), the currency written ("" for other figures), as written,
# whether it tells one thing by itself (``_telling``), and the values an exact figure's digits allow (None for
# "about", "more than" or a range).
_Value = tuple[float, str, float, bool, tuple[float, float] | None]
_Values = dict[str, list[_Value]]  # each source's values in a group
# Two amounts one source writes in two currencies ("€100,000 ($108,000)") may be this far apart once converted
# at a rate of another day than the writer's (an undated article takes the latest rate): still one figure, when
# telling two things apart.
CURRENCY_ROOM = 0.15


def _sources_of(m: MeasuredStatement) -> list[str]:
    """Every source giving the statement (a sentence repeated word for word is one unit for several)."""
    return [o.source.id for o in m.unit.occurrences]


def _values(members: Sequence[MeasuredStatement], published: dict[str, str | None], table: RateTable) -> _Values:
    """Each source's values in a group (money converted at its article's date)."""
    out: _Values = defaultdict(list)
    for m in members:
        for source in _sources_of(m):
            value = statement_value(m, source, published, table)
            if value:
                out[source].append(_value(m, value))
    return out


def _value(m: MeasuredStatement, converted: float) -> _Value:
    """A statement's value: converted, the currency it is written in ("" for any other figure), as written."""
    f = m.figure
    exact = interval(f, converted=False) if f.qualifier in (None, "exact") and not f.is_range else None
    return converted, (f.unit or "") if f.kind == "money" else "", f.low or 0.0, _telling(m), exact


def _telling(m: MeasuredStatement) -> bool:
    """Whether a value tells one thing by itself when two groups share it: exact (no "more than", "about", range)
    and an amount, or a distinctive number ("793"; not "100")."""
    f = m.figure
    return f.qualifier in (None, "exact") and (f.kind == "money" or distinctive(f))


def _same(a: _Value, b: _Value, lenient: bool = False) -> bool:
    """Two values close enough to be one figure (``SAME_VALUE``): as written in one currency, else converted
    (within ``CURRENCY_ROOM`` across currencies when ``lenient``); two exact figures of one currency or none are one
    only as far as their digits allow ("51 seats" and "52 seats" are two counts, told apart by one source)."""
    if a[1] == b[1] and a[4] is not None and b[4] is not None:
        return a[4][0] <= b[4][1] and b[4][0] <= a[4][1]
    if a[1] == b[1]:
        x, y, room = a[2], b[2], SAME_VALUE
    else:
        x, y, room = a[0], b[0], CURRENCY_ROOM if lenient else SAME_VALUE
    return abs(x - y) <= room * max(abs(x), abs(y))


def _apart(a: _Values, b: _Values) -> bool:
    """Whether some source gives values in both groups and none of them in the one is one of the other's."""
    return any(not any(_same(x, y, True) for x in a[s] for y in b[s]) for s in a.keys() & b.keys())


def _shared_value(a: _Values, b: _Values) -> bool:
    """Whether two different sources give the two groups the same telling value."""
    return any(x[3] and y[3] and _same(x, y) for sa, xs in a.items() for sb, ys in b.items() if sa != sb
               for x in xs for y in ys)


def _family(g: MeasuredGroup) -> frozenset[tuple[str, str]]:
    """The kinds of figure a group weighs (money, shares, counts of one physical unit)."""
    return frozenset((m.figure.kind, (m.figure.unit or "") if m.figure.unit in PHYSICAL_UNITS else "")
                     for m in g.members)


def _part_of(part: _Values, whole: _Values) -> bool:
    """Whether every value of a place's group is below the median of an event's whole (a part of it: "101 missing
    across three construction sites" against the country's 139 and 341), not another reading of the whole."""
    wholes = sorted(v[0] for vs in whole.values() for v in vs)
    return bool(wholes) and all(v[0] < wholes[len(wholes) // 2] for vs in part.values() for v in vs)


def _n_sources(members: Sequence[MeasuredStatement]) -> int:
    return len({s for m in members for s in _sources_of(m)})


def join_subjects(groups: list[MeasuredGroup], published: dict[str, str | None],
                  table: RateTable) -> list[MeasuredGroup]:
    """The groups with those of one measure that no source tells apart joined (see the module)."""
    by_measure: dict[tuple, list[int]] = defaultdict(list)
    for k, g in enumerate(groups):
        by_measure[g.measure, _family(g), g.counter].append(k)  # (two kinds of counters' counts stay apart)
    dropped: set[int] = set()
    for ks in by_measure.values():
        if len(ks) > 1:
            dropped |= _join_measure([groups[k] for k in ks], ks, published, table)
    return [g for k, g in enumerate(groups) if k not in dropped and _n_sources(g.members) >= 2]


def _join_measure(groups: list[MeasuredGroup], ks: list[int], published: dict[str, str | None],
                  table: RateTable) -> set[int]:
    """Joins the groups of one measure in place; returns the indexes (from ``ks``) of the groups emptied."""
    values = [_values(g.members, published, table) for g in groups]
    named = [i for i, g in enumerate(groups) if g.subject]
    unnamed = [i for i, g in enumerate(groups) if not g.subject]
    emptied: set[int] = set()

    def merge(into: int, other: int) -> None:
        groups[into].members.extend(groups[other].members)
        groups[other].members = []
        for s, vs in values[other].items():
            values[into][s].extend(vs)
        values[other] = defaultdict(list)
        emptied.add(ks[other])

    # groups no source tells apart, that two sources give the same value: one thing (two names of it, or two
    # groups with none split by their wording)
    for pool in (named, unnamed):
        alive = list(pool)
        for n, i in enumerate(pool):
            for j in pool[:n]:
                if j in alive and not _apart(values[i], values[j]) and _shared_value(values[i], values[j]) \
                        and not kin_names(groups[i].subject, groups[j].subject):  # (two people, one surname)
                    if _n_sources(groups[i].members) > _n_sources(groups[j].members):
                        groups[j].subject = groups[i].subject  # (the name more sources give titles the claim)
                    merge(j, i)
                    alive.remove(i)
                    break
        pool[:] = alive
    # a group with no subject read: into the one named group no source tells apart from it (an event's count
    # with no place read is the event's whole: the joined claim is titled as the whole when most sources say so)
    placed = bool(set(groups[0].measure.split()) & PLACED_MEASURES)
    if not set(groups[0].measure.split()) & EVENT_MEASURES:
        unnamed_takers = []  # (an article may give two investments or funds: only an event's counts are one each)
    else:
        unnamed_takers = list(unnamed)
    for i in unnamed_takers:
        takers = [j for j in named if not _apart(values[i], values[j])
                  and not (placed and _part_of(values[j], values[i]))]
        if len(takers) == 1:
            whole = placed and _n_sources(groups[i].members) > _n_sources(groups[takers[0]].members)
            merge(takers[0], i)
            unnamed.remove(i)
            if whole:
                groups[takers[0]].subject = None
    # the statements of the groups left with no subject: one by one (for an event's counts, only where its own
    # source gives that value)
    for i in unnamed:
        for m in list(groups[i].members):
            home = _home(m, named, values, published, table, by_value=not placed)
            if home is not None:
                _move(m, groups[i], groups[home], values[home], published, table)
    # then, of an event's measure with one named group, those of sources that give it no value, when two or more
    # sources give them: the same thing, named by other sources only
    if len(named) == 1 and unnamed_takers:
        sole = named[0]
        for i in unnamed:
            if _part_of(values[sole], _values(groups[i].members, published, table)):
                continue  # (the named group is a part of what these count: "169 Indian" of "242 aboard")
            lone = [m for m in groups[i].members if not any(s in values[sole] for s in _sources_of(m))]
            if _n_sources(lone) >= 2:
                for m in lone:
                    _move(m, groups[i], groups[sole], values[sole], published, table)
    return emptied


def _move(m: MeasuredStatement, source: MeasuredGroup, target: MeasuredGroup, values: _Values,
          published: dict[str, str | None], table: RateTable) -> None:
    """Moves a statement from one group to another, adding its values to the target's (``values``)."""
    source.members.remove(m)
    target.members.append(m)
    for s in _sources_of(m):
        value = statement_value(m, s, published, table)
        if value:
            values[s].append(_value(m, value))


def _home(m: MeasuredStatement, named: list[int], values: list[_Values], published: dict[str, str | None],
          table: RateTable, by_value: bool = True) -> int | None:
    """The one named group a statement with no subject belongs in: where its source gives its value already,
    else the one whose value it gives and that its source does not tell apart from it; None when no or two
    groups can take it."""
    own = {s: _value(m, statement_value(m, s, published, table)) for s in _sources_of(m)}
    if not all(v[0] for v in own.values()):
        return None
    repeated = [j for j in named if any(_same(v, x, True) for s, v in own.items() for x in values[j].get(s, ()))]
    if repeated:
        return repeated[0] if len(repeated) == 1 else None
    if not by_value:
        return None
    mine: _Values = {s: [v] for s, v in own.items()}
    agreeing = [j for j in named if not _apart(mine, values[j]) and _shared_value(mine, values[j])]
    return agreeing[0] if len(agreeing) == 1 else None
