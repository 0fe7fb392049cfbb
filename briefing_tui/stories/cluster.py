"""Stories from a graph of links between sources: average-link clustering over the links.

Two sources are *linked* when the cosine of their vectors reaches :data:`LINK_SIMILARITY`, or
:data:`FAR_SIMILARITY` when both are dated :data:`WINDOW_DAYS` or more apart (a parsed date may be a
date the article mentions, so time only raises the bar). Two sources written in two different languages
share only what is written alike in both (names, places, figures), most of each vector being its own
language's words: their cosine counts :data:`CROSS_LANGUAGE_FACTOR` times (each vector's language is its
first key, ``vectors.vector_language``). A link is a function of the two sources alone (their vectors and
days), an exact integer (``vectors.dot``).

Stories are then grown by average link over the links (:func:`average_link`): the two groups whose
links add up to the highest mean over all their pairs of members are joined, as long as that mean
reaches :data:`STORY_SIMILARITY`; pairs that are not linked count as 0 (and unless the two groups are each much
tighter inside than they are tied to each other: ``stories.cohesion``). Average link does not grow
with a story's size, so one threshold serves a story of two and a story of two hundred, and two
related events (two trade deals signed by the same president four days apart) stay apart while each
one's articles stay together. The stories are a function of the links alone: after an edit only the
edited source's links are found again (``stories.stored_links``).

A grouping keeps each source's strongest links only (:func:`kept_links`, ``stories.strongest``), found row by
row from packed columns (:func:`later_links`, :func:`score_rows`): the whole graph is never held. The pieces of a
story larger than the kept links hold together are joined again (``stories.rejoined``).

Finding every link of a folder without comparing every pair (:func:`all_links`, kept as the reference the tests
compare with): sources are read in
order; each one's features are sorted with the most common first and the longest run of them that
cannot reach the threshold on its own (its *prefix*: the sum of each weight times the feature's
largest weight in any source stays under it) is left out of the inverted index, which then holds the
rarer rest. Two linked sources share an indexed feature; each candidate that shares one is scored
exactly (the indexed part found, plus the prefix's dot product).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence

from briefing_tui.stories.average_link import join_groups
from briefing_tui.stories.cohesion import cohesive_groups
from briefing_tui.stories.vectors import WEIGHT_SCALE, Vector, dot, vector_language

LINK_SIMILARITY = 0.1  # cosine between two sources that links them (0.12 split the seeds twice over into 3 stories)
WINDOW_DAYS = 40  # two sources published this many days or more apart ...
FAR_SIMILARITY = 0.3  # ... are linked only at this cosine (a parsed date may be a date in the text: the crash's)
STORY_SIMILARITY = 0.09  # mean link over all pairs of members of two groups to join them (unlinked pairs count 0)
CROSS_LANGUAGE_FACTOR = 2
"""The cosine of two sources of two different (known) languages counts this many times (an integer: exact). On
the comparison's gold sets mixed (385 sources, 53 events, eight languages), the articles of one event in two
languages had cosines about half those of two articles in one language; from 1.75 to 2.5 gave the same
stories."""

FIELD_BYTES = 4
"""Bytes of one source's field in a packed column of :func:`links_among` (a dot product is at most about
``WEIGHT_SCALE ** 2`` = 2^30: it fits, unsigned)."""
_FIELD_TYPE = next(code for code in "IL" if array(code).itemsize == FIELD_BYTES)  # (unsigned: "I" almost everywhere)

Link = tuple[int, int, int]
"""Two source positions, first the lower, and their dot product."""


def _units(cosine: float) -> int:
    """A cosine as the least integer dot product that reaches it."""
    return -(-round(cosine * WEIGHT_SCALE * WEIGHT_SCALE * 1000) // 1000)


NEAR_UNITS = _units(LINK_SIMILARITY)
FAR_UNITS = _units(max(LINK_SIMILARITY, FAR_SIMILARITY))
STORY_UNITS = _units(STORY_SIMILARITY)
CROSS_NEAR_UNITS = -(-NEAR_UNITS // CROSS_LANGUAGE_FACTOR)  # (the least dot product two languages' sources link at)
MOST_UNITS = WEIGHT_SCALE * WEIGHT_SCALE  # (a link's score is at most a cosine of 1: it fits a stored column)


def link_score(score: int, language: str | None, other: str | None) -> int:
    """A link's score from the dot product of two sources of these languages (see the module docstring)."""
    if language is not None and other is not None and language != other:
        return min(score * CROSS_LANGUAGE_FACTOR, MOST_UNITS)
    return score


def least_units(languages: Sequence[str | None]) -> int:
    """The least dot product that may link two of the sources of these languages."""
    return CROSS_NEAR_UNITS if len({lang for lang in languages if lang is not None}) > 1 else NEAR_UNITS


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
    language = vector_language(vector)
    found = []
    for j in others:
        if j != i and vectors[j]:
            score = link_score(dot(vector, vectors[j]), language, vector_language(vectors[j]))
            if score >= needs(day, days[j]):
                found.append((min(i, j), max(i, j), score))
    return found


def all_links(vectors: Sequence[Vector], days: Sequence[int | None]) -> list[Link]:
    """Every link between ``vectors`` (see the module docstring for how pairs are pruned)."""
    df: dict[str, int] = {}
    top: dict[str, int] = {}
    for vector in vectors:
        for term, weight in vector.items():
            df[term] = df.get(term, 0) + 1
            if weight >= top.get(term, 0):  # (a language mark: 0)
                top[term] = weight
    rank = {term: k for k, term in enumerate(sorted(df, key=lambda t: (-df[t], t)))}
    languages = [vector_language(vector) for vector in vectors]
    least = least_units(languages)
    postings: dict[str, list[tuple[int, int]]] = {}
    prefixes: list[Vector] = []
    bounds: list[int] = []
    links: list[Link] = []
    for i, vector in enumerate(vectors):
        part: dict[int, int] = {}
        for term, weight in vector.items():
            posting = postings.get(term)
            if posting:
                for j, w in posting:
                    part[j] = part.get(j, 0) + weight * w
        day, language = days[i], languages[i]
        for j in sorted(part):
            need = needs(days[j], day)
            score = part[j]
            if link_score(score + bounds[j], languages[j], language) >= need:
                score = link_score(score + dot(prefixes[j], vector), languages[j], language)
                if score >= need:
                    links.append((j, i, score))
        ordered = sorted(vector.items(), key=lambda tw: rank[tw[0]])
        bound, cut = 0, 0
        for term, weight in ordered:
            if bound + weight * top[term] >= least:
                break
            bound += weight * top[term]
            cut += 1
        prefixes.append(dict(ordered[:cut]))
        bounds.append(bound)
        for term, weight in ordered[cut:]:
            if weight:  # (a language's mark weighs nothing: it links nothing)
                postings.setdefault(term, []).append((i, weight))
    return links


COLUMNS_BYTES = 1 << 25
"""Memory the packed columns of :func:`links_among` may take at once (32 MiB): the changed sources are taken
in batches whose features' columns fit in it."""


def links_among(changed: Sequence[int], vectors: Sequence[Vector], days: Sequence[int | None]) -> list[Link]:
    """Every link of the ``changed`` sources (with each other or any other source): the links
    :func:`links_of` finds scoring each against every other source, at a fraction of the cost.

    Each feature's weights over all sources are packed into one integer, one :data:`FIELD_BYTES` field per
    source (its *column*); a changed source's dot products with every source are then the sum of its
    weights times those columns: whole-number arithmetic on long integers, exact, and no field carries
    into the next (every field's sum is a dot product of two vectors of length ``WEIGHT_SCALE``)."""
    is_changed = set(changed)
    languages = [vector_language(vector) for vector in vectors]
    least = least_units(languages)
    links: list[Link] = []
    for c, scores in score_rows(changed, vectors):
        day, language = days[c], languages[c]
        for j in [j for j, score in enumerate(scores) if score >= least]:
            if j == c or (j < c and j in is_changed):  # (a pair of two changed sources is scored once)
                continue
            score = link_score(scores[j], language, languages[j])
            if score >= needs(day, days[j]):
                links.append((min(c, j), max(c, j), score))
    return links


def later_links(vectors: Sequence[Vector], days: Sequence[int | None]) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """For each source in order, its links with the sources after it (the other's position and the link's score):
    every link of the folder once, as :func:`all_links` finds them, from the packed columns of :func:`score_rows`
    (no candidate pruned: in a folder of one topic almost every pair is a candidate anyway, and a row of long
    integer sums costs far less than the pruned search's pair by pair).

    In a folder of one language (no score counts twice), a pair whose dot product reaches :data:`FAR_UNITS` is
    linked whatever the days, and one under it only when dated less than :data:`WINDOW_DAYS` apart (or one is
    undated): only the sources near a source's day are looked at one by one (:func:`_near`)."""
    n = len(vectors)
    languages = [vector_language(vector) for vector in vectors]
    least = least_units(languages)
    near = _near(days) if least == NEAR_UNITS else None
    for c, scores in score_rows(range(n), vectors):
        day, language = days[c], languages[c]
        if near is not None:
            if day is None:
                found = [(j, score) for j, score in enumerate(scores[c + 1:], c + 1) if score >= NEAR_UNITS]
            else:
                found = [(j, score) for j, score in enumerate(scores[c + 1:], c + 1) if score >= FAR_UNITS]
                found += [(j, score) for j in near(day) if j > c and NEAR_UNITS <= (score := scores[j]) < FAR_UNITS]
            yield c, found
            continue
        found = []
        for j in [j for j, score in enumerate(scores[c + 1:], c + 1) if score >= least]:
            score, other, when = scores[j], languages[j], days[j]
            if language is not None and other is not None and language != other:
                score = min(score * CROSS_LANGUAGE_FACTOR, MOST_UNITS)
            far = day is not None and when is not None and abs(day - when) >= WINDOW_DAYS
            if score >= (FAR_UNITS if far else NEAR_UNITS):  # (link_score and needs, written out: once per pair)
                found.append((j, score))
        yield c, found


def _near(days: Sequence[int | None]) -> Callable[[int], list[int]]:
    """The positions of the sources dated less than :data:`WINDOW_DAYS` from a day, and of the undated ones."""
    dated = sorted((day, j) for j, day in enumerate(days) if day is not None)
    on, at = [day for day, _ in dated], [j for _, j in dated]
    undated = [j for j, day in enumerate(days) if day is None]

    def near(day: int) -> list[int]:
        return at[bisect_left(on, day - WINDOW_DAYS + 1):bisect_left(on, day + WINDOW_DAYS)] + undated

    return near


def score_rows(sources: Iterable[int], vectors: Sequence[Vector]) -> Iterator[tuple[int, array]]:
    """Each of ``sources`` (a non-empty vector's) with its dot products with every source (an array by position),
    the sources taken in batches whose features' packed columns fit in :data:`COLUMNS_BYTES` (see
    :func:`links_among`). Each row is read before the next is asked for (the array is reused)."""
    per_column = max(FIELD_BYTES * len(vectors), 1)
    batch: list[int] = []
    terms: set[str] = set()
    for c in sources:
        batch.append(c)
        terms.update(vectors[c])
        if len(terms) * per_column >= COLUMNS_BYTES:
            yield from _batch_rows(batch, terms, vectors)
            batch, terms = [], set()
    if batch:
        yield from _batch_rows(batch, terms, vectors)


def _batch_rows(batch: Sequence[int], terms: set[str], vectors: Sequence[Vector]) -> Iterator[tuple[int, array]]:
    """:func:`score_rows` for the sources of ``batch``, whose features are ``terms``."""
    n = len(vectors)
    cells: dict[str, array] = {term: array(_FIELD_TYPE, bytes(FIELD_BYTES * n)) for term in terms}
    for j, vector in enumerate(vectors):
        for term, weight in vector.items():
            cell = cells.get(term)
            if cell is not None:
                cell[j] = weight
    columns = {term: int.from_bytes(cell.tobytes(), sys.byteorder) for term, cell in cells.items()}
    del cells
    scores = array(_FIELD_TYPE)
    for c in batch:
        vector = vectors[c]
        if not vector:
            continue
        total = 0
        for term, weight in vector.items():
            if weight:
                total += weight * columns[term]
        del scores[:]
        scores.frombytes(total.to_bytes(FIELD_BYTES * n, sys.byteorder))
        yield c, scores


def average_link(n: int, links: Iterable[Link], record: list[int] | None = None) -> list[list[int]]:
    """Groups of the ``n`` sources by average link over ``links`` (see the module docstring), each sorted,
    in order of first member. The result depends on the links and the sources' order only.

    The pair of groups of highest mean link is joined first (ties: the group of the lowest position, then
    its partner of the lowest), while that mean reaches :data:`STORY_SIMILARITY`
    (:func:`~briefing_tui.stories.average_link.join_groups`: each group's best join kept between joins).
    ``record``, when given, gets the joins made (``join_groups``). A join the two groups' own cohesion refuses is
    left undone (``stories.cohesion``: a function of the joins alone)."""
    joins: list[int] = []
    join_groups(n, links, STORY_UNITS, joins)
    if record is not None:
        record.extend(joins)
    return cohesive_groups(n, joins)


def components(n: int, links: Iterable[Link]) -> list[list[int]]:
    """The connected components of ``n`` sources under ``links``, each sorted, in order of first member."""
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b, _ in links:
        while parent[a] != a:  # (root(a) and root(b) written out: a call per link end was most of the time)
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def every_component(n: int, several: Sequence[list[int]]) -> list[list[int]]:
    """The components of ``n`` sources as :func:`components` gives them, from those of two sources or more
    (``several``, each sorted): every other source alone."""
    inside = [False] * n
    for members in several:
        for i in members:
            inside[i] = True
    return sorted([*several, *([i] for i in range(n) if not inside[i])])


def links_within(members_of: Sequence[list[int]], links: Iterable[Link]) -> list[list[Link]]:
    """The links within each component, by the component's place in ``members_of`` (every link lies within one)."""
    root = [0] * sum(len(members) for members in members_of)
    for k, members in enumerate(members_of):
        for i in members:
            root[i] = k
    inside: list[list[Link]] = [[] for _ in members_of]
    for link in links:
        inside[root[link[0]]].append(link)
    return inside


def kept_links(vectors: Sequence[Vector], days: Sequence[int | None]) -> list[Link]:
    """The links a grouping keeps: each source's strongest (``stories.strongest``) among every link of the folder
    (:func:`later_links`; the whole graph is never held)."""
    from briefing_tui.stories.strongest import strongest_rows

    return strongest_rows(len(vectors), later_links(vectors, days))


def cluster_sources(vectors: Sequence[Vector], days: Sequence[int | None]) -> list[list[int]]:
    """Group source positions into stories: :func:`average_link` over :func:`kept_links`, the pieces of a story
    the thinned links split joined again (``stories.rejoined``)."""
    from briefing_tui.stories.rejoined import rejoined
    links = kept_links(vectors, days)
    return rejoined(average_link(len(vectors), links), vectors, links, STORY_UNITS)
