"""Stories that average link over thinned links split, joined again by the mean link of every pair of their members.

A grouping keeps each source's ``stories.strongest.LINKS_PER_SOURCE`` strongest links, and average link counts a
pair left out as 0: a story of many more articles than twice that comes apart into pieces of a few dozen (at 4,000
one-topic generated articles the largest story went from 585 to 60, bench/RESULTS.md). The pieces are joined again
here, as average link over the stories: two stories are weighed by the mean dot product over every pair of their
members, which is the dot product of their summed vectors over the product of their sizes, found without the pairs
(and additive when stories join, as ``average_link.join_groups`` wants). That mean counts every pair, the weak ones
under the link threshold too, so it is higher than the mean over links: a join needs :data:`REJOIN_FACTOR` times
the story floor. Only stories a kept link joins are weighed, and only when both hold a source with
``LINKS_PER_SOURCE`` kept links or more (one whose links may have been thinned): with fewer, every link of the
source was kept, and the stories are those average link found over every link.

The result is a function of the stories, the vectors and the kept links, so a cold grouping and one kept up after
edits (``stories.stored_links``), which find the same stories and keep the same links, join the same ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing_tui.stories.average_link import join_groups
from briefing_tui.stories import strongest
from briefing_tui.stories.strongest import Link
from briefing_tui.stories.vectors import Vector

REJOIN_FACTOR = 2
"""How many times the story floor (``stories.cluster.STORY_UNITS``) the mean dot product over every pair of two
stories' members must reach to join them. On the one-topic generated folders (bench/RESULTS.md), compared with
average link over every link (pairs of articles: share of its same-story pairs still together, of its apart pairs
still apart): at 2,000 articles 1.5 gave 0.911 / 0.974, 2 gave 0.906 / 0.980, 2.5 0.882 / 0.988, 3 0.692 / 0.997;
at 4,000, 2 gave 0.844 / 0.982 (without the rejoin: 0.075 / 0.999)."""


def _dot(a: Counter, b: Counter) -> int:
    """The dot product of two summed vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(key, 0) for key, weight in a.items())


def rejoined(groups: list[list[int]], vectors: Sequence[Vector], links: Sequence[Link], floor: int) -> list[list[int]]:
    """``groups`` (of positions, each sorted, in order of first member) with the pieces of a thinned story joined
    again (see the module docstring); ``links``: the kept links; ``floor``: the story floor per pair of members."""
    degree = [0] * len(vectors)
    for a, b, _ in links:
        degree[a] += 1
        degree[b] += 1
    thinned = [any(degree[i] >= strongest.LINKS_PER_SOURCE for i in group) for group in groups]
    of = [0] * len(vectors)
    for g, group in enumerate(groups):
        for i in group:
            of[i] = g
    pairs = {(min(of[a], of[b]), max(of[a], of[b])) for a, b, _ in links
             if of[a] != of[b] and thinned[of[a]] and thinned[of[b]]}
    if not pairs:
        return groups
    sums: dict[int, Counter] = {}
    for g in sorted({g for pair in pairs for g in pair}):
        total: Counter = Counter()
        for i in groups[g]:
            total.update(vectors[i])
        sums[g] = total
    weighed = [(a, b, _dot(sums[a], sums[b])) for a, b in sorted(pairs)]
    joined = join_groups(len(groups), weighed, REJOIN_FACTOR * floor, sizes=[len(group) for group in groups])
    if len(joined) == len(groups):
        return groups
    return sorted(sorted(i for g in parts for i in groups[g]) for parts in joined)
