"""Statements of different sources giving the same distinctive value are one claim, even when one of them got a
wrong or missing subject or measure: "793 passengers have been discharged" and "793 have been discharged" (one
reads no measure), "Google ... a $32 billion all-cash deal to acquire Wiz" and "Google has struck a deal to buy
Wiz for $32 billion" (the buyer and the bought of one deal).

A value is distinctive when it is written in digits, has two significant digits or more and is not a small count
or a year ("793", "$3.2 billion", "15%"; not "five", "two-thirds", "100,000", "2020"). Two figures of the same kind and value (converted at each
article's date) join when their measures are compatible (equal, or one missing or only "people") and their
subjects too (equal, one missing, or each named in the other's sentence); with both measures missing, their clauses
must also share a content word besides the figures' own. One figure's measure names what the value is: the other,
read with none, gives that value of it, whatever words or language its clause uses ("a €4.7 billion relief fund" and
"Au total, 4,7 milliards d'euros seront mobilisés"). The statements so linked across sources go to the
claim where one of them is weighed as its source's figure, or make a claim of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing_tui.compare.group_subjects import named_facility, unnamed_person
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measure_periods import period_mark
from briefing_tui.compare.measured_types import (MeasuredGroup, MeasuredStatement, kind_of, reading_order, statement_value,
                                                   value_bucket)
from briefing_tui.compare.measures import WORD_MEASURE
from briefing_tui.compare.partitives import PART_KIND
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import kin_names, one_subject, same_subject
from briefing_tui.compare.subject_fallback import named_in, weak_subject
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_context

JOINED_KINDS = ("money", "count", "percent")
MIN_DIGITS = 2  # significant digits a value needs to be distinctive ("793", "3.2 billion"; not "100,000")
MIN_COUNT = 10  # a count or share below this is a small number, never distinctive on its own
SAME_UNIT = 1e-9  # two values written in one unit are the same only when equal
OTHER_UNIT = 0.03  # written in two units (currencies), they are the same within this (the tolerance)
GENERIC_MEASURES = frozenset({"people"})  # a count of people says nothing of what happened to them
YEARS = (1900, 2100)  # a bare count in this range is likely a year
MAX_BUCKET = 64  # statements of one value bucket weighed pairwise (a value given that often is one claim already)


def significant_digits(value: float) -> int:
    """Significant digits of a value ("793" 3, "3.2e9" 2, "100000" 1)."""
    mantissa = f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return len(mantissa)


def distinctive(f) -> bool:
    """Whether the figure's value is distinctive enough to tell one thing by it."""
    if f.kind not in JOINED_KINDS or f.role != "current" or f.low is None or f.low <= 0 or f.qualifier == "range":
        return False
    if (f.high is not None and f.high != f.low) or not any(c.isdigit() for c in f.text):
        return False  # (a range; a value in words is a round one: "two-thirds", "seven")
    if f.kind != "money" and f.low < MIN_COUNT:
        return False
    if f.kind == "count" and f.low == int(f.low) and YEARS[0] <= f.low <= YEARS[1] and not f.measure:
        return False
    return significant_digits(f.low) >= MIN_DIGITS


# Money measures outlets name one sum by interchangeably: what a party is made to pay ("fined €746 million", "the €746
# million Amazon had to pay", "ordered to forfeit €746 million"). One distinctive value under two names of a set is
# one sum (its values must be the same: ``_same``); each set is read as its first name.
ONE_SUM_NAMES: tuple[tuple[str, ...], ...] = (
    ("fine", "compensation", "forfeiture"),
)
_ONE_SUM = {name: names[0] for names in ONE_SUM_NAMES for name in names}


def _measure(f) -> str | None:
    """The figure's measure (its last word; a money measure's set's first name), None when it is missing or
    generic."""
    if not f.measure:
        return None
    if f.measure.startswith(f"{PART_KIND} "):
        return f.measure  # (a group's part of a toll is no toll: "14 civilians" among the dead is not "14 dead")
    base = f.measure.split()[-1]
    if f.kind == "money":
        base = _ONE_SUM.get(base, base)
    return None if base in GENERIC_MEASURES else base


def _subject(f) -> str | None:
    return None if weak_subject(f.subject) else f.subject


PHYSICAL_UNITS = frozenset({"km", "km/h", "m", "mm", "t", "kg", "ha", "GW"})  # a count's unit that is a quantity's, not a noun's


def _unit(f) -> str:
    """The unit two values must share to be compared as written: a currency, a physical unit; "" for a count
    of things ("617 patients" and "617" are one value)."""
    if f.kind == "count":
        return f.unit if f.unit in PHYSICAL_UNITS else ""
    return f.unit or ""


def _same(a: MeasuredStatement, b: MeasuredStatement, published: dict[str, str | None], table: RateTable) -> bool:
    fa, fb = a.figure, b.figure
    if fa.kind != fb.kind or (fa.kind == "count" and _unit(fa) != _unit(fb)):
        return False
    va = statement_value(a, fa.source, published, table)
    vb = statement_value(b, fb.source, published, table)
    room = SAME_UNIT if _unit(fa) == _unit(fb) else OTHER_UNIT
    return bool(va and vb) and abs(va - vb) <= room * max(va, vb)


def _subjects_fit(a: MeasuredStatement, b: MeasuredStatement, links: dict[str, frozenset[str]]) -> bool:
    """Whether two statements' subjects may be one: either missing, one ("Thai" / "Thailand", linked names), or
    each named in the other's sentence (the buyer and the bought of one deal). A count at a facility its sentence
    names ("25 at Teaching Hospital") is that facility's: never one with a count of no subject."""
    sa, sb = _subject(a.figure), _subject(b.figure)
    if bool(sa) != bool(sb) and named_facility(a if sa else b):
        return False
    if kin_names(sa, sb):
        return False  # (two people of one surname, each named in the other's sentence by it: "Marta Ilves", "Jaan Ilves")
    if unnamed_person(a, sb) or unnamed_person(b, sa):
        return False  # (an age told of no one is not that of a person its article never names: "der 73-Jährige")
    return not (sa and sb) or bool(one_subject(sa, sb, links)) or (named_in(sa, b.unit) and named_in(sb, a.unit))


def _fits(a: MeasuredStatement, b: MeasuredStatement, links: dict[str, frozenset[str]]) -> bool:
    """Whether two statements of one value may be one claim: compatible measures, subjects and periods, and
    (both measures missing) a shared content word around the figures."""
    ma, mb = _measure(a.figure), _measure(b.figure)
    if ma and mb and ma != mb:
        return False
    ka, kb = kind_of(a), kind_of(b)
    if ma and mb and ka and kb and ka != kb:
        return False  # ("punitive" is not "compensatory")
    if not _subjects_fit(a, b, links):
        return False
    if period_mark(a.unit.text, a.unit.start, a.figure) != period_mark(b.unit.text, b.unit.start, b.figure):
        return False
    if ma or mb:
        return True  # (one names the measure: the measureless one gives its value, in any words)
    if _people_of_one_subject(a, b):
        return True  # (the subject both name says what is counted, in any language: "53 Britons", "53 británicos")
    shared = figure_context(a.unit, a.figure) & figure_context(b.unit, b.figure)
    return any(w not in WORD_MEASURE for w in shared)


def _people_of_one_subject(a: MeasuredStatement, b: MeasuredStatement) -> bool:
    """Whether both are counts of people (a generic measure) of one subject each names itself: "53 Britons" and "53
    británicos", "53 Britanniques" count one group of people, whatever words their clauses share. (Both must be
    people: two bare numbers of one subject may measure two things.)"""
    fa, fb = a.figure, b.figure
    generic = all(f.kind == "count" and f.measure and f.measure.split()[-1] in GENERIC_MEASURES for f in (fa, fb))
    sa, sb = _subject(fa), _subject(fb)
    return generic and bool(sa and sb) and same_subject(sa, sb) is True


def _first_of_source(group: MeasuredGroup) -> set[tuple[str, int]]:
    """(source, start) of the figure each source is weighed by in the group (its first)."""
    firsts: dict[str, MeasuredStatement] = {}
    for m in sorted(group.members, key=reading_order):
        firsts.setdefault(m.unit.source.id, m)
    return {(m.figure.source, m.figure.start) for m in firsts.values()}


def _repeated(m: MeasuredStatement, own: list[MeasuredStatement], published: dict[str, str | None],
              table: RateTable) -> bool:
    """Whether a source's statement repeats a value the source gives in the claim already (its lede and its
    body) with the same measure and qualifier: one statement of the claim twice, never a second value ("up to $550
    billion" is not "$550 billion"), its sentence not disputing it in words (a statement disputed in words joins nothing:
    "It's not that $550 billion in cash will be sent")."""
    if any(c.strong for c in m.unit.cues) or not m.figure.measure:
        return False  # (a figure naming no measure may be another thing of that value: "Valencia capital (16)")
    return any(m.figure.measure == x.figure.measure and m.figure.qualifier == x.figure.qualifier
               and _same(m, x, published, table) for x in own)


def join_same_values(groups: list[MeasuredGroup], units: Sequence[Unit], published: dict[str, str | None],
                     table: RateTable, links: dict[str, frozenset[str]] | None = None) -> list[MeasuredGroup]:
    """The groups with the statements of one distinctive value (see the module) in one group: moved to the
    group where one of them is its source's weighed figure (the one most of them are), else a group of their
    own; groups left with fewer than two sources go."""
    links = links or {}
    where: dict[tuple[str, int], int] = {}
    for k, g in enumerate(groups):
        for m in g.members:
            where[m.figure.source, m.figure.start] = k
    items: list[MeasuredStatement] = []
    for u in units:
        for f in u.figures:
            if distinctive(f) and (not f.measure or is_key_figure(f) or _measure(f) is None):
                items.append(next((m for m in groups[where[f.source, f.start]].members
                                   if m.figure.start == f.start and m.figure.source == f.source), None)
                             if (f.source, f.start) in where else MeasuredStatement(u, f))
    by_bucket: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(items):
        bucket = value_bucket(m, published, table)
        if bucket is not None:
            by_bucket[bucket].append(i)
    parent = list(range(len(items)))
    measures = [{_measure(m.figure)} - {None} for m in items]  # the measures a cluster's statements name

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    named = [[m] if _subject(m.figure) else [] for m in items]  # a cluster's statements that name a subject

    def union(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri == rj or len(measures[ri] | measures[rj]) > 1:
            return  # (one measure per cluster, however linked)
        if not all(_subjects_fit(a, b, links) for a in named[ri] for b in named[rj]):
            return  # (nor two subjects that are not one: "Merz" through a figure with none to "Bundesrat")
        parent[ri] = rj
        measures[rj] |= measures[ri]
        named[rj] += named[ri]

    for (kind, step), members in sorted(by_bucket.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        members = members[:MAX_BUCKET]
        above = by_bucket.get((kind, step + 1), [])[:MAX_BUCKET]
        for n, i in enumerate(members):
            for j in members[n + 1:] + above:  # (each pair once: within the bucket, then with the next one up)
                a, b = items[i], items[j]
                if a.unit.source.id != b.unit.source.id and _same(a, b, published, table) and _fits(a, b, links):
                    union(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[root(i)].append(i)
    firsts = [_first_of_source(g) for g in groups]
    added: list[MeasuredGroup] = []
    moved = False
    for members in clusters.values():
        stmts = [items[i] for i in members]
        if len({m.unit.source.id for m in stmts}) < 2:
            continue
        homes = [where.get((m.figure.source, m.figure.start)) for m in stmts]
        if len(set(homes)) == 1 and homes[0] is not None:
            continue  # one claim already
        weighed = defaultdict(int)
        for m, k in zip(stmts, homes):
            if k is not None and (m.figure.source, m.figure.start) in firsts[k]:
                weighed[k] += 1
        target = max(weighed, key=lambda k: (weighed[k], len(groups[k].members), -k)) if weighed else None
        if target is None:
            measure = next((m.figure.measure for m in stmts if _measure(m.figure)), None) or \
                next((m.figure.measure for m in stmts if m.figure.measure), None)
            subject = next((s for s in map(lambda m: _subject(m.figure), stmts) if s), None)
            if measure is None:
                continue  # (no statement says what the value measures: the wording claims keep them)
            group = MeasuredGroup(measure, subject, [])
            added.append(group)
        else:
            group = groups[target]
        present: dict[str, list[MeasuredStatement]] = defaultdict(list)
        for x in group.members:
            for o in x.unit.occurrences:
                present[o.source.id].append(x)
        for m, k in sorted(zip(stmts, homes), key=lambda mk: reading_order(mk[0])):
            if (k is not None and groups[k] is group) or \
                    (m.unit.source.id in present and not _repeated(m, present[m.unit.source.id], published, table)):
                continue  # (a source the claim weighs already by another value: another sentence of it adds noise)
            present[m.unit.source.id].append(m)
            if k is not None:
                groups[k].members = [x for x in groups[k].members if x is not m]
            group.members.append(m)
            moved = True
    if not moved:
        return groups
    return [g for g in groups + added if len({o.source.id for m in g.members for o in m.unit.occurrences}) >= 2]
