"""Average-link clustering of sources into stories, found through an inverted index over the stories.

A story keeps the sum of its members' unit vectors, so the *average link* between a source and a
story (the mean cosine between the source and each member) is one dot product divided by the
story's size, and the average link between two stories likewise. Average link does not grow with a
story's size the way a centroid's cosine does, so one threshold, :data:`LINK_SIMILARITY`, serves a
story of two and a story of two hundred, and two related events (two trade deals signed by the
same president four days apart) stay apart while each one's articles stay together.

1. **Assign**: sources are read in order of publication (undated ones last, then by id); each joins
   the story it links best to, when the link reaches :data:`LINK_SIMILARITY` and its date falls within
   :data:`WINDOW_DAYS` of the story's dates (:data:`FAR_SIMILARITY` otherwise: a parsed date may be
   a date the article mentions); else it starts a story of its own.
2. **Merge** stories whose average link reaches the same threshold (what reading order split).
3. **Refine** (:data:`REFINE_ROUNDS` times): a source that links better to another story moves there;
   one that no longer links to its own story leaves it; then merge again. This undoes the first
   article of a new event joining an older, related story before its own story existed.

Blocking: candidate stories come from an inverted index from feature to the stories whose summed
vector carries it among its :data:`INDEX_TERMS` heaviest; a source looks up its :data:`LOOKUP_TERMS`
heaviest features, skips features held by more than :data:`MAX_POSTING` stories, and scores at most
:data:`MAX_CANDIDATES` stories exactly. The cost grows with the number of sources times these
bounds, never with the square of the number of sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter, mul

from briefing_tui.stories.vectors import Vector

LINK_SIMILARITY = 0.1  # mean cosine between a source and a story's members (or two stories' members) to join
WINDOW_DAYS = 40  # a source published this many days or more away from all of a story's dates ...
FAR_SIMILARITY = 0.3  # ... joins it only at this mean cosine (a parsed date may be a date in the text: the crash's)
INDEX_TERMS = 100  # features of a story's summed vector put in the index (its heaviest)
LOOKUP_TERMS = 25  # a source looks candidate stories up through its heaviest features only
MAX_POSTING = 400  # a feature carried by more stories than this is too common to find candidates by
MAX_CANDIDATES = 8  # stories scored exactly per lookup (the best by the index's rough score)
DATED_SHARE = 0.5  # a story's dates count against a join only when at least this share of its members is dated
REFINE_ROUNDS = 1  # passes of moving sources to the story they link best to
REINDEX_UNTIL = 16  # a story is re-indexed at every change up to this size, then at each doubling


@dataclass
class Cluster:
    """A story being built: its members, the sum of their unit vectors and its dates (day numbers)."""

    key: int
    members: list[int] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=dict)
    first: int | None = None
    last: int | None = None
    dated: int = 0
    indexed_size: int = 0
    ranked: list[str] | None = None
    """Its heaviest features (at most RANKED_TERMS, heaviest first) when all were last ranked; None before."""
    changed: set[str] = field(default_factory=set)
    """Features whose weight changed since then (members joined or left)."""
    shrunk: set[str] = field(default_factory=set)
    """Of those, the ones whose weight went down at some point (a member left)."""

    def fits(self, day: int | None, first: int | None = None, sure: bool = True) -> bool:
        """Whether a source of ``day`` (or a story spanning ``first``..``day``) is close enough in time.

        Dates only count when both sides are mostly dated (``sure`` says so of the other side): an article
        whose parsed date is a date it mentions (the crash's, years before the verdict) stays joinable to
        a story of undated articles, and then that story to the rest of the event.
        """
        if day is None or self.first is None or self.last is None or not sure:
            return True
        if self.dated < DATED_SHARE * len(self.members):
            return True
        first = day if first is None else first
        return first <= self.last + WINDOW_DAYS and day >= self.first - WINDOW_DAYS

    def needs(self, day: int | None, first: int | None = None, sure: bool = True) -> float:
        """The average link a source of ``day`` (or a story spanning ``first``..``day``) needs to join."""
        return LINK_SIMILARITY if self.fits(day, first, sure) else max(LINK_SIMILARITY, FAR_SIMILARITY)

    @property
    def sure_of_dates(self) -> bool:
        """Whether enough of the members are dated for the story's dates to count."""
        return self.dated >= DATED_SHARE * len(self.members)

    def link(self, vector: Vector, size: int = 1) -> float:
        """Mean cosine between the members and the ``size`` sources whose summed vector is ``vector``."""
        small, big = (vector, self.total) if len(vector) < len(self.total) else (self.total, vector)
        return sum(map(mul, small.values(), map(big.get, small, repeat(0.0)))) / (len(self.members) * size)

    def add(self, members: Sequence[int], vector: Vector, first: int | None, last: int | None,
            dated: int | None = None) -> None:
        """Take members, their summed vector and their dates."""
        self.members.extend(members)
        self.changed.update(vector)
        self.dated += dated if dated is not None else sum(1 for _ in (first,) if first is not None)
        for term, weight in vector.items():
            self.total[term] = self.total.get(term, 0.0) + weight
        if first is not None:
            self.first = first if self.first is None else min(self.first, first)
        if last is not None:
            self.last = last if self.last is None else max(self.last, last)

    def heaviest(self) -> list[tuple[str, float]]:
        """``heaviest(self.total, INDEX_TERMS)``, ranking only the features ranked last time and the changed ones
        when that is sure to give the same list, else all of them (and keeping the first RANKED_TERMS).

        Sure when INDEX_TERMS of the features ranked last time never lost weight since: each of them still
        ranks ahead of every feature that was ranked behind them and did not change (same weight), so the
        heaviest now are among the ranked and the changed ones."""
        ranked, total = self.ranked, self.total
        if ranked is not None and len(self.changed) <= MAX_CHANGED and (
                len(ranked) < RANKED_TERMS  # (then every feature was ranked: a new one is a changed one)
                or sum(1 for t in ranked if t not in self.shrunk) >= INDEX_TERMS):
            return heaviest({t: total[t] for t in (*ranked, *self.changed) if t in total}, INDEX_TERMS)
        guess = total.get(ranked[-1]) if ranked and len(ranked) == RANKED_TERMS else None
        full = heaviest(total, RANKED_TERMS, guess * GUESS_SHARE if guess else None)
        self.ranked = [t for t, _ in full]
        self.changed, self.shrunk = set(), set()
        return full[:INDEX_TERMS]

    def remove(self, member: int, vector: Vector, days: Sequence[int | None]) -> None:
        """Give up one member."""
        self.members.remove(member)
        self.changed.update(vector)
        self.shrunk.update(vector)
        for term, weight in vector.items():
            left = self.total.get(term, 0.0) - weight
            if left > 1e-9:
                self.total[term] = left
            else:
                self.total.pop(term, None)
        day = days[member]
        if day is None:
            return
        self.dated -= 1
        if day == self.first or day == self.last:  # (else the span stays: a member within it left)
            dated = [days[i] for i in self.members if days[i] is not None]
            self.first, self.last = (min(dated), max(dated)) if dated else (None, None)


def heaviest(weights: dict[str, float], n: int, guess: float | None = None) -> list[tuple[str, float]]:
    """``sorted(weights.items(), key=lambda tw: (-tw[1], tw[0]))[:n]``, without sorting every feature by a
    Python key: only those at least as heavy as the n-th heaviest weight are (a story's summed vector has
    thousands of features and is re-indexed at every move while refining).

    ``guess``: a weight probably a little under the n-th heaviest (the result is the same whatever it is;
    when at least n weights reach it, only those are sorted to find the n-th)."""
    items: Iterable[tuple[str, float]] = weights.items()
    if len(weights) > n:
        values = weights.values()
        above: Iterable[float] = values
        if guess is not None:
            # (every weight under the guess is lighter than each of the n or more that reach it)
            reach = list(compress(values, map(guess.__le__, values)))
            above = reach if len(reach) >= n else values
        floor = sorted(above, reverse=True)[n - 1]
        items = compress(items, map(floor.__le__, values))  # (w >= floor, at C speed)
    # (by feature, then by weight, heaviest first: a stable sort keeps the features' order among equal weights)
    return sorted(sorted(items), key=itemgetter(1), reverse=True)[:n]


GUESS_SHARE = 0.9
"""Ranking all of a story's features again, the n-th heaviest weight is guessed at this share of the current
weight of the feature that was n-th last time (a story changes by a member or two between re-indexings)."""
RANKED_TERMS = 2 * INDEX_TERMS
"""Features of a story kept ranked beyond those indexed, so that members leaving (their features' weights
going down) seldom make all its features be ranked again (see ``Cluster.heaviest``)."""
MAX_CHANGED = RANKED_TERMS
"""Once more features than this changed since they were all ranked, all are ranked again (cheaper then)."""


class StoryIndex:
    """Feature -> {story key: weight of the feature in the story's summed vector}, for finding candidates."""

    def __init__(self) -> None:
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)
        self.terms: dict[int, list[str]] = {}

    def put(self, cluster: Cluster, force: bool = False) -> None:
        """(Re-)index ``cluster`` when it is small, has doubled since last time, or ``force``."""
        size = len(cluster.members)
        if not force and size > REINDEX_UNTIL and size < 2 * cluster.indexed_size:
            return
        last = self.terms.get(cluster.key)
        top = cluster.heaviest()
        terms = [t for t, _ in top]
        if last is not None:
            kept = set(terms)
            for term in last:
                if term not in kept:
                    self.postings[term].pop(cluster.key, None)
        for term, weight in top:
            self.postings[term][cluster.key] = weight / size
        self.terms[cluster.key] = terms
        cluster.indexed_size = size

    def drop(self, key: int) -> None:
        """Remove a story's entries."""
        for term in self.terms.pop(key, ()):
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(key, None)

    def candidates(self, vector: Vector, skip: int | None = None, terms: Sequence[str] | None = None) -> list[int]:
        """Keys of the stories most likely to link to ``vector`` (at most MAX_CANDIDATES), looked up by its
        heaviest features (or by ``terms``, already in that order)."""
        if terms is None:
            heaviest = [(t, vector[t]) for t in lookup_terms(vector)]
        else:
            heaviest = [(t, vector.get(t, 0.0)) for t in terms[:LOOKUP_TERMS]]
        rough: dict[int, float] = {}
        for term, weight in heaviest:
            posting = self.postings.get(term)
            if not posting or len(posting) > MAX_POSTING:
                continue
            for key, w in posting.items():
                rough[key] = rough.get(key, 0.0) + weight * w
        rough.pop(skip, None)
        return sorted(rough, key=lambda k: (-rough[k], k))[:MAX_CANDIDATES]


def lookup_terms(vector: Vector) -> list[str]:
    """The features a source looks candidate stories up by: its ``LOOKUP_TERMS`` heaviest."""
    return [t for t, _ in sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:LOOKUP_TERMS]]


def cluster_sources(vectors: Sequence[Vector], days: Sequence[int | None], order: Sequence[int]) -> list[list[int]]:
    """Group source positions into stories; ``order`` is the reading order, ``days`` each source's day number."""
    clusters: dict[int, Cluster] = {}
    index = StoryIndex()
    home: dict[int, int] = {}
    terms = [lookup_terms(v) for v in vectors]  # (once per source: each looks stories up again while refining)
    for i in order:
        best = _best_story(vectors[i], days[i], clusters, index, terms=terms[i])
        cluster = clusters[best] if best is not None else clusters.setdefault(i, Cluster(i))
        cluster.add([i], vectors[i], days[i], days[i])
        home[i] = cluster.key
        index.put(cluster)
    _merge(clusters, index, home)
    for _ in range(REFINE_ROUNDS):
        if not _refine(vectors, days, order, clusters, index, home, terms):
            break
        _merge(clusters, index, home)
    return [sorted(c.members) for c in clusters.values()]


def _best_story(vector: Vector, day: int | None, clusters: dict[int, Cluster], index: StoryIndex,
                skip: int | None = None, terms: Sequence[str] | None = None) -> int | None:
    """The story ``vector`` links to best, among those it links to enough; None when none does.
    ``terms``: its :func:`lookup_terms` when known."""
    best, best_score = None, 0.0
    for key in index.candidates(vector, skip, terms):
        cluster = clusters[key]
        score = cluster.link(vector)
        if score >= cluster.needs(day) and (best is None or (score, -key) > (best_score, -best)):
            best, best_score = key, score
    return best


def _merge(clusters: dict[int, Cluster], index: StoryIndex, home: dict[int, int]) -> None:
    """Merge stories whose average link is high enough and whose dates are close (in a fixed order)."""
    changed = True
    while changed:
        changed = False
        for key in sorted(clusters):
            cluster = clusters.get(key)
            if cluster is None:
                continue
            scored = []
            for other_key in index.candidates(cluster.total, skip=key, terms=index.terms.get(key)):
                other = clusters[other_key]
                score = other.link(cluster.total, len(cluster.members))
                if score >= other.needs(cluster.last, cluster.first, cluster.sure_of_dates):
                    scored.append((score, other_key))
            if not scored:
                continue
            _, other_key = max(scored, key=lambda so: (so[0], -so[1]))
            other = clusters.pop(other_key)
            index.drop(other_key)
            cluster.add(other.members, other.total, other.first, other.last, other.dated)
            for member in other.members:
                home[member] = key
            index.put(cluster, force=True)
            changed = True


def _refine(vectors: Sequence[Vector], days: Sequence[int | None], order: Sequence[int],
            clusters: dict[int, Cluster], index: StoryIndex, home: dict[int, int], terms: Sequence[Sequence[str]]
            ) -> bool:
    """Move each source to the story it links to best (or out on its own); whether anything moved."""
    moved = False
    for i in order:
        own = clusters[home[i]]
        if len(own.members) == 1:
            continue
        own_score = (own.link(vectors[i]) * len(own.members) - 1.0) / (len(own.members) - 1)
        best = _best_story(vectors[i], days[i], clusters, index, skip=own.key, terms=terms[i])
        better = best is not None and clusters[best].link(vectors[i]) > own_score
        if not better and own_score >= LINK_SIMILARITY:
            continue
        own.remove(i, vectors[i], days)
        index.put(own, force=True)
        target = clusters[best] if better else clusters.setdefault(i, Cluster(i))
        if target.key == i and target.members:  # the key is taken by a story this source started
            target = clusters.setdefault(-1 - i, Cluster(-1 - i))
        target.add([i], vectors[i], days[i], days[i])
        home[i] = target.key
        index.put(target, force=True)
        moved = True
    return moved
