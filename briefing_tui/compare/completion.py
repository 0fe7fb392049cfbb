"""Claim completion: a statement a claim by measure lacks joins it although its measure or subject was read
differently.

A claim by measure gathers the figures whose measure and subject were read alike. A source whose figure for
that measure was read with no measure, a generic or stray word ("auf 225 gestiegen", "62 vecinos"), or with no
subject (or a word that names nothing) is then missing from the claim, its figure left in a claim of its own.
This pass moves such a figure into the claim, once the claims by measure are formed, when:

- its source is not in the claim yet, and it is a current value (not a "from X" one) of a claim's kind (money
  with money, shares with shares, counts with counts of the same physical unit);
- its measure is the claim's, or unknown or generic (never two known measures that differ: ``measure_kinds``);
- its subject is the claim's, or unknown on one side (never two named subjects that are not one);
- its sentence names no year before its article's (an earlier event's figure), nor another period of a movement;
- and its value agrees with the claim's: with every source's weighed figure when the claim agrees, with one of
  them when it disagrees (so the verdict it gets is the one it had). A figure whose measure is not the claim's
  also shares ``MIN_SHARED_WORDS`` content words around it with one of the claim's statements.

A figure that fits two claims about as well (``MARGIN``) joins neither; a claim takes one figure per source (the
best supported, then the first). The moved figure keeps its source, offsets and words; it is weighed under the
claim's measure. Claims are judged and titled after this pass, so verdicts and titles follow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing_tui.compare.earlier import EARLIER
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measure_kinds import measures_differ
from briefing_tui.compare.measure_periods import period_mark
from briefing_tui.compare.measured_types import PREVIOUS, MeasuredGroup, MeasuredStatement, same_value
from briefing_tui.compare.measures import GENERIC_HEADS, WORD_MEASURE, singular
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import one_subject
from briefing_tui.compare.subject_fallback import another_time, weak_subject
from briefing_tui.compare.tolerance import PHYSICAL_UNITS, compare_figures
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_context
from briefing_tui.model import Figure

COMPLETED_KINDS = ("count", "money", "percent")  # figures a claim by measure may be completed with
GENERIC_MEASURES = frozenset({"people"})  # a count of people says nothing of what happened to them
_GENERIC = frozenset(singular(w) for w in GENERIC_HEADS)
MIN_SHARED_WORDS = 1  # content words a figure of another (or no) measure shares with the claim around it
MARGIN = 0.8  # a second claim supported this much of the best one's support makes the choice unsafe


@dataclass(frozen=True, slots=True)
class _Fit:
    """How well one unaligned figure fits one claim: whether its measure is the claim's, the weight of the
    content words it shares with the claim's statements (idf), and how many."""

    same_measure: bool
    weight: float
    shared: int

    def support(self) -> float:
        return self.weight + (1.0 if self.same_measure else 0.0) * 1e3


def _unread(f: Figure) -> bool:
    """Whether the figure's measure is unknown: none, or a word for people that says nothing of what happened
    to them ("1,170 people")."""
    return not f.measure or f.measure.lower() in GENERIC_HEADS or singular(f.measure.lower()) in _GENERIC


def _known(f: Figure) -> str | None:
    """The figure's measure when it is a known one (its last word names a measure the claims align)."""
    if not is_key_figure(f) or f.measure.split()[-1] in GENERIC_MEASURES:
        return None
    return f.measure


def _named(f: Figure, names: frozenset[str] | None) -> str | None:
    """The figure's subject when it names something: not a pronoun or generic word, and (capitalised) a name
    written capitalised mid-sentence somewhere in the corpus (``names``)."""
    s = f.subject
    if not s or weak_subject(s):
        return None
    if names is not None and not s[:1].islower() and not set(s.lower().replace("/", " ").split()) & names:
        return None
    return s


def _family(f: Figure) -> tuple[str, str]:
    """Figures that can be weighed together: kind, and a count's physical unit (none for a count of things)."""
    return f.kind, (f.unit or "") if f.kind != "count" or f.unit in PHYSICAL_UNITS else ""


def _sources(members: Sequence[MeasuredStatement]) -> set[str]:
    return {o.source.id for m in members for o in m.unit.occurrences}


def _firsts(group: MeasuredGroup) -> list[MeasuredStatement]:
    """Each source's first figure in the group (the one the verdict weighs)."""
    seen: dict[str, MeasuredStatement] = {}
    for m in sorted(group.members, key=lambda m: (m.unit.source_rank, m.figure.start)):
        seen.setdefault(m.unit.source.id, m)
    return list(seen.values())


@dataclass(slots=True)
class _Claim:
    """What a claim by measure is, for telling whether a figure completes it."""

    group: MeasuredGroup
    measure: str  # the measure most of its figures name
    family: tuple[str, str]
    subject: str | None
    sources: set[str]
    firsts: list[MeasuredStatement]
    period: str
    agreeing: bool  # whether its sources' weighed figures agree


def _agreeing(firsts: list[MeasuredStatement], published: dict[str, str | None], table: RateTable) -> bool:
    """Whether every two of the sources' weighed figures that can be weighed agree."""
    for i, a in enumerate(firsts):
        for b in firsts[i + 1:]:
            check = compare_figures(replace(a.figure, source=a.unit.source.id),
                                    replace(b.figure, source=b.unit.source.id), published, table)
            if check is not None and not check.compatible:
                return False
    return True


def _claims(groups: Sequence[MeasuredGroup], names: frozenset[str] | None, published: dict[str, str | None],
            table: RateTable) -> list[_Claim | None]:
    out: list[_Claim | None] = []
    for g in groups:
        measures = Counter(m.figure.measure for m in g.members if _known(m.figure))
        families = {_family(m.figure) for m in g.members}
        if PREVIOUS in g.measure or EARLIER in g.measure or not measures or len(families) != 1 \
                or any(m.figure.role != "current" for m in g.members):
            out.append(None)  # (a previous value's claim, an earlier event's, one of mixed figures: left as they are)
            continue
        measure = min(measures, key=lambda k: (-measures[k], k))
        periods = {period_mark(m.unit.text, m.unit.start, m.figure) for m in g.members}
        subject = g.subject if g.subject and not weak_subject(g.subject) else None
        firsts = _firsts(g)
        out.append(_Claim(g, measure, families.pop(), subject, _sources(g.members), firsts,
                          periods.pop() if len(periods) == 1 else "?", _agreeing(firsts, published, table)))
    return out


def _agrees(item: MeasuredStatement, claim: _Claim, published: dict[str, str | None], table: RateTable) -> bool:
    """Whether the figure (read as the claim's measure) gives the claim's value: about the value one of its
    sources gives (``same_value``) and, when the claim agrees, compatible with every source's weighed figure
    (a claim that agrees still does: "over 160" is no reason for 750 to join)."""
    f = item.figure
    if not any(same_value(item, m, published, table) for m in claim.firsts):
        return False
    checks = [compare_figures(f, replace(m.figure, source=m.unit.source.id), published, table) for m in claim.firsts]
    if any(c is None for c in checks):
        return False
    return all(c.compatible for c in checks) if claim.agreeing else any(c.compatible for c in checks)


def _fit(unit: Unit, f: Figure, claim: _Claim, names: frozenset[str] | None, published: dict[str, str | None],
         table: RateTable, links: dict[str, frozenset[str]] | None) -> _Fit | None:
    """How the figure fits the claim, or None when it may not complete it."""
    if _sources([MeasuredStatement(unit, f)]) & claim.sources or _family(f) != claim.family:
        return None
    known = _known(f)
    if (known and measures_differ(known, claim.measure)) or (not known and not _unread(f)):
        return None  # (two measures; a count of another noun: "six regions", "20 state agencies")
    subject = _named(f, names)
    if subject and claim.subject and not one_subject(subject, claim.subject, links):
        return None
    if period_mark(unit.text, unit.start, replace(f, measure=claim.measure)) != claim.period:
        return None
    if not _agrees(MeasuredStatement(unit, replace(f, measure=claim.measure)), claim, published, table):
        return None
    context = figure_context(unit, f)
    shared: set[str] = set()
    for m in claim.group.members:
        shared |= {w for w in context & figure_context(m.unit, m.figure) if w not in WORD_MEASURE}
    if not known and len(shared) < MIN_SHARED_WORDS:
        return None
    return _Fit(bool(known), sum(unit.weights.get(w, 0.0) for w in shared), len(shared))


def complete_claims(groups: list[MeasuredGroup], units: Sequence[Unit], published: dict[str, str | None],
                    table: RateTable, names: frozenset[str] | None = None,
                    links: dict[str, frozenset[str]] | None = None) -> list[MeasuredGroup]:
    """The groups, each completed with the unaligned figures that fit it (see the module); changes ``groups``'
    members in place and returns them."""
    claims = _claims(groups, names, published, table)
    placed = {(m.figure.source, m.figure.start) for g in groups for m in g.members}
    chosen: dict[tuple[int, str], tuple[float, int, int, MeasuredStatement]] = {}
    for unit in units:
        for f in unit.figures:
            if f.kind not in COMPLETED_KINDS or f.role != "current" or f.low is None or (f.source, f.start) in placed:
                continue
            item = MeasuredStatement(unit, f)
            if another_time(item, published):
                continue
            fits = [(fit.support(), k) for k, c in enumerate(claims) if c is not None
                    and (fit := _fit(unit, f, c, names, published, table, links)) is not None]
            if not fits:
                continue
            fits.sort(key=lambda sk: (-sk[0], sk[1]))
            best, k = fits[0]
            if len(fits) > 1 and fits[1][0] >= MARGIN * best:
                continue  # (two claims it fits about as well: neither is safe)
            claim = claims[k]
            moved = MeasuredStatement(unit, replace(f, measure=claim.measure))
            key = (k, unit.source.id)
            rank = (-best, unit.source_rank, f.start)
            if key not in chosen or rank < (-chosen[key][0], chosen[key][1], chosen[key][2]):
                chosen[key] = (best, unit.source_rank, f.start, moved)
    for (k, _), (_, _, _, moved) in sorted(chosen.items(), key=lambda kv: (kv[0][0], kv[1][1], kv[1][2])):
        groups[k].members.append(moved)
    return groups
