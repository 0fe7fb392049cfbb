"""A lone figure with no subject joins the one named group of its measure it may be a reading of.

The groups by measure (:mod:`~briefing_tui.compare.measured`) gather a measure's statements by subject; a figure
with no subject read that fits no group by wording or value starts a group of its own, and a group of one source
goes (its sentence is left to a claim by wording), before the groups of one measure are joined
(:mod:`~briefing_tui.compare.subject_join`). So "Cases have been identified in nine counties" stays alone beside
"Texas confirmed cases across 11 counties" though it is the other source's reading of that count.

Here, within one measure (and family, period, time), such a one-source group with no subject, of counts or amounts
(``LONE_KINDS``; a lone share is too often another share of a contest), joins the one named group that may take it:

- its source gives that group no value of its own other than this one (a source that gives the named group
  another value tells the two apart);
- its value is within ``LONE_RATIO`` of the first value some source of the group gives (a far value is another
  thing the measure counts: "$9 billion raised by 260 companies this year" is no price of one offering);
- the group is no settled figure it departs from: when ``SETTLED_SOURCES`` or more sources give the group one
  value and this one differs, it is another thing ("magnitude 6.8" tremors beside ten sources' 7.7 quake);
- for a measure of places (an event's casualties), the group is not a part of what it counts (every value of the
  group below this one's: a place's toll against the whole's);
- both are of one kind of the measure (``OWN_KINDS``): "25 of the deceased have been identified" is no reading of a
  death toll of 30.

A sum of money that is the group's value with the next scale word ("a €150 million loan" beside four sources' "€150
billion in loans": compare/scale_slips.py) is the same number with the scale word slipped: it joins
despite the ratio and the settled value, and the group's verdict weighs it (a real disagreement between the pages).
Such a slipped sum with no named group to take it joins the one group with no subject either that ``SLIP_SUPPORT``
sources or more give (two pages' "150,000 euros in compensation", a third's "150 milhões de euros"): there each
source's value, converted to the reference currency, must be ``SCALE_STEP`` times the lone one's (or a
``SCALE_STEP``-th) within a rate's drift (the pages may give it in other currencies).

With two or more groups that may take it, it stays where it is. The joined group is judged afterwards like any
other (its verdict weighs the moved value).
"""

from __future__ import annotations

from collections import defaultdict

from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.measured_types import SAME_VALUE, MeasuredStatement, kind_of, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.scale_slips import SCALE_STEP, values_slipped
from briefing_tui.compare.tolerance import RATE_DRIFT

LONE_KINDS = ("count", "money")  # (a lone share is too often another share of the contest: no join)
LONE_RATIO = 1.5  # how far (larger over smaller) a lone figure may be from a group's first value and join it
SETTLED_SOURCES = 3  # sources giving a group one value, for a figure that departs from it to be another thing
SLIP_SUPPORT = 2  # sources an unnamed group needs for a lone sum with its scale word slipped to join it

_Gathered = list[tuple[list[MeasuredStatement], str | None]]


def _values(members: list[MeasuredStatement], published: dict[str, str | None],
            table: RateTable) -> dict[str, list[float]]:
    """Each source's values in a group, in reading order (money converted at its article's date)."""
    out: dict[str, list[float]] = defaultdict(list)
    for m in members:
        for o in m.unit.occurrences:
            value = statement_value(m, o.source.id, published, table)
            if value:
                out[o.source.id].append(value)
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b))


def _own_kinds(members: list[MeasuredStatement]) -> set[str]:
    """The kinds of the measure that are measures of their own (``OWN_KINDS``) the members give ("identified")."""
    return {w for m in members for w in (kind_of(m) or "").split() if w in OWN_KINDS}


def _scale_slip(mine: list[float], firsts: list[float]) -> bool:
    """Whether each lone value is a first value of the group with the neighbouring scale word ("€150 million" for
    "€150 billion")."""
    return all(any(values_slipped(x, y) for y in firsts) for x in mine)


def _converted_slip(lone: dict[str, list[float]], group: dict[str, list[float]]) -> bool:
    """Whether every source of a group gives a first value ``SCALE_STEP`` times the lone values' (or a
    ``SCALE_STEP``-th of them) within ``RATE_DRIFT`` (the values converted to the reference currency)."""
    mine = [v for vs in lone.values() for v in vs]
    firsts = [vs[0] for vs in group.values() if vs]
    return bool(mine and firsts) and all(
        abs(min(x, y) * SCALE_STEP - max(x, y)) <= RATE_DRIFT * max(x, y) for x in mine for y in firsts)


def _may_take(lone: dict[str, list[float]], group: dict[str, list[float]], placed: bool, money: bool = False) -> bool:
    """Whether a named group (its values by source) may take a lone figure's values (see the module); ``money``:
    the lone figure is a sum of money (only then is a slipped scale word read as the same number)."""
    mine = [v for vs in lone.values() for v in vs]
    if not mine or not group:
        return False
    if any(not any(_same(x, y) for x in lone[s] for y in group[s]) for s in lone.keys() & group.keys()):
        return False  # (its source tells the two apart)
    firsts = [vs[0] for vs in group.values() if vs]
    if money and _scale_slip(mine, firsts):
        return True
    if not any(max(x, y) <= LONE_RATIO * min(x, y) for x in mine for y in firsts):
        return False
    if len(firsts) >= SETTLED_SOURCES and all(_same(y, firsts[0]) for y in firsts) \
            and not any(_same(x, firsts[0]) for x in mine):
        return False  # (a value every source gives, that this one departs from)
    values = sorted(mine)
    return not (placed and all(v < values[len(values) // 2] for vs in group.values() for v in vs))


def join_lone_unnamed(gathered: _Gathered, placed: bool, published: dict[str, str | None],
                      table: RateTable | None) -> _Gathered:
    """The groups of one measure, each one-source group with no subject joined to the one named group that may
    take it (see the module); ``placed``: a measure of places. Changes the members' lists in place."""
    if table is None or len(gathered) < 2:
        return gathered
    values = [_values(members, published, table) for members, _ in gathered]
    named = [k for k, (_, name) in enumerate(gathered) if name]
    gone = set()
    for k, (members, name) in enumerate(gathered):
        if name or len(values[k]) >= 2 or len({o.source.id for m in members for o in m.unit.occurrences}) >= 2 \
                or any(m.figure.kind not in LONE_KINDS for m in members):
            continue  # (a year or a span is no amount to weigh by how near: "until 2030" is no reading of "until 2060")
        kinds = _own_kinds(members)
        money = all(m.figure.kind == "money" for m in members)
        takers = [j for j in named
                  if _may_take(values[k], values[j], placed, money) and _own_kinds(gathered[j][0]) == kinds]
        if not takers and money:  # (a slipped scale word, with no named group: the one unnamed group it slips from)
            takers = [j for j, (others, other_name) in enumerate(gathered)
                      if j != k and j not in gone and not other_name and len(values[j]) >= SLIP_SUPPORT
                      and _converted_slip(values[k], values[j]) and _own_kinds(others) == kinds]
        if len(takers) == 1:
            gathered[takers[0]][0].extend(members)
            for s, vs in values[k].items():
                values[takers[0]][s].extend(vs)
            gone.add(k)
    return [g for k, g in enumerate(gathered) if k not in gone]
