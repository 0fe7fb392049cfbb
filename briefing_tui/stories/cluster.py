"""Stories from a graph of links between sources: average-link clustering over the links.

Two sources are *linked* when the cosine of their vectors reaches :data:`LINK_SIMILARITY`, or
:data:`FAR_SIMILARITY` when both are dated :data:`WINDOW_DAYS` or more apart (a parsed date may be a
date the article mentions, so time only raises the bar). A link is a function of the two sources
alone (their vectors and days), an exact integer (``vectors.dot``).

Stories are then grown by average link over the links (:func:`average_link`): the two groups whose
links add up to the highest mean over all their pairs of members are joined, as long as that mean
reaches :data:`STORY_SIMILARITY`; pairs that are not linked count as 0. Average link does not grow
with a story's size, so one threshold serves a story of two and a story of two hundred, and two
related events (two trade deals signed by the same president four days apart) stay apart while each
one's articles stay together. The stories are a function of the links alone: after an edit only the
edited source's links are found again (``stories.stored_links``).

Finding every link of a folder without comparing every pair (:func:`all_links`): sources are read in
order; each one's features are sorted with the most common first and the longest run of them that
cannot reach the threshold on its own (its *prefix*: the sum of each weight times the feature's
largest weight in any source stays under it) is left out of the inverted index, which then holds the
rarer rest. Two linked sources share an indexed feature; each candidate that shares one is scored
exactly (the indexed part found, plus the prefix's dot product). Sources dated far apart need the
higher threshold, so they are looked up in an index of longer prefixes, and the index at the lower
threshold holds only the last :data:`WINDOW_DAYS` of sources: a folder of many months' events is not
compared across all of them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from briefing_tui.stories.vectors import WEIGHT_SCALE, Vector, dot

LINK_SIMILARITY = 0.1  # cosine between two sources that links them
WINDOW_DAYS = 40  # two sources published this many days or more apart ...
FAR_SIMILARITY = 0.3  # ... are linked only at this cosine (a parsed date may be a date in the text: the crash's)
STORY_SIMILARITY = 0.05  # mean link over all pairs of members of two groups to join them (unlinked pairs count 0)

Link = tuple[int, int, int]
"""Two source positions, first the lower, and their dot product."""


def _units(cosine: float) -> int:
    """A cosine as the least integer dot product that reaches it."""
    return -(-round(cosine * WEIGHT_SCALE * WEIGHT_SCALE * 1000) // 1000)


NEAR_UNITS = _units(LINK_SIMILARITY)
FAR_UNITS = _units(max(LINK_SIMILARITY, FAR_SIMILARITY))
STORY_UNITS = _units(STORY_SIMILARITY)


def needs(day: int | None, other: int | None) -> int:
    """The dot product two sources of these days need to be linked."""
    if day is not None and other is not None and abs(day - other) >= WINDOW_DAYS:
        return FAR_UNITS
    return NEAR_UNITS


def links_of(i: int, vectors: Sequence[Vector], days: Sequence[int | None], others: Iterable[int]) -> list[Link]:
    """The links of source ``i`` with the sources among ``others``."""
    vector, day = vectors[i], days[i]
    if not vector:
        return []
    found = []
    for j in others:
        if j != i and vectors[j]:
            score = dot(vector, vectors[j])
            if score >= needs(day, days[j]):
                found.append((min(i, j), max(i, j), score))
    return found


class _PrunedIndex:
    """An inverted index of sources' features for one threshold, each source's prefix left out (see the module
    docstring); ``probe`` gives the indexed part of the dot product with every source sharing an indexed
    feature, ``scored`` the whole of it when it reaches the threshold."""

    def __init__(self, units: int, rank: dict[str, int], top: dict[str, int]) -> None:
        self.units, self.rank, self.top = units, rank, top
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.prefixes: dict[int, Vector] = {}
        self.bounds: dict[int, int] = {}

    def add(self, i: int, vector: Vector) -> None:
        """Index source ``i``: its features, most common first, but the prefix that cannot reach the threshold."""
        ordered = sorted(vector.items(), key=lambda tw: self.rank[tw[0]])
        bound, cut = 0, 0
        for term, weight in ordered:
            step = weight * self.top[term]
            if bound + step >= self.units:
                break
            bound += step
            cut += 1
        self.prefixes[i] = dict(ordered[:cut])
        self.bounds[i] = bound
        for term, weight in ordered[cut:]:
            self.postings.setdefault(term, []).append((i, weight))

    def probe(self, vector: Vector, days: Sequence[int | None] | None = None, since: int = 0) -> dict[int, int]:
        """Source -> the indexed part of its dot product with ``vector``; with ``days``, sources of a day before
        ``since`` are dropped from the index first (sources are then added in order of day)."""
        part: dict[int, int] = {}
        for term, weight in vector.items():
            posting = self.postings.get(term)
            if not posting:
                continue
            if days is not None:
                old = 0
                while old < len(posting) and days[posting[old][0]] < since:  # type: ignore[operator]
                    old += 1
                if old:
                    del posting[:old]
            for j, w in posting:
                part[j] = part.get(j, 0) + weight * w
        return part

    def scored(self, j: int, part: int, vector: Vector) -> int | None:
        """The dot product of source ``j`` and ``vector`` (``part`` of it found by ``probe``), None under the
        threshold."""
        if part + self.bounds[j] < self.units:
            return None
        score = part + dot(self.prefixes[j], vector)
        return score if score >= self.units else None


def all_links(vectors: Sequence[Vector], days: Sequence[int | None]) -> list[Link]:
    """Every link between ``vectors`` (see the module docstring for how pairs are pruned).

    Dated sources are read in order of day: those fewer than WINDOW_DAYS apart are found through an index
    that keeps only the last WINDOW_DAYS of sources (at LINK_SIMILARITY), those further apart through one of
    every source (at FAR_SIMILARITY, a longer prefix left out); undated sources then look every source up
    (at LINK_SIMILARITY)."""
    df: dict[str, int] = {}
    top: dict[str, int] = {}
    for vector in vectors:
        for term, weight in vector.items():
            df[term] = df.get(term, 0) + 1
            if weight > top.get(term, 0):
                top[term] = weight
    rank = {term: k for k, term in enumerate(sorted(df, key=lambda t: (-df[t], t)))}
    dated = sorted((i for i in range(len(vectors)) if days[i] is not None), key=lambda i: (days[i], i))
    undated = [i for i in range(len(vectors)) if days[i] is None]
    near, far = _PrunedIndex(NEAR_UNITS, rank, top), _PrunedIndex(FAR_UNITS, rank, top)
    links: list[Link] = []

    def found(i: int, index: _PrunedIndex, part: dict[int, int], far_only: bool = False) -> None:
        vector, day = vectors[i], days[i]
        for j in sorted(part):
            if far_only and day - days[j] < WINDOW_DAYS:  # type: ignore[operator]
                continue  # (found through the near index)
            score = index.scored(j, part[j], vector)
            if score is not None:
                links.append((min(i, j), max(i, j), score))

    for i in dated:
        vector, day = vectors[i], days[i]
        if vector:
            found(i, near, near.probe(vector, days, day - WINDOW_DAYS + 1))  # type: ignore[operator]
            found(i, far, far.probe(vector), far_only=True)
        near.add(i, vector)
        far.add(i, vector)
    if undated:
        every = _PrunedIndex(NEAR_UNITS, rank, top)
        for i in dated:
            every.add(i, vectors[i])
        for i in undated:
            if vectors[i]:
                found(i, every, every.probe(vectors[i]))
            every.add(i, vectors[i])
    return links


def average_link(n: int, links: Iterable[Link]) -> list[list[int]]:
    """Groups of the ``n`` sources by average link over ``links`` (see the module docstring), each sorted,
    in order of first member. The result depends on the links and the sources' order only.

    The pair of groups of highest mean link is joined first (ties: the group of the lowest position, then
    its partner of the lowest). Each group has one entry in a heap: its best partner's mean when it was
    last looked at. Joining two groups never raises another's best mean (the mean to the joined group lies
    between the means to its parts), so an entry is at least the group's best now: an entry found out of
    date is looked at again and put back, and the first entry still true is the best pair of all."""
    near: list[dict[int, int]] = [{} for _ in range(n)]
    for a, b, score in links:
        near[a][b] = near[b][a] = score
    size = [1] * n
    members: list[list[int] | None] = [[i] for i in range(n)]

    def best(a: int) -> tuple[float, int] | None:
        """The mean and the partner of ``a``'s best join, None when no join reaches the threshold."""
        own, top, partner = size[a], -1.0, -1
        for c, total in near[a].items():
            pairs = own * size[c]
            if total >= STORY_UNITS * pairs:
                mean = total / pairs
                if mean > top or (mean == top and c < partner):
                    top, partner = mean, c
        return (top, partner) if partner >= 0 else None

    heap = [(-found[0], a, found[1]) for a in range(n) if (found := best(a)) is not None]
    heapq.heapify(heap)
    while heap:
        mean, a, b = heapq.heappop(heap)
        if members[a] is None:
            continue
        found = best(a)
        if found is None:
            continue  # (its best mean only goes down: it stays as it is)
        if found != (-mean, b):
            heapq.heappush(heap, (-found[0], a, found[1]))
            continue
        a, b = min(a, b), max(a, b)
        keep, into = near[a], near[b]
        del keep[b]
        del into[a]
        for c, score in into.items():
            joined = keep[c] = keep.get(c, 0) + score
            near[c][a] = joined
            del near[c][b]
        near[b] = {}
        size[a] += size[b]
        members[a].extend(members[b])  # type: ignore[union-attr]
        members[b] = None
        found = best(a)
        if found is not None:
            heapq.heappush(heap, (-found[0], a, found[1]))
    return [sorted(group) for group in members if group is not None]


def components(n: int, links: Iterable[Link]) -> list[list[int]]:
    """The connected components of ``n`` sources under ``links``, each sorted, in order of first member."""
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b, _ in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def cluster_sources(vectors: Sequence[Vector], days: Sequence[int | None]) -> list[list[int]]:
    """Group source positions into stories: :func:`average_link` over :func:`all_links`."""
    return average_link(len(vectors), all_links(vectors, days))
