"""The links a grouping keeps: each source's :data:`LINKS_PER_SOURCE` strongest, so that the link graph of a folder
of one topic fits a desk's memory.

In a folder of one event, or one topic rewritten (bench/generate's 10,000 articles), almost every pair of sources
reaches the link threshold: the whole graph grows with the square of the folder (86 links per source at 1,000
generated articles, 246 at 4,000; 1.1 GB at 10,000). A link is *kept* when it is among the
:data:`LINKS_PER_SOURCE` strongest links of either of its two sources (ties: the other source first in the
folder's order); average link then runs over the kept links only (``stories.cluster``). Each source keeps its
strongest partners, so an event's articles stay linked to each other; what is left out is the long tail of
weak links of a source with many. Average link counts a pair left out as 0: a story far larger than twice this
many articles comes apart (the one-topic generated folder does; no real event of the mixes is that large), and its
pieces are joined again by the mean link of every pair of their members (``stories.rejoined``).

The kept links are still a function of the folder alone (every source's strongest links, found exactly), so a
cold grouping and one kept up after edits keep the same links and find the same stories:

- :func:`strongest` keeps them from any iterable of links (a bounded heap per source: the whole graph is never
  held);
- :func:`kept_again` keeps them after some sources changed, from the links kept last time: a source that did
  not change keeps its strongest among the links it kept, those that still stand, and its links with the
  changed sources, unless one of its strongest was with a changed or removed source while it had
  :data:`LINKS_PER_SOURCE` of them (then a link it had left out may be among its strongest now: it is linked
  again against every source, ``relink``).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence

Link = tuple[int, int, int]
"""Two source positions, first the lower, and their score (``stories.cluster.Link``)."""

LINKS_PER_SOURCE = 24
"""How many of its strongest links each source keeps (a link is kept when either of its sources keeps it). With 24,
the mixes of real events (bench.stories_eval --sets: 417 articles of 56 events, 8 articles an event for most) give
the same stories as with every link; at 10,000 generated articles of one topic 190,588 links are kept (bench/RESULTS.md,
"Story grouping at 10,000 articles within a desk's memory"). Other values were not measured."""

Ranked = tuple[int, int]
"""A link as one of its sources ranks it: its score, and the other source's position negated (a heap's least is
the source's weakest kept link: lowest score, then the other source last in order)."""


def strongest(n: int, links: Iterable[Link], keep: int | None = None) -> list[Link]:
    """The links among ``links`` (of ``n`` sources) that are among the ``keep`` (:data:`LINKS_PER_SOURCE`)
    strongest of either source, in order of positions."""
    return _union(_heaps(n, links, LINKS_PER_SOURCE if keep is None else keep))


def _heaps(n: int, links: Iterable[Link], keep: int) -> list[list[Ranked]]:
    """Each source's ``keep`` strongest links as a heap (see :data:`Ranked`)."""
    heaps: list[list[Ranked]] = [[] for _ in range(n)]
    push, replace = heapq.heappush, heapq.heapreplace
    for a, b, score in links:
        for own, entry in ((heaps[a], (score, -b)), (heaps[b], (score, -a))):
            if len(own) < keep:
                push(own, entry)
            elif entry > own[0]:
                replace(own, entry)
    return heaps


def _union(heaps: Sequence[list[Ranked]]) -> list[Link]:
    """The links kept in any of the heaps, in order of positions."""
    return sorted({(min(a, -b), max(a, -b), score) for a, heap in enumerate(heaps) for score, b in heap})


def strongest_rows(n: int, rows: Iterable[tuple[int, list[tuple[int, int]]]], keep: int | None = None) -> list[Link]:
    """:func:`strongest` of the links given source by source (``stories.cluster.later_links``: a source and its
    links with later sources, the other's position and the score)."""
    return strongest(n, ((c, j, score) for c, found in rows for j, score in found), keep)


def kept_again(n: int, same: Sequence[bool], old_links: Sequence[Link], moved: Sequence[int],
               links_of: Callable[[list[int]], list[Link]], keep: int | None = None) -> tuple[list[Link], int]:
    """The kept links of ``n`` sources after some changed (``same``: which did not, by position), as
    :func:`strongest` of every link finds them (see the module docstring); and how many unchanged sources were
    linked again.

    ``old_links``: the links kept last time (old positions); ``moved``: each old position's new one (-1: removed);
    ``links_of``: every link of the given sources (new positions), asked once: for the changed sources and each
    unchanged one that lost one of its strongest while it had ``keep`` (:data:`LINKS_PER_SOURCE`) of them."""
    keep = LINKS_PER_SOURCE if keep is None else keep
    pool: set[Link] = set()
    for a, b, score in old_links:
        a, b = moved[a], moved[b]
        if a >= 0 and b >= 0 and same[a] and same[b]:
            pool.add((a, b, score) if a < b else (b, a, score))
    again = []
    for p, heap in enumerate(_heaps(len(moved), old_links, keep)):
        at = moved[p]
        if at >= 0 and same[at] and len(heap) == keep and any((q := moved[-b]) < 0 or not same[q] for _, b in heap):
            again.append(at)
    relink = sorted([k for k in range(n) if not same[k]] + again)
    if relink:
        pool.update(links_of(relink))
    return strongest(n, pool, keep), len(again)
