"""The types of claims aligned by measure: a statement about a measure, a group of them with its verdict's
facts, and what every stage needs to weigh them (a statement's value, its measure's kind)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from briefing_tui.compare.bounty_shares import BOUNTY_SHARE
from briefing_tui.compare.counted_names import event_counted
from briefing_tui.compare.court_measures import COURT_BASES
from briefing_tui.compare.one_span_measures import ONE_PER_CASE_SPANS
from briefing_tui.compare.outages import HOMES_OUTAGE
from briefing_tui.compare.policy_rates import RATE_BASE
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.units import Unit
from briefing_tui.model import OUTSIDE_BODY, CounterKind, Figure, ParagraphKind, TimePoint

# Measures an event has one of (its death toll, its duration): the measure and subject align alone.
EVENT_MEASURES = frozenset(
    "dead injured missing displaced hospitalised rescued arrested affected storeys homes buildings residents "
    "hours firefighters votes seats aftershocks trapped turnout depth sentence until survivors aboard ground attendance outage "
    "deployed electorate "
    # the share of a grid's demand brought back after an outage (compare/demand_shares.py): one figure, moving with
    # the hour of the report
    "restored "
    # the crew of the event's craft: one size, however each outlet counts it ("the 22-member crew", "nearly two dozen
    # crew members"); what befell the crew is its own measure (compare/aboard_counts.py)
    "crew "
    # a chamber's vote (compare/votes.py): one count of each kind
    "votes-for votes-against abstentions votes-needed members-voting".split()) | COURT_BASES | {HOMES_OUTAGE, BOUNTY_SHARE} \
    | {RATE_BASE} | event_counted() | ONE_PER_CASE_SPANS  # (a quake has one depth; a case one forfeiture, one count of
# convictions, one trial's length; a flood one count of the municipalities it hit, a siege of its hostages:
# data/counted_names.yaml; a rate decision sets each of its bank's named rates once: compare/policy_rates.py)


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
    development: str = ""  # why the figures develop, conflict, or their order is unknown (compare/developing.py)
    conflicted: set[tuple[str, int]] | None = None  # (source, figure start) of every conflicting figure
    firsts: dict[str, Figure] | None = None  # the figure each source is weighed by
    # the kind of counter whose counts the group holds, when the story's counts of the measure are by counters of
    # several kinds (compare/counter_groups.py), and what the title calls that counter ("CGT", "police"); else None
    counter: CounterKind | None = None
    counter_name: str | None = None


LEAD_PARTS: tuple[ParagraphKind, ...] = ("standfirst", "headline")
"""The parts above the body a source's values are weighed by after its body's, in this order: the standfirst,
then the headline (each restates the lead, the headline most clipped: "hundreds dead" over "more than 300")."""


def lead_part(item: MeasuredStatement) -> ParagraphKind | None:
    """The part above the body ("headline", "standfirst") that holds the statement's sentence, or None (body)."""
    for p in item.unit.source.paragraphs:
        if p.kind not in OUTSIDE_BODY:
            return None  # (headline and standfirst come first: the body begins at the first other paragraph)
        if p.start <= item.unit.start < p.end:
            return p.kind
    return None


def in_standfirst(item: MeasuredStatement) -> bool:
    """Is the statement's sentence in its page's standfirst (the summary under the headline, before the body)?"""
    return lead_part(item) == "standfirst"


def reading_order(item: MeasuredStatement) -> tuple[int, int, int]:
    """The order a source's values are read in, first the one it is weighed by: by source, then the body's before
    its standfirst's before its headline's (see :data:`LEAD_PARTS`), then in text order."""
    part = lead_part(item)
    return item.unit.source_rank, 0 if part is None else 1 + LEAD_PARTS.index(part), item.figure.start


def measure_base(measure: str) -> str:
    """The measure a figure is grouped by: its last word ("punitive compensation" is a compensation), or the whole
    name of a length a case has one of ("trial duration": compare/one_span_measures.py)."""
    return measure if measure in ONE_PER_CASE_SPANS else measure.split()[-1]


def kind_of(item: MeasuredStatement) -> str | None:
    """The modifier of the statement's measure ("punitive" in "punitive compensation"), or None (also for a measure
    grouped by its whole name: a trial's length, ``measure_base``)."""
    if item.figure.measure in ONE_PER_CASE_SPANS:
        return None
    words = (item.figure.measure or "").split()
    return " ".join(words[:-1]) or None


SAME_VALUE = 0.05  # two stated values this close (after conversion) are "the same figure"


def moved(m: MeasuredStatement, source: str) -> Figure:
    """The statement's figure as given by ``source`` (a recurring sentence has one unit for many sources)."""
    if m.figure.source == source:
        return m.figure
    return replace(m.figure, source=source)


def statement_value(m: MeasuredStatement, source: str, published: dict[str, str | None], table: RateTable) -> float:
    f = m.figure
    value = f.low or 0.0
    if f.kind == "money":
        rate = table.rate(f.unit or "", published.get(source))
        value *= rate.value if rate else 1.0
    return value


VALUE_BUCKETS = 20  # value buckets per power of ten (about 12% wide), to find groups with the same value


def value_bucket(item: MeasuredStatement, published: dict[str, str | None], table: RateTable | None) -> tuple | None:
    """A coarse value bucket (kind, log step) so that statements with about the same value meet."""
    value = item.figure.low
    if not value or value <= 0:
        return None
    if item.figure.kind == "money":
        rate = table.rate(item.figure.unit or "", published.get(item.figure.source)) if table else None
        if rate is None:
            return None
        value *= rate.value
    return item.figure.kind, round(math.log10(value) * VALUE_BUCKETS)


def same_value(a: MeasuredStatement, b: MeasuredStatement, published: dict[str, str | None],
                table: RateTable) -> bool:
    """Whether two statements from different sources state the same value (within ``SAME_VALUE``; money in one
    currency as written, in two converted at each article's date): "$550 billion" and "up to $550 billion"."""
    if a.unit.source.id == b.unit.source.id or a.figure.kind != b.figure.kind or "range" in (
            a.figure.qualifier, b.figure.qualifier):
        return False  # (nor is "thousands" the same figure as "over 2,000")
    if a.figure.kind == "money" and a.figure.unit == b.figure.unit:
        # (two articles' "€500 billion" are one figure, whatever the euro's rate on each one's date)
        va, vb = a.figure.low or 0.0, b.figure.low or 0.0
    else:
        va, vb = statement_value(a, a.figure.source, published, table), statement_value(b, b.figure.source, published, table)
    return bool(va and vb) and abs(va - vb) <= SAME_VALUE * max(va, vb)
