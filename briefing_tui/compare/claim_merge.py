"""Joining the pieces of one claim that the rules left apart, by the learned "same claim" score.

After alignment by measure and by wording, one claim is often spread over several pieces: a group by
measure and a few groups by wording whose sentences give the same measure in other words. Every pair of
pieces that may be one claim (both weigh a figure of one kind, they name no two different measures, and
they share a measure, a counted noun or currency, or both give amounts, with values within a power of ten)
is scored by :mod:`~briefing_tui.compare.same_claim_model`; then, greedily, the two clusters with the highest
average score over all their pairs (a pair not scored counts 0) are joined while it reaches the model's
threshold. Never joined: two pieces that would put two statements of different measures of one source into
one claim, nor a group by wording into a group by measure when one of its sentences gives no figure the
group can weigh (of its kind and role, of its measure or none, not of another subject nor of an earlier
event unless the group's is), nor two groups by wording unless each of their sentences gives one figure (its
stated conversion in brackets, "29 and a half feet (9 meters)", is no other figure).
(``build_claims`` does not offer a group by wording whose statement is disputed in words: its cue is its
verdict.)

A cluster holding a group by measure becomes that group (the one with most members) with the others'
statements: a group by wording gives each of its sentences' figure of the group's measure (else one whose
measure was not read, the nearest value), and its sentences that give other figures (of other claims) stay a
group by wording as well, without those whose figures the group weighs all. A cluster of groups by wording becomes one group by wording. Every statement keeps
its unit, figure, source and offsets; the joined groups are judged afterwards like any other.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence, Set as AbstractSet

from briefing_tui.compare.earlier import EARLIER, earlier_marks
from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement
from briefing_tui.compare.money import converted
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import kin_names, same_name
from briefing_tui.compare.story_dates import undated_at_earliest
from briefing_tui.compare.same_claim_features import (
    SAME_VALUE_ROOM,
    WEIGHED_KINDS,
    PieceProfile,
    may_join,
    measure_of,
    measured_profile,
    wording_profile,
)
from briefing_tui.compare.same_claim_model import SameClaimModel, default_model
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

Pieces = tuple[list[MeasuredGroup], list[list[Unit]]]
PieceJoin = Callable[[list[MeasuredGroup], list[list[Unit]], dict[str, str | None], RateTable], Pieces]
"""What ``build_claims`` calls to join pieces: (groups by measure, groups by wording, dates, rates)."""


def profiles(measured: Sequence[MeasuredGroup], wording: Sequence[Sequence[Unit]], published: dict[str, str | None],
             table: RateTable) -> list[PieceProfile]:
    """Every piece's profile: the groups by measure first, then the groups by wording."""
    return [measured_profile(g, published, table) for g in measured] + \
        [wording_profile(g, published, table) for g in wording]


def _other_subject(f: Figure, group: MeasuredGroup) -> bool:
    """The figure names a subject the group's is not (neither name holds the other, nor are they one name written
    two ways: "Nicolás Sarkozy" and "Nicolas Sarkozy")."""
    a, b = (f.subject or "").lower(), (group.subject or "").lower()
    return bool(a and b) and a not in b and b not in a and not same_name(a, b)


def _named_beside(f: Figure, unit: Unit, group: MeasuredGroup) -> bool:
    """The figure names no subject, and its sentence gives another figure of its kind to the group's subject: the
    sentence tells the two apart ("La multa de 1.200 millones supera la sanción de 746 millones impuesta a Amazon":
    the 1.200 millones are not Amazon's fine)."""
    return not f.subject and bool(group.subject) and any(
        g is not f and g.kind == f.kind and g.subject and not _other_subject(g, group) for g in unit.figures)


Earlier = tuple[dict[str, str | None], dict[int, bool]]
"""What telling an earlier event's figure needs: each source's date for the story (an undated one takes the
story's earliest), and the units already read (:func:`~briefing_tui.compare.earlier.earlier_marks`)."""


def story_dates(published: dict[str, str | None]) -> Earlier:
    """Each source's date as the groups by measure read it, and an empty memo of units read."""
    return undated_at_earliest(published), {}


# A condition the figure is set in ("If it is longer than two years, ...", "wenn sie mehr als zwei Jahre",
# "si la peine dépasse deux ans"): a value supposed, no value stated (a sentence's unread figure joins no claim).
_CONDITION_BEFORE = lazy_compile(r"\b(?:if|unless|wenn|falls|si|se|jika|kalau|apabila)\b[^,;:.!?]*$", re.I)
CONDITION_REACH = 60  # characters before a figure where the condition it is set in opens


def _figure_for(unit: Unit, group: MeasuredGroup, earlier: Earlier) -> Figure | None:
    """The figure a sentence gives to a group by measure: of its kind and role (a current value, or a previous
    one for a group of previous values), of its measure or of none read (then counting the same thing, or an
    amount), not of another subject (nor unnamed beside a figure its sentence gives the group's subject: ``_named_beside``),
    and of an earlier event only for a group of an earlier event's figures
    ("96 lives" in a flood "since 2010"); of these the group's measure first, its subject, then the value
    nearest to the group's first. None when there is none."""
    first = group.members[0].figure
    units = {m.figure.unit for m in group.members}
    old = EARLIER in group.measure
    own = [f for f in unit.figures if f.kind == first.kind and f.low and f.low > 0 and not _other_subject(f, group)
           and not _named_beside(f, unit, group)
           and (measure_of(f) == group.measure.replace(EARLIER, "")
                or (f.measure is None and f.role == first.role and (f.kind == "money" or f.unit in units)
                    and not _CONDITION_BEFORE.search(unit.text, max(0, f.start - unit.start - CONDITION_REACH),
                                                     f.start - unit.start)))
           and (earlier_marks(unit, f, *earlier)[0] == EARLIER) == old]
    if not own:
        return None
    target = first.low if first.low and first.low > 0 else 1.0
    return min(own, key=lambda f: (measure_of(f) != group.measure.replace(EARLIER, ""), not f.subject,
                                   abs(math.log10(f.low / target)), f.start))


def _one_figure(units: Sequence[Unit]) -> bool:
    """Every sentence of a group by wording gives one figure to weigh (not a list of several things); a figure's
    stated conversion in brackets right after it is no other figure ("29 and a half feet (9 meters)", "€2.95
    billion ($3.47 billion)")."""
    return all(len(own_figures(u)) == 1 for u in units)


def own_figures(unit: Unit) -> list[Figure]:
    """The sentence's figures to weigh, without those that restate the figure before them: in brackets right after
    it, an amount in another currency, or the same value in another unit ("29 and a half feet (9 meters)", read in
    metres both); a part in brackets ("killed 52 people (36 in the capital)") is a figure of its own."""
    out: list[Figure] = []
    for f in sorted((f for f in unit.figures if f.kind in WEIGHED_KINDS and f.low is not None), key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == f.kind and converted(_span(prev, unit), _span(f, unit), unit.text) \
                and ((f.kind == "money" and f.unit != prev.unit) or _same_value(f.low, prev.low)):
            continue
        out.append(f)
    return out


def _same_value(a: float, b: float | None) -> bool:
    """Two values within ``SAME_VALUE_ROOM`` of each other (relative): one value in two units, rounded."""
    return b is not None and abs(a - b) <= SAME_VALUE_ROOM * max(abs(a), abs(b))


def _span(f: Figure, unit: Unit) -> tuple[str, int, int, dict]:
    """A figure as ``money.converted`` reads it: (kind, start, end, fields), offsets in its sentence."""
    return f.kind, f.start - unit.start, f.end - unit.start, {}


def _fits(wording: Sequence[Unit], group: MeasuredGroup, earlier: Earlier) -> bool:
    """Whether every sentence of a group by wording gives a figure the group can weigh."""
    return all(_figure_for(u, group, earlier) is not None for u in wording)


MAX_SHARING = 60  # pieces sharing an index key beyond which the key finds no pair (bounds the pairs weighed)
VALUE_REACH = 1  # powers of ten between two pieces' values within which they are weighed as one claim at all


def _keys(p: PieceProfile) -> set[tuple[str, str, int]]:
    """The index keys of a piece: (kind, measure, counted noun or currency, power of ten) of each value."""
    tags = p.measures | p.units
    out = set()
    for kind, value, *_ in p.values:
        if value > 0:
            step = math.floor(math.log10(value))
            out |= {(kind, tag, step) for tag in (tags | {"money"} if kind == "money" else tags)}
    return out


def candidate_pairs(prof: Sequence[PieceProfile], measured: Sequence[MeasuredGroup],
                    wording: Sequence[Sequence[Unit]], earlier: Earlier) -> list[tuple[int, int]]:
    """Pairs of pieces (indexes into ``prof``) that may be joined (``may_join``), where a group by wording fits
    the group by measure it would join (each of its sentences gives a figure the group can weigh), and two
    groups by wording give one figure a sentence. Only pieces sharing a measure, counted noun or currency
    (any two amounts) with values within ``VALUE_REACH`` powers of ten are weighed: an index finds them, so a
    large corpus is not weighed pair by pair."""
    index: dict[tuple[str, str, int], list[int]] = {}
    keys = [_keys(p) for p in prof]
    for i, own in enumerate(keys):
        for key in own:
            index.setdefault(key, []).append(i)
    # (a key that many pieces share tells nothing: "i hours" in every paragraph of a long list)
    index = {key: pieces for key, pieces in index.items() if len(pieces) <= MAX_SHARING}
    n = len(measured)
    out = set()
    for i, own in enumerate(keys):
        near = {j for kind, tag, step in own for d in range(-VALUE_REACH, VALUE_REACH + 1)
                for j in index.get((kind, tag, step + d), ()) if j > i}
        for j in sorted(near):
            a, b = prof[i], prof[j]
            if not may_join(a, b):
                continue
            if j < n and measured[i].counter and measured[j].counter and measured[i].counter != measured[j].counter:
                continue  # (the police's count and the unions' are two claims: compare/counter_groups.py)
            if j < n and kin_names(measured[i].subject, measured[j].subject):
                continue  # (two people of one surname: "Marta Ilves" and "Jaan Ilves" are two claims' subjects)
            if i < n <= j and not _fits(wording[j - n], measured[i], earlier):
                continue
            if n <= i and not (_one_figure(wording[i - n]) and _one_figure(wording[j - n])):
                continue  # (two groups by wording of sentences listing figures share a kind by chance)
            out.add((i, j))
    return sorted(out)


def clusters(count: int, scores: dict[tuple[int, int], float], threshold: float,
             allowed: set[tuple[int, int]]) -> list[list[int]]:
    """Greedy average-link over ``count`` pieces: the two clusters with the highest average pair score (an
    unscored pair counts 0) are joined while it is at least ``threshold``; every pair across two joined
    clusters must be ``allowed``. Only clusters linked by a scored pair are weighed. Deterministic: ties go to
    the lowest indexes. Two clusters' average is computed once and kept until one of them is joined (a join
    changes no other pair's), so a long article's hundreds of joins do not weigh every pair again each time."""
    members = {i: [i] for i in range(count)}
    linked = {(min(p, q), max(p, q)) for p, q in scores if p != q}  # clusters linked by a scored pair
    kept: dict[tuple[int, int], float | None] = {}  # each linked pair's average (None: a pair is not allowed)
    while True:
        best, best_pair = threshold, None
        for ka, kb in sorted(linked):
            if (ka, kb) not in kept:
                kept[(ka, kb)] = _average(members[ka], members[kb], scores, allowed)
            average = kept[(ka, kb)]
            if average is None:
                continue
            if average >= best and (best_pair is None or average > best):
                best, best_pair = average, (ka, kb)
        if best_pair is None:
            return sorted(members.values())
        ka, kb = best_pair
        members[ka] = sorted(members[ka] + members.pop(kb))
        linked = {(min(a, b), max(a, b)) for a, b in ((ka if a == kb else a, ka if b == kb else b) for a, b in linked)
                  if a != b}
        kept = {pair: average for pair, average in kept.items() if ka not in pair and kb not in pair}


def _average(a: list[int], b: list[int], scores: dict[tuple[int, int], float],
             allowed: set[tuple[int, int]]) -> float | None:
    """The average score over every pair of pieces across clusters ``a`` and ``b`` (an unscored pair counts 0), or
    None when one of those pairs is not ``allowed``."""
    pairs = [(min(p, q), max(p, q)) for p in a for q in b]
    if not all(p in allowed for p in pairs):
        return None
    return sum(scores.get(p, 0.0) for p in pairs) / len(pairs)


def _joined_measured(parts: list[MeasuredGroup], words: list[list[Unit]], earlier: Earlier) -> MeasuredGroup:
    """One group by measure from the parts of a cluster (the largest part is the base)."""
    base = max(parts, key=lambda g: len(g.members))  # (max keeps the first of equal sizes)
    members = list(base.members)
    seen = {(m.unit.key, m.figure.start) for m in members}
    extra = [m for g in parts if g is not base for m in g.members]
    for units in words:
        extra += [MeasuredStatement(u, f) for u in units for f in [_figure_for(u, base, earlier)] if f is not None]
    for m in extra:
        if (m.unit.key, m.figure.start) not in seen:
            seen.add((m.unit.key, m.figure.start))
            members.append(m)
    return MeasuredGroup(base.measure, base.subject, members, counter=base.counter, counter_name=base.counter_name)


def _joined_wording(words: list[list[Unit]]) -> list[Unit]:
    """One group by wording from a cluster's groups: their units once each, in source order."""
    units = list({u.key: u for g in words for u in g}.values())
    return sorted(units, key=lambda u: (u.source_rank, u.start))


def gives_unheld_figure(unit: Unit, taken: AbstractSet[tuple[int, int]]) -> bool:
    """Whether a sentence gives a weighed figure (a count, an amount, a share, a period) that is not in ``taken``
    (the (unit key, figure start) of the figures claims by measure hold): it stays a statement for that figure."""
    return any((unit.key, f.start) not in taken for f in unit.figures if f.kind in WEIGHED_KINDS)


def join_with(model: SameClaimModel | None, measured: list[MeasuredGroup], wording: list[list[Unit]],
              published: dict[str, str | None], table: RateTable) -> Pieces:
    """The pieces with those of one claim joined by ``model`` (unchanged pieces are the same objects, in the
    same order; a joined one takes the place of its first piece)."""
    if model is None or len(measured) + len(wording) < 2:
        return measured, wording
    prof = profiles(measured, wording, published, table)
    earlier = story_dates(published)
    allowed = set(candidate_pairs(prof, measured, wording, earlier))
    scores = {pair: model.score(prof[pair[0]], prof[pair[1]]) for pair in sorted(allowed)}
    scores = {pair: s for pair, s in scores.items() if s >= model.threshold}
    if not scores:
        return measured, wording
    n = len(measured)
    out_measured: list[MeasuredGroup] = []
    out_wording: list[list[Unit]] = []
    weighed = {(m.unit.key, m.figure.start) for g in measured for m in g.members}
    for cluster in clusters(len(prof), scores, model.threshold, allowed):
        parts = [measured[i] for i in cluster if i < n]
        words = [wording[i - n] for i in cluster if i >= n]
        if len(cluster) == 1:
            (out_measured if parts else out_wording).append(parts[0] if parts else words[0])
        elif parts:
            joined = _joined_measured(parts, words, earlier)
            out_measured.append(joined)
            taken = {(m.unit.key, m.figure.start) for m in joined.members}
            # (a sentence giving figures of other claims too stays in its group by wording for them; one whose
            # figures the joined group all weighs leaves it: "$55 apiece, ... around 2 trillion yen" keeps its
            # share price, without the "$14.9 billion" sentence it was worded like)
            rest = [[u for u in g if gives_unheld_figure(u, taken)] for g in words]
            out_wording += [g for g in rest if g]
        elif all(_all_weighed(u, weighed) for g in words for u in g):
            out_wording += words  # (sentences whose figures claims by measure weigh already: joined, they would
            # restate such a claim; apart, each is a single its claim by measure holds)
        else:
            out_wording.append(_joined_wording(words))
    return out_measured, out_wording


def _all_weighed(unit: Unit, weighed: AbstractSet[tuple[int, int]]) -> bool:
    """Whether a sentence gives weighed figures and claims by measure hold every one of them (``weighed``: their
    (unit key, figure start))."""
    own = [f for f in unit.figures if f.kind in WEIGHED_KINDS]
    return bool(own) and all((unit.key, f.start) in weighed for f in own)


def join_pieces(measured: list[MeasuredGroup], wording: list[list[Unit]], published: dict[str, str | None],
                table: RateTable) -> Pieces:
    """The pieces with those of one claim joined by the committed model (:func:`join_with`)."""
    return join_with(default_model(), measured, wording, published, table)
