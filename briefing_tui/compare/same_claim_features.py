"""What two pieces of claims share, as numbers: the features of the learned "same claim" score.

A *piece* is one claim as the rules left it, before its verdict: a group aligned by measure
(:mod:`~briefing_tui.compare.measured`) or a group aligned by wording (:mod:`~briefing_tui.compare.align`).
The rules split one claim into several pieces when its sources word it differently; the score
(:mod:`~briefing_tui.compare.same_claim_model`) weighs these features to say how likely two pieces are one
claim. Each feature is a small named function of two piece profiles, from what the code already reads of
the sentences (figures with their measure, subject, unit and qualifier; content stems; names and entities;
positions) — never an article's own words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_tui.compare.lemmas import lemma
from briefing_tui.compare.measured_types import PREVIOUS, MeasuredGroup, MeasuredStatement, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.tolerance import interval
from briefing_tui.compare.units import Unit
from briefing_tui.model import Figure

WEIGHED_KINDS = frozenset({"count", "money", "percent", "period"})  # figures a piece is weighed by (not dates, years)
FRAME_WORDS = 2  # words before a figure that say what is done with it ("killing at least 800")
LOG_RATIO_CAP = 3.0  # values more than this many powers of ten apart are simply far apart
SAME_VALUE_ROOM = 0.05  # two values this close (relative) are one value


@dataclass(frozen=True, slots=True)
class PieceProfile:
    """What the features read of one piece: its sources, figures and words."""

    measured: bool  # a group by measure (else by wording)
    sources: frozenset[str]
    measures: frozenset[str]  # the measures of its weighed figures (None left out)
    kinds: frozenset[str]  # the kinds of its weighed figures
    units: frozenset[str]  # currency codes or counted nouns
    subjects: frozenset[str]
    values: tuple[tuple[str, float, float, float, bool], ...]  # (kind, value, interval low, high, exact)
    words: frozenset[str]  # content stems
    names: frozenset[str]  # names ("^…") and entities ("@…")
    frames: frozenset[str]  # lemmas of the words just before its figures
    position: float  # mean relative position of its sentences in their sources (0 first, 1 last)
    previous: bool  # one of its figures is a previous value ("rose from 31")
    dated: frozenset[str]  # the days its figures refer to
    by_source: tuple[tuple[str, frozenset[str]], ...]  # each source's measures


def _frame(unit: Unit, f: Figure) -> set[str]:
    """Lemmas of the content words just before a figure in its sentence (no function words: "to", "at")."""
    before = " ".join(unit.text[:max(f.start - unit.start, 0)].split()[-FRAME_WORDS:])
    return {lemma(word) for _, word in content_words(before)}


def _position(unit: Unit) -> float:
    """Where a unit's sentence stands in its (first) source, 0 to 1."""
    count = len(unit.source.sentences) or 1
    return min(unit.index / count, 1.0)


def measure_of(f: Figure) -> str | None:
    """A figure's measure as the groups by measure key it: a previous value's is marked (" (before)")."""
    return f"{f.measure}{PREVIOUS}" if f.measure and f.role == "previous" else f.measure


def profile(units: Sequence[Unit], figures: Sequence[tuple[Unit, Figure]], measure: str | None,
            published: dict[str, str | None], table: RateTable) -> PieceProfile:
    """A piece's profile from its units and the (unit, figure) pairs it is weighed by; ``measure``: a group by
    measure's (its statements' measure, whatever each figure reads), None for a group by wording."""
    weighed = [(u, f) for u, f in figures if f.kind in WEIGHED_KINDS and f.low is not None]
    measures = {measure} if measure else {m for _, f in weighed for m in [measure_of(f)] if m}
    values = []
    by_source: dict[str, set[str]] = {}
    for u, f in weighed:
        value = statement_value(MeasuredStatement(u, f), f.source, published, table)
        scale = value / f.low if f.low else 1.0
        low, high = interval(f, scale)
        values.append((f.kind, value, low, high, f.qualifier in (None, "exact")))
        for o in u.occurrences:
            if measure or measure_of(f):
                by_source.setdefault(o.source.id, set()).add(measure or measure_of(f) or "")
    words = frozenset(t for u in units for t in u.tokens if t[:1] not in "^@#~")
    names = frozenset(t for u in units for t in u.tokens if t[:1] in "^@")
    return PieceProfile(
        measure is not None, frozenset(o.source.id for u in units for o in u.occurrences),
        frozenset(measures), frozenset(f.kind for _, f in weighed),
        frozenset(f.unit for _, f in weighed if f.unit), frozenset(f.subject for _, f in weighed if f.subject),
        tuple(sorted(values)), words, names, frozenset(w for u, f in weighed for w in _frame(u, f)),
        sum(_position(u) for u in units) / max(len(units), 1), any(f.role == "previous" for _, f in weighed),
        frozenset(f.refers_to for _, f in weighed if f.refers_to),
        tuple(sorted((s, frozenset(m)) for s, m in by_source.items())))


def measured_profile(group: MeasuredGroup, published: dict[str, str | None], table: RateTable) -> PieceProfile:
    """The profile of a group by measure: its members' units and figures."""
    units = list({m.unit.key: m.unit for m in group.members}.values())
    return profile(units, [(m.unit, m.figure) for m in group.members], group.measure, published, table)


def wording_profile(group: Sequence[Unit], published: dict[str, str | None], table: RateTable) -> PieceProfile:
    """The profile of a group by wording: every figure of its units."""
    return profile(group, [(u, f) for u in group for f in u.figures], None, published, table)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def same_measure(a: PieceProfile, b: PieceProfile) -> float:
    """Both weigh a figure of one measure."""
    return float(bool(a.measures & b.measures))


def other_measures(a: PieceProfile, b: PieceProfile) -> float:
    """Both name measures, and none is shared."""
    return float(bool(a.measures and b.measures and not a.measures & b.measures))


def measure_unknown(a: PieceProfile, b: PieceProfile) -> float:
    """One of them names no measure."""
    return float(not a.measures or not b.measures)


def same_kind(a: PieceProfile, b: PieceProfile) -> float:
    """Share of their figure kinds (count, money, share, period) in common."""
    return _jaccard(a.kinds, b.kinds)


def same_unit(a: PieceProfile, b: PieceProfile) -> float:
    """They share a currency or counted noun."""
    return float(bool(a.units & b.units))


def subject_equal(a: PieceProfile, b: PieceProfile) -> float:
    """They share a subject."""
    return float(bool(a.subjects & b.subjects))


def subject_other(a: PieceProfile, b: PieceProfile) -> float:
    """Both name subjects, none shared."""
    return float(bool(a.subjects and b.subjects and not a.subjects & b.subjects))


def _closest(a: PieceProfile, b: PieceProfile) -> tuple[float, bool, bool]:
    """The smallest log-ratio between two values of one kind, whether some two intervals overlap, and whether
    the closest two are both exact."""
    best, overlap, exact = LOG_RATIO_CAP, False, False
    for ka, va, la, ha, ea in a.values:
        for kb, vb, lb, hb, eb in b.values:
            if ka != kb or va <= 0 or vb <= 0:
                continue
            ratio = min(abs(math.log10(va) - math.log10(vb)), LOG_RATIO_CAP)  # (symmetric, to the last bit)
            overlap = overlap or (la <= hb and lb <= ha)
            if ratio < best:
                best, exact = ratio, ea and eb
    return best, overlap, exact


def value_equal(a: PieceProfile, b: PieceProfile) -> float:
    """Some two values of one kind are equal (within ``SAME_VALUE_ROOM``)."""
    return float(_closest(a, b)[0] <= math.log10(1 + SAME_VALUE_ROOM))


def value_overlap(a: PieceProfile, b: PieceProfile) -> float:
    """Some two values' intervals (as their qualifiers allow) overlap."""
    return float(_closest(a, b)[1])


def value_distance(a: PieceProfile, b: PieceProfile) -> float:
    """The closest two values of one kind, in powers of ten (capped)."""
    return _closest(a, b)[0] / LOG_RATIO_CAP


def both_exact(a: PieceProfile, b: PieceProfile) -> float:
    """The closest two values are both stated exactly."""
    return float(_closest(a, b)[2])


def shared_words(a: PieceProfile, b: PieceProfile) -> float:
    """Jaccard of their content stems."""
    return _jaccard(a.words, b.words)


def shared_names(a: PieceProfile, b: PieceProfile) -> float:
    """Jaccard of their names and entities."""
    return _jaccard(a.names, b.names)


def same_frame(a: PieceProfile, b: PieceProfile) -> float:
    """A word just before a figure is the same lemma in both ("killing", "killed")."""
    return float(bool(a.frames & b.frames))


def position_gap(a: PieceProfile, b: PieceProfile) -> float:
    """How far apart they stand in their stories (0 to 1)."""
    return abs(a.position - b.position)


def shared_source(a: PieceProfile, b: PieceProfile) -> float:
    """They share a source (a source rarely states one claim twice)."""
    return float(bool(a.sources & b.sources))


def both_measured(a: PieceProfile, b: PieceProfile) -> float:
    """Both are groups by measure."""
    return float(a.measured and b.measured)


def both_wording(a: PieceProfile, b: PieceProfile) -> float:
    """Both are groups by wording."""
    return float(not a.measured and not b.measured)


def one_previous(a: PieceProfile, b: PieceProfile) -> float:
    """One gives a previous value ("rose from"), the other does not."""
    return float(a.previous != b.previous)


def other_days(a: PieceProfile, b: PieceProfile) -> float:
    """Both date their figures, to different days."""
    return float(bool(a.dated and b.dated and not a.dated & b.dated))


Feature = Callable[[PieceProfile, PieceProfile], float]
FEATURES: dict[str, Feature] = {f.__name__: f for f in (
    same_measure, other_measures, measure_unknown, same_kind, same_unit, subject_equal, subject_other,
    value_equal, value_overlap, value_distance, both_exact, shared_words, shared_names, same_frame,
    position_gap, shared_source, both_measured, both_wording, one_previous, other_days)}
"""Every feature by name, in a fixed order (the model's weights are keyed by these names)."""


def features(a: PieceProfile, b: PieceProfile, names: Sequence[str]) -> list[float]:
    """The named features of a pair (symmetric: every feature is)."""
    return [FEATURES[n](a, b) for n in names]


def may_join(a: PieceProfile, b: PieceProfile) -> bool:
    """Whether two pieces may be one claim at all: both weigh a figure of one kind, they name no two different
    measures ("statements about different measures are never one claim"), they share a measure, a currency
    or counted noun, or both give amounts; and no source would give two measures in the joined claim."""
    if not a.kinds & b.kinds or other_measures(a, b):
        return False
    if not (a.measures & b.measures or a.units & b.units or "money" in a.kinds & b.kinds):
        return False
    return not measures_clash(a, b)


def measures_clash(a: PieceProfile, b: PieceProfile) -> bool:
    """Joining them would put two statements of different measures of one source into one claim."""
    mine = dict(a.by_source)
    for source, measures in b.by_source:
        if source in mine and mine[source] != measures and not mine[source] & measures:
            return True
    return False
