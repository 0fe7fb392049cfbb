"""Claims aligned by what their figures measure: one claim per measure (and subject) across sources.

Every figure whose measure is a known one (``measures.MEASURE_WORDS``: dead, missing, storeys, homes,
an investment, a fund, ...) is a statement about that measure. Statements about the same measure of
the same subject form one claim, across sources and sentences, however they are worded; statements
about different measures never do. For event measures (casualties, damage, a duration) the measure
and subject suffice; for money and other measures, which an article may give for several things (two
investments, a fund and a contract), two statements also need some shared wording
(``MONEY_LINK``) or the same period or date.

The verdict weighs each source's first figure for the measure against the others' (see
:mod:`briefing_tui.compare.tolerance`). When they differ and the sources carry different dates, the
claim gets a timeline in publication order and says whether the figure grew in that order
(developing) or not (a conflict).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.compare.measures import MEASURE_WORDS, MONEY_MEASURES, same_subject
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_context
from briefing_tui.model import Figure, TimePoint

# Measures an event has one of (its death toll, its duration): the measure and subject align alone.
EVENT_MEASURES = frozenset(
    "dead injured missing displaced hospitalised rescued arrested affected storeys homes buildings residents "
    "hours firefighters votes seats".split())
KNOWN_MEASURES = frozenset(MEASURE_WORDS) | {"hours", "change", "aftershock magnitude"}
MEASURED_KINDS = ("count", "money", "percent", "period")
PREVIOUS = " (before)"  # a measure's previous value, as in "fell from 25 percent to 15 percent"


@dataclass(slots=True)
class MeasuredStatement:
    """One figure of one unit that a measured claim is about."""

    unit: Unit
    figure: Figure


@dataclass(slots=True)
class MeasuredGroup:
    """Statements about one measure (and subject) from two or more sources, with the verdict's facts."""

    measure: str
    subject: str | None
    members: list[MeasuredStatement]
    verdict: str = "agree"
    reasons: list[str] | None = None
    conflicts: list[tuple[Figure, Figure]] | None = None
    timeline: list[TimePoint] | None = None
    developing: bool | None = None


def _key_figures(unit: Unit) -> list[Figure]:
    """The unit's figures that name a known measure (the current values, not "from X" ones)."""
    return [f for f in unit.figures
            if f.kind in MEASURED_KINDS and f.measure and f.measure.split()[-1] in KNOWN_MEASURES]


MIN_SHARED_CONTEXT = 2  # content words around two figures of another measure, for them to be one claim


def _overlap(a: MeasuredStatement, b: MeasuredStatement) -> int:
    """How many content words the two figures' surroundings share."""
    return len(figure_context(a.unit, a.figure) & figure_context(b.unit, b.figure))


def _subject(f: Figure, names: frozenset[str] | None) -> str | None:
    """The figure's subject if it is a name the corpus writes capitalised mid-sentence somewhere (a
    capitalised first word, "Powerful", is no name); all subjects when ``names`` is None."""
    if not f.subject or names is None:
        return f.subject
    words = {w for w in f.subject.lower().replace("/", " ").split()}
    return f.subject if words & names else None


def measured_groups(units: Sequence[Unit], published: dict[str, str | None] | None = None,
                    table: RateTable | None = None, names: frozenset[str] | None = None) -> list[MeasuredGroup]:
    """Groups of statements about one measure, from at least two sources (single-source measures stay
    with the wording-aligned claims).

    First the statements with a subject gather by subject ("CDU" and "CDU/CSU" are one); then each
    statement without one joins the group it shares most words with around its figure (for an event
    measure, the best group whatever the overlap; for another measure, only with ``MIN_SHARED_CONTEXT``
    words in common or the same value as a member: "$550 billion" and "$550 billion"), or starts a group
    of its own. ``names`` (lower-case words of names) filters subjects that are no names.
    """
    published = published or {}
    by_measure: dict[str, list[MeasuredStatement]] = defaultdict(list)
    for u in units:
        for f in _key_figures(u):
            # A previous value ("from 25 percent") is a claim of its own: what the measure was before.
            key = f.measure if f.role == "current" else f"{f.measure}{PREVIOUS}"
            by_measure[key].append(MeasuredStatement(u, f))
    groups = []
    for measure in sorted(by_measure):
        items = by_measure[measure]
        event = measure.removesuffix(PREVIOUS) in EVENT_MEASURES
        subjects = [_subject(item.figure, names) for item in items]
        clusters: list[list[MeasuredStatement]] = []
        labels: list[str | None] = []
        for item, subject in zip(items, subjects):
            if not subject:
                continue
            for k, name in enumerate(labels):
                if name and same_subject(name, subject):
                    clusters[k].append(item)
                    break
            else:
                clusters.append([item])
                labels.append(subject)
        for item, subject in zip(items, subjects):
            if subject:
                continue
            best, best_key = None, None
            for k, members in enumerate(clusters):
                shared = max(_overlap(item, m) for m in members)
                same_value = table is not None and any(_same_value(item, m, published, table) for m in members)
                if not (event or shared >= MIN_SHARED_CONTEXT or same_value):
                    continue
                key = (same_value, shared, len(members))
                if best_key is None or key > best_key:
                    best, best_key = k, key
            if best is None:
                clusters.append([item])
                labels.append(None)
            else:
                clusters[best].append(item)
        for members, name in zip(clusters, labels):
            sources = {o.source.id for m in members for o in m.unit.occurrences}
            if len(sources) >= 2:
                groups.append(MeasuredGroup(measure, name, members))
    return groups


def _same_value(a: MeasuredStatement, b: MeasuredStatement, published: dict[str, str | None],
                table: RateTable) -> bool:
    """Whether two statements give compatible values (from different sources)."""
    if a.unit.source.id == b.unit.source.id:
        return False
    check = compare_figures(a.figure, b.figure, published, table)
    return bool(check and check.compatible)


def _share_time(a: Unit, b: Unit) -> bool:
    """Whether two sentences give the same period or date (the same "over five years" pledge)."""
    ta = {(f.kind, f.low, f.date_low) for f in a.figures if f.kind in ("period", "date")}
    tb = {(f.kind, f.low, f.date_low) for f in b.figures if f.kind in ("period", "date")}
    return bool(ta & tb)


def _value_text(f: Figure) -> str:
    return " ".join(f.text.split())


def judge_measured(group: MeasuredGroup, published: dict[str, str | None], table: RateTable,
                   rank: dict[str, int]) -> None:
    """Fill in the group's verdict, reasons, conflicts, timeline and whether the figure is developing."""
    firsts: dict[str, MeasuredStatement] = {}
    for m in sorted(group.members, key=lambda m: (m.unit.source_rank, m.figure.start)):
        for o in m.unit.occurrences:
            firsts.setdefault(o.source.id, m)
    order = sorted(firsts, key=lambda s: rank.get(s, 0))
    reasons, conflicts, matches = [], [], []
    for i, sa in enumerate(order):
        for sb in order[i + 1:]:
            fa, fb = _moved(firsts[sa], sa), _moved(firsts[sb], sb)
            check = compare_figures(fa, fb, published, table)
            if check is None:
                continue
            if check.compatible:
                matches.append(check.evidence)
            else:
                conflicts.append((fa, fb))
                reasons.append(check.evidence)
    group.verdict = "disagree" if conflicts else "agree"
    group.conflicts = conflicts
    group.reasons = reasons + matches
    points = [TimePoint(s, (published.get(s) or "")[:10] or None, _value_text(firsts[s].figure),
                        firsts[s].figure.low or 0.0, firsts[s].figure.high or firsts[s].figure.low or 0.0)
              for s in order]
    days = {p.day for p in points if p.day}
    if conflicts and len(days) >= 2:
        points.sort(key=lambda p: (p.day or "9999", rank.get(p.source, 0)))
        group.timeline = points
        group.developing = _follows_publication(points, published, table, firsts)
    else:
        group.timeline = []
        group.developing = False if conflicts else None


def _moved(m: MeasuredStatement, source: str) -> Figure:
    """The statement's figure as given by ``source`` (a recurring sentence has one unit for many sources)."""
    if m.figure.source == source:
        return m.figure
    from dataclasses import replace

    return replace(m.figure, source=source)


def _follows_publication(points: list[TimePoint], published: dict[str, str | None], table: RateTable,
                         firsts: dict[str, MeasuredStatement]) -> bool:
    """Whether the values never go down as the publication dates go up (a count that develops)."""
    dated = [p for p in points if p.day]
    for earlier, later in zip(dated, dated[1:]):
        if later.day == earlier.day:
            check = compare_figures(_moved(firsts[earlier.source], earlier.source),
                                    _moved(firsts[later.source], later.source), published, table)
            if check is not None and not check.compatible:
                return False  # two different figures on the same day: a conflict, not a development
            continue
        if _value(firsts[later.source], later.source, published, table) < \
                _value(firsts[earlier.source], earlier.source, published, table) * 0.999:
            return False
    return True


def _value(m: MeasuredStatement, source: str, published: dict[str, str | None], table: RateTable) -> float:
    f = m.figure
    value = f.low or 0.0
    if f.kind == "money":
        rate = table.rate(f.unit or "", published.get(source))
        value *= rate.value if rate else 1.0
    return value


def is_money_measure(measure: str) -> bool:
    """Whether the measure prices something (a title then gives amounts in one currency too)."""
    return measure in MONEY_MEASURES
