"""Align statements across sources into claims.

Units (sentences; one unit for a sentence recurring word for word in several sources) are scored
pairwise, but only candidate pairs: those sharing a distinctive word, name, entity or figure, found
through an inverted index whose busy postings pair each unit with its nearest few in min-hash order,
so the pairs grow linearly with the corpus. A score is idf-weighted overlap of content stems,
capitalised names, entities and figure tokens, blended with rapidfuzz's token-sort ratio, plus a
bonus for the same figure about the same subject or a dispute; pairs that cannot reach ``LINK`` even
with a perfect wording and bonus are not weighed further. Pairs above ``LINK`` that name the same
actors (or give the same figure) are merged greedily, best first, into groups where no source speaks
twice; a merge must also keep the groups' average similarity (over a few members of each) above
``COHESION`` so chains of loosely related sentences do not snowball into one claim.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.said_words import speech_apart
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_checks, stance_dispute
from briefing_tui.language_table import NOUN_CAPITALISING_LANGUAGES
from briefing_tui.model import OPEN_ENDED, Entity

LINK = 0.32
COHESION = 0.24
FIGURE_BONUS = 0.15
FIGURE_BONUS_CAP = 0.25
DISPUTE_BONUS = 0.1
EXTEND_FIGURE = 0.12
EXTEND_DISPUTE = 0.15
EXTEND_KINDS = ("year", "date", "period")
MAX_SAMPLE = 5
MIN_POSTINGS = 40
FULL_POSTINGS = 12
WINDOW = 3
SIGNATURE_HASHES = 3


def _overlap(a: Unit, b: Unit) -> tuple[float, float]:
    """Idf-weighted cosine, and how much of the shorter sentence the longer one covers."""
    shared = a.tokens & b.tokens
    if not shared:
        return 0.0, 0.0
    wa, wb = a.weights, b.weights
    dot = sum([wa[t] * wb[t] for t in shared])
    cosine = dot / (a.norm * b.norm)
    # Containment: a short digest line inside a long sentence.
    return cosine, dot / min(a.norm, b.norm) ** 2 * min(1.0, len(shared) / 4)


def _blend(cosine: float, containment: float, lexical: float) -> float:
    return 0.45 * cosine + 0.35 * containment + 0.2 * lexical * min(1.0, cosine * 4)


def similarity(a: Unit, b: Unit) -> float:
    """Idf-weighted cosine over tokens blended with rapidfuzz's token-sort ratio (0..1)."""
    cosine, containment = _overlap(a, b)
    if not cosine:
        return 0.0
    return _blend(cosine, containment, fuzz.ratio(a.stems, b.stems) / 100.0)  # stems come sorted


def similarity_reaching(a: Unit, b: Unit, floor: float) -> float:
    """``similarity(a, b)`` when it may reach ``floor``, else 0.0 without weighing the wording's ratio: the ratio is
    at most 1, so a pair whose blend with a perfect ratio stays below ``floor`` cannot reach it (the blend only
    grows with the ratio, in floating point too). For a search of the best pair, most pairs weighed are not."""
    cosine, containment = _overlap(a, b)
    if not cosine or _blend(cosine, containment, 1.0) < floor:
        return 0.0
    return _blend(cosine, containment, fuzz.ratio(a.stems, b.stems) / 100.0)


def _bonus_bound(a: Unit, b: Unit) -> float:
    """The most ``pair_bonus`` could give the pair, known without weighing figures or cues."""
    bound = FIGURE_BONUS_CAP if a.figures and b.figures else 0.0
    if any(c.strong for c in a.cues) or any(c.strong for c in b.cues):
        bound += DISPUTE_BONUS
    return bound


def pair_bonus(a: Unit, b: Unit, published: dict[str, str | None], table: RateTable) -> float:
    """Extra evidence that two sentences speak of the same thing.

    The same figure about the same subject (a year, date, amount or a count of ten or more with shared
    words around it, money compared after conversion; "five countries" is too common to count), or a
    disputing cue in one that governs words of the other.
    """
    bonus = 0.0
    if a.figures and b.figures:
        kinds = {c.left.kind for c in figure_checks(a, b, published, table)
                 if c.compatible and (c.left.kind != "count" or (c.left.low or 0) >= 10)
                 # ("more than two decades" and "over three decades" are compatible, but say little of sameness)
                 and c.left.qualifier not in OPEN_ENDED and c.right.qualifier not in OPEN_ENDED}
        bonus += min(FIGURE_BONUS_CAP, FIGURE_BONUS * len(kinds))
    if any(c.strong for c in a.cues) or any(c.strong for c in b.cues):
        if stance_dispute(a, b, 0.0) or stance_dispute(b, a, 0.0):
            bonus += DISPUTE_BONUS
    return bonus


def clash(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> bool:
    """Whether two sets of sources overlap too much to be one claim's different statements.

    For single sentences that means the same source. A sentence recurring in many sources may share
    a few of them with another one by chance (recombined wires); more than half means the two are
    usually said together, as different things.
    """
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 1:
        return next(iter(a)) in b
    shared = len(a & b)
    return shared > 0 and shared * 2 > len(a)


def _signature(unit: Unit, hashes: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
    """A min-hash of the unit's tokens: near-identical sentences get equal or close signatures.
    ``hashes`` keeps each token's hashes (stable across runs, unlike ``hash()`` of a string)."""
    rows = []
    for t in unit.tokens:
        row = hashes.get(t)
        if row is None:
            row = hashes[t] = tuple(zlib.crc32(f"{seed}|{t}".encode()) for seed in range(SIGNATURE_HASHES))
        rows.append(row)
    return tuple(map(min, zip(*rows)))


def _candidates(units: Sequence[Unit]) -> set[tuple[int, int]]:
    """Pairs from different sources sharing at least one distinctive token (inverted index).

    A token held by a few units pairs them all. A token held by many (the same fact told by many
    articles) pairs each unit only with its ``WINDOW`` nearest in min-hash order, so near-identical
    sentences sit next to each other and the pairs grow linearly with the corpus, not quadratically.
    Tokens held by more than ``limit`` units are too common to say what a sentence is about.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for u in units:
        for t in u.tokens:
            index[t].append(u.key)
    limit = max(MIN_POSTINGS, len(units) // 25)
    order: dict[int, tuple] = {}
    hashes: dict[str, tuple[int, ...]] = {}
    pairs: set[tuple[int, int]] = set()
    for token in sorted(index):
        keys = index[token]
        if len(keys) > limit:
            continue
        if len(keys) > FULL_POSTINGS:
            for k in keys:
                if k not in order:
                    order[k] = (_signature(units[k], hashes), k)
            keys = sorted(keys, key=order.__getitem__)
            reach = WINDOW
        else:
            reach = len(keys)
        for i, ka in enumerate(keys):
            ra = units[ka].ranks
            for kb in keys[i + 1:i + 1 + reach]:
                rb = units[kb].ranks
                if (ra != rb) if len(ra) == 1 == len(rb) else not clash(ra, rb):
                    pairs.add((ka, kb) if ka < kb else (kb, ka))
    return pairs


def known_names(units: Sequence[Unit]) -> frozenset[str]:
    """Name tokens written capitalised somewhere other than at the start of a sentence (a sentence's first
    word is capitalised anyway: "Construction" is no name, "China" is one because it is also mid-sentence)."""
    names = set()
    for u in units:
        for t in u.tokens:
            if t.startswith("^") and (" " in t or not u.text.startswith(u.surface.get(t, ""))):
                names.add(t)
    return frozenset(names)


def name_words(units: Sequence[Unit], entities: Sequence[Entity] = ()) -> frozenset[str]:
    """Lower-case words of names: those of :func:`known_names`, except that a word capitalised only in sources of a
    noun-capitalising language is a name only when the entities found name it ("Behördenangaben" is no subject,
    "Guadalupe" is)."""
    named = {w for e in entities for n in (e.name, *e.aliases) for w in n.lower().split()}
    plain = known_names([u for u in units if u.source.language not in NOUN_CAPITALISING_LANGUAGES])
    words = {w for t in plain for w in t[1:].split()}
    return frozenset(words | {w for t in known_names(units) for w in t[1:].split() if w in named})


def _actors(unit: Unit, names: frozenset[str]) -> frozenset[str]:
    found = unit.actors
    if found is None:
        found = unit.actors = frozenset(t for t in unit.tokens if t in names or t.startswith("@"))
    return found


def substantive(a: Unit, b: Unit, names: frozenset[str], published: dict[str, str | None],
                table: RateTable) -> bool:
    """Whether a well-scoring pair is about the same actors: when both sentences name someone (a
    country, person or body) and they name no one in common, shared wording is not a shared claim
    ("Japan hopes to expand the space for cooperation" and "China has also expanded its relations"
    share a verb), unless they give the same figure about the same subject. Two reports of speech that share
    only words of who speaks, none of what is said, are two things said (:func:`.said_words.speech_apart`),
    unless they give the same figure about the same subject."""
    names_a, names_b = _actors(a, names), _actors(b, names)
    if speech_apart(a.tokens, a.attribution, b.tokens, b.attribution):
        return _same_figure(a, b, published, table)
    if not (names_a and names_b) or not names_a.isdisjoint(names_b):
        return True
    return _same_figure(a, b, published, table)


def _same_figure(a: Unit, b: Unit, published: dict[str, str | None], table: RateTable) -> bool:
    """Whether two statements give one figure about one subject (a compatible check of two of their figures)."""
    return bool(a.figures and b.figures) and any(c.compatible for c in figure_checks(a, b, published, table))


class _Groups:
    """Union of units into groups with no source in two of a group's statements.

    Pair scores are computed on demand and kept: candidate pairs (which share a distinctive token) with
    ``pair_bonus`` added, other pairs (met only when checking a merge's cohesion) without.
    """

    def __init__(self, units: Sequence[Unit], scores: dict[tuple[int, int], float],
                 candidates: set[tuple[int, int]], bonus):
        self.units = units
        self.group_of = {u.key: u.key for u in units}
        self.members: dict[int, list[int]] = {u.key: [u.key] for u in units}
        self.ranks: dict[int, set[int]] = {u.key: set(u.ranks) for u in units}
        self.scores = scores
        self.candidates = candidates
        self.bonus = bonus

    def score(self, ka: int, kb: int) -> float:
        pair = (ka, kb) if ka < kb else (kb, ka)
        found = self.scores.get(pair)
        if found is None:
            a, b = self.units[pair[0]], self.units[pair[1]]
            found = similarity(a, b) + (self.bonus(a, b) if pair in self.candidates else 0.0)
            self.scores[pair] = found
        return found

    def try_merge(self, ka: int, kb: int) -> bool:
        ga, gb = self.group_of[ka], self.group_of[kb]
        if ga == gb:
            return False
        ma, mb = self.members[ga], self.members[gb]
        if clash(self.ranks[ga], self.ranks[gb]):
            return False
        sample_a, sample_b = ma[:MAX_SAMPLE], mb[:MAX_SAMPLE]
        mean = sum(self.score(x, y) for x in sample_a for y in sample_b) / (len(sample_a) * len(sample_b))
        if mean < COHESION:
            return False
        keep, gone = (ga, gb) if ga < gb else (gb, ga)
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone))
        self.ranks[keep] |= self.ranks.pop(gone)
        for k in self.members[keep]:
            self.group_of[k] = keep
        return True


def _extension(members: list[int], units: Sequence[Unit], neighbours: dict[int, set[int]], score,
               published: dict[str, str | None], table: RateTable) -> list[int]:
    """Sentences of other sources that also belong to this group, though they sit in another one.

    A sentence often states several things; it joins a second group when it gives a figure the
    members share (a year, date or period, about the same subject), or when a member disputes it.
    At most one such sentence per source, the most similar.
    """
    in_group = set().union(*(units[k].ranks for k in members))
    sample = members[:MAX_SAMPLE]
    # The figures the members already share: a newcomer must give one of these, not just any figure.
    shared = set()
    for i, ma in enumerate(sample):
        for mb in sample[i + 1:]:
            for c in figure_checks(units[ma], units[mb], published, table):
                if c.compatible and c.left.kind in EXTEND_KINDS:
                    shared |= {(ma, c.left.start), (mb, c.right.start)}
    best: dict[int, tuple[float, int]] = {}
    for k in sorted(set().union(*(neighbours[m] for m in sample)) - set(members)):
        u = units[k]
        if clash(u.ranks, in_group):
            continue
        mean = sum(score(k, m) for m in sample) / len(sample)
        joins = False
        for m in sample:
            member = units[m]
            if mean >= EXTEND_FIGURE and any(
                    c.compatible and (m, c.left.start) in shared
                    for c in figure_checks(member, u, published, table)):
                joins = True
            elif mean >= EXTEND_DISPUTE and stance_dispute(member, u, 0.0):
                joins = True
        if joins and (u.source_rank not in best or mean > best[u.source_rank][0]):
            best[u.source_rank] = (mean, k)
    return [k for _, k in sorted(best.values(), key=lambda t: t[1])]


def align_units(units: Sequence[Unit], published: dict[str, str | None], table: RateTable,
                scores: dict[tuple[int, int], float] | None = None) -> list[list[Unit]]:
    """Groups of units that say the same thing, each sorted by source order then position.

    ``scores`` (when given) receives every pair similarity computed, keyed by (smaller key, larger key).
    """
    found = _candidates(units)
    groups = _Groups(units, scores if scores is not None else {}, found,
                     lambda a, b: pair_bonus(a, b, published, table))
    edges = []
    names = known_names(units)
    candidates = sorted(found)
    for ka, kb in candidates:
        a, b = units[ka], units[kb]
        cosine, containment = _overlap(a, b)
        # Most candidate pairs cannot reach LINK even with the best wording and bonus: skip the costly part.
        if _blend(cosine, containment, 1.0) + _bonus_bound(a, b) < LINK:
            continue
        score = groups.score(ka, kb)
        if score >= LINK and substantive(a, b, names, published, table):
            edges.append((-score, ka, kb))
    for _, ka, kb in sorted(edges):
        groups.try_merge(ka, kb)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for ka, kb in candidates:
        neighbours[ka].add(kb)
        neighbours[kb].add(ka)
    out = []
    for members in groups.members.values():
        extra = _extension(members, units, neighbours, groups.score, published, table) if len(members) > 1 else []
        out.append([units[k] for k in members + extra])
    for group in out:
        group.sort(key=lambda u: (u.source_rank, u.start))
    return out
