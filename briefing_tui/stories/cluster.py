"""Single-pass clustering of sources into stories, with an inverted index over the stories' centroids.

The sources are read in order of publication (undated ones last, then by id). Each source joins
the story whose centroid it is most similar to, when that similarity reaches :data:`JOIN_SIMILARITY`
and its date falls within :data:`WINDOW_DAYS` of the story's dates; otherwise it starts a story of
its own. A second pass merges stories whose centroids reach :data:`MERGE_SIMILARITY` (what reading
order split). Candidate stories are found through an inverted index from feature to the stories whose
centroid carries it, so a source is compared with the few stories sharing its features, never with every
source: the cost grows with the number of sources times the stories per feature, not with its square.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.stories.vectors import Vector

JOIN_SIMILARITY = 0.12  # cosine between a source and a story's centroid for the source to join it
MERGE_SIMILARITY = 0.2  # cosine between two stories' centroids for them to become one
WINDOW_DAYS = 40  # a source published this many days or more away from all of a story's dates ...
FAR_SIMILARITY = 0.3  # ... joins it only at this cosine (a parsed date may be a date in the text: the crash's)
CENTROID_TERMS = 120  # features kept in a story's centroid (its index entries)
LOOKUP_TERMS = 25  # a source looks candidate stories up through its heaviest features only
MAX_POSTING = 400  # a feature carried by more stories than this is too common to find candidates by


@dataclass
class Cluster:
    """A story being built: its members, the sum of their vectors and its dates (day numbers)."""

    key: int
    members: list[int] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=dict)
    centroid: Vector = field(default_factory=dict)
    first: int | None = None
    last: int | None = None

    def fits(self, day: int | None, first: int | None = None) -> bool:
        """Whether a source of ``day`` (or a story spanning ``first``..``day``) is close enough in time."""
        if day is None or self.first is None or self.last is None:
            return True
        first = day if first is None else first
        return first <= self.last + WINDOW_DAYS and day >= self.first - WINDOW_DAYS

    def needs(self, day: int | None, first: int | None = None, threshold: float = 0.0) -> float:
        """The cosine a source of ``day`` (or a story spanning ``first``..``day``) needs to join this story."""
        return threshold if self.fits(day, first) else max(threshold, FAR_SIMILARITY)

    def add(self, members: list[int], vector: dict[str, float], first: int | None, last: int | None) -> None:
        """Take members, their summed vector and their dates."""
        self.members.extend(members)
        for term, weight in vector.items():
            self.total[term] = self.total.get(term, 0.0) + weight
        if first is not None:
            self.first = first if self.first is None else min(self.first, first)
        if last is not None:
            self.last = last if self.last is None else max(self.last, last)
        top = sorted(self.total.items(), key=lambda tw: (-tw[1], tw[0]))[:CENTROID_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        self.centroid = {t: w / norm for t, w in top}


class CentroidIndex:
    """Feature -> {story key: weight of the feature in the story's centroid}."""

    def __init__(self) -> None:
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)

    def put(self, cluster: Cluster) -> None:
        """Index ``cluster``'s centroid (after removing what it had before)."""
        for term, weight in cluster.centroid.items():
            self.postings[term][cluster.key] = weight

    def drop(self, cluster: Cluster) -> None:
        """Remove ``cluster``'s entries."""
        for term in cluster.centroid:
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(cluster.key, None)

    def similar(self, vector: Vector, skip: int | None = None) -> list[tuple[float, int]]:
        """(cosine, story key) of the stories sharing features with ``vector``, best first."""
        heaviest = sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:LOOKUP_TERMS]
        found = {key for term, _ in heaviest
                 for key in (self.postings.get(term) or ()) if len(self.postings[term]) <= MAX_POSTING}
        scores: dict[int, float] = dict.fromkeys(found, 0.0)
        for term, weight in vector.items():
            posting = self.postings.get(term)
            if not posting:
                continue
            for key in found.intersection(posting) if len(posting) > len(found) else posting:
                if key in scores:
                    scores[key] += weight * posting[key]
        return sorted(((s, k) for k, s in scores.items() if k != skip), key=lambda sk: (-sk[0], sk[1]))


def cluster_sources(vectors: Sequence[Vector], days: Sequence[int | None], order: Sequence[int]) -> list[list[int]]:
    """Group source positions into stories; ``order`` is the reading order, ``days`` each source's day number."""
    clusters: dict[int, Cluster] = {}
    index = CentroidIndex()
    for i in order:
        day = days[i]
        best = next((k for score, k in index.similar(vectors[i])
                     if score >= clusters[k].needs(day, threshold=JOIN_SIMILARITY)), None)
        if best is None:
            cluster = clusters[i] = Cluster(i)
        else:
            cluster = clusters[best]
            index.drop(cluster)
        cluster.add([i], vectors[i], day, day)
        index.put(cluster)
    _merge(clusters, index)
    return [sorted(c.members) for c in clusters.values()]


def _merge(clusters: dict[int, Cluster], index: CentroidIndex) -> None:
    """Merge stories whose centroids are alike and whose dates are close (in a fixed order)."""
    changed = True
    while changed:
        changed = False
        for key in sorted(clusters):
            cluster = clusters.get(key)
            if cluster is None:
                continue
            for score, other_key in index.similar(cluster.centroid, skip=key):
                other = clusters[other_key]
                if score < MERGE_SIMILARITY:
                    break
                if score < other.needs(cluster.last, cluster.first, MERGE_SIMILARITY):
                    continue
                index.drop(cluster)
                index.drop(other)
                cluster.add(other.members, other.total, other.first, other.last)
                del clusters[other_key]
                index.put(cluster)
                changed = True
                break
