"""A figure of a measure the story has one claim of joins that claim, whatever value it gives.

"She received a near $100,000 fine along with her political ban": the figure is read as the fine, but shares no
words or value with the other sources' fine (€100,000), so it gathers with nothing, its one-source group goes and
its sentence is left to a claim by wording. When the story has a single claim by measure of that measure (and kind
of figure), the figure is a statement of that claim, however it is worded and whatever its value says (the
claim's verdict then weighs it): "Statements about the same measure of the same subject form one claim".

It joins only when: its measure is the claim's as read (not unread, not another kind of it), the story has no other
claim of the measure in that kind of figure (two investments, two parties' seats: no sole claim), its source is
not in the claim, it names no subject or the claim's, it is a current value of no earlier time (no year before
its article's in its sentence, no earlier event), over the claim's period (a movement), and, for a measure that is
not an event's own count, an amount within ``FAR_AMOUNT`` times of one of the claim's values (a "$2 trillion" market
value is no price of a "$32 billion" deal; a share or count of another measure names its whole too loosely: "tariffs
on its exports to fall to 15%"). A source gives the claim one such figure: its first.
Each moved statement keeps its figure, source and offsets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing_tui.compare.earlier import EARLIER, earlier_marks
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measure_periods import period_mark
from briefing_tui.compare.measured_types import EVENT_MEASURES, PREVIOUS, MeasuredGroup, MeasuredStatement, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import one_subject
from briefing_tui.compare.story_dates import undated_at_earliest
from briefing_tui.compare.subject_fallback import FAR_AMOUNT, another_time, weak_subject
from briefing_tui.compare.tolerance import PHYSICAL_UNITS
from briefing_tui.compare.units import Unit
from briefing_tui.model import Figure

SOLE_KINDS = ("count", "money", "percent")  # figures that join a measure's sole claim


def _family(f: Figure) -> tuple[str, str]:
    """Figures that can be weighed together: kind, and a count's physical unit (none for a count of things)."""
    return f.kind, (f.unit or "") if f.kind != "count" or f.unit in PHYSICAL_UNITS else ""


def _base(measure: str) -> str:
    """A measure's last word ("punitive damages" -> "damages")."""
    return measure.split()[-1] if measure else ""


def _sole_claims(groups: Sequence[MeasuredGroup]) -> dict[tuple[str, tuple[str, str]], int]:
    """(measure, family) -> the index of the one group of that measure and family, for measures whose figures of
    that family are in exactly one group (of current values of no earlier event, of one kind of the measure)."""
    by_key: dict[tuple[str, tuple[str, str]], set[int]] = defaultdict(set)
    for k, g in enumerate(groups):
        for m in g.members:
            if m.figure.measure:
                by_key[_base(m.figure.measure), _family(m.figure)].add(k)
    out = {}
    for (base, family), ks in by_key.items():
        if len(ks) != 1:
            continue
        k = next(iter(ks))
        g = groups[k]
        if PREVIOUS in g.measure or EARLIER in g.measure or any(m.figure.role != "current" for m in g.members):
            continue
        out[base, family] = k
    return out


def _fits(item: MeasuredStatement, group: MeasuredGroup, published: dict[str, str | None], table: RateTable,
          links: dict[str, frozenset[str]] | None) -> bool:
    """Whether the figure may join the group (see the module), its source, time and kind aside."""
    f = item.figure
    if f.measure != group.measure.split(" (")[0]:
        return False  # (another kind of the measure: "punitive damages" is not the damages' claim)
    subject = None if weak_subject(f.subject) else f.subject
    if subject and not (group.subject and one_subject(subject, group.subject, links)):
        return False  # (a named thing's figure against a claim of no or another subject: "In Bangkok, ... 16 injuries"
        # is a part of the event's count, not a reading of it)
    periods = {period_mark(m.unit.text, m.unit.start, m.figure) for m in group.members}
    if periods != {period_mark(item.unit.text, item.unit.start, f)}:
        return False
    if _base(f.measure) in EVENT_MEASURES:
        return True  # (an event's count may grow many times over: "more than 300" buried, then "more than 2,000")
    if f.kind != "money":
        return False  # (a share names its whole loosely: "tariffs on its exports to fall to 15%" is no share of exports)
    value = statement_value(item, f.source, published, table)
    values = [statement_value(m, m.figure.source, published, table) for m in group.members]
    return value > 0 and any(v > 0 and max(v, value) / min(v, value) < FAR_AMOUNT for v in values)


def join_sole_measures(groups: list[MeasuredGroup], units: Sequence[Unit], published: dict[str, str | None],
                       table: RateTable, links: dict[str, frozenset[str]] | None = None) -> list[MeasuredGroup]:
    """The groups, each with the figures of its measure that no group holds and that may join it (see the
    module); changes ``groups``' members in place and returns them."""
    sole = _sole_claims(groups)
    if not sole:
        return groups
    placed = {(m.figure.source, m.figure.start) for g in groups for m in g.members}
    sources = [{o.source.id for m in g.members for o in m.unit.occurrences} for g in groups]
    story = undated_at_earliest(published)
    earlier: dict[int, str | None] = {}
    chosen: dict[tuple[int, str], MeasuredStatement] = {}
    for unit in units:
        for f in unit.figures:
            if f.kind not in SOLE_KINDS or f.role != "current" or not f.low or f.low <= 0 or not is_key_figure(f) \
                    or (f.source, f.start) in placed:
                continue
            k = sole.get((_base(f.measure), _family(f)))
            if k is None or any(o.source.id in sources[k] for o in unit.occurrences):
                continue
            item = MeasuredStatement(unit, f)
            if another_time(item, published) or earlier_marks(unit, f, story, earlier)[0] == EARLIER:
                continue
            if _fits(item, groups[k], published, table, links):
                chosen.setdefault((k, unit.source.id), item)  # (units come in source order: its first figure)
    for (k, _), item in sorted(chosen.items(), key=lambda kv: (kv[0][0], kv[1].unit.source_rank, kv[1].figure.start)):
        groups[k].members.append(item)
    return groups
