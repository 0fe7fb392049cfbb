"""Joins refused because the two groups are each much tighter inside than they are tied to each other.

Average link (``stories.cluster``) joins two groups when the mean link between them reaches a floor. Two
related events of one country's politics (an election, and the outgoing parliament's vote on a budget a few
weeks later) name the same leaders, parties and parliament: in a folder of many events those names are rare,
so the mean link between the two events' articles is well above the floor, though every article of either
event is far closer to its own event's articles (the same results, figures and event words). An aggregator
keeps them apart: what two groups share is weighed against what holds each one together.

So a join the greedy makes is *refused* when the mean link between the two groups is under
:data:`COHESION_RATIO` of the mean link within either of them, for a group of :data:`MIN_COHESIVE_SIZE`
members or more (a smaller group's inner mean says too little). Once a join is refused, both groups are
final, and so is any group the greedy later joined to them (its mean was with the whole, not with either
part). This reads only the record of the joins (each join's two groups and the total of their links:
``average_link.join_groups``): the groups are a function of the links, the same in a cold run and after an
edit (the replayed record, ``stories.replay_link``, is the one a cold run makes).

Measured (``bench.stories_eval --sets``): with the German election of 2025 beside the debt-brake vote, the
study sets' mix went from precision 0.948 to 0.999 (recall 0.995 to 0.978), the held-out sets' from 0.920 to
0.990 (recall 0.978 both), and the gold + dev mix's near miss (two trade deals signed by one president days
apart) from 0.831 to 1.000 (the gold and dev mixes stay at 1.000). A ratio of 0.30 gave those too (study recall 0.985,
precision 0.993), 0.35 the same as a third; 2/7 (0.286) kept the near miss and the held-out mix's 0.920, 0.375 cut
the held-out recall to 0.947; a least size of 3, 4 or 5 gave the same at a third. The joins' record is read once
more (three integers a join): no cost next to finding the links (``bench.stories_speed --quick``: the same time; at
2,500 articles of many events, precision 0.548 to 0.630, recall 0.899 both).
"""

from __future__ import annotations

from collections.abc import Sequence

COHESION_RATIO = (1, 3)
"""A join is refused when the mean link between the two groups is under this fraction (numerator,
denominator: exact in integers) of the mean link within either group (see the module docstring)."""
MIN_COHESIVE_SIZE = 4
"""The fewest members a group needs for its inner mean to refuse a join (a pair's one link says little)."""


def refused(total: int, size: int, inner: int, other: int) -> bool:
    """Whether a group of ``size`` members whose inner links total ``inner`` refuses a join whose links total
    ``total`` with a group of ``other`` members: the join's mean under :data:`COHESION_RATIO` of its inner mean
    (``total / (size * other) < ratio * inner / (size * (size - 1) / 2)``, in integers)."""
    if size < MIN_COHESIVE_SIZE:
        return False
    numerator, denominator = COHESION_RATIO
    return total * (size - 1) * denominator < numerator * 2 * inner * other


def cohesive_groups(n: int, joins: Sequence[int]) -> list[list[int]]:
    """Groups of ``n`` positions from the record of average link's ``joins`` (three integers each: the two
    groups' names, a group's lowest position, lower first; and the total of their links), each refused join left
    undone (see the module docstring): each group sorted, in order of first member."""
    size = [1] * n
    inner = [0] * n
    final = [False] * n
    members: list[list[int] | None] = [[i] for i in range(n)]
    for k in range(0, len(joins) - 2, 3):
        a, b, total = joins[k], joins[k + 1], joins[k + 2]
        if final[a] or final[b] or refused(total, size[a], inner[a], size[b]) or \
                refused(total, size[b], inner[b], size[a]):
            final[a] = final[b] = True
            continue
        inner[a] += inner[b] + total
        size[a] += size[b]
        members[a].extend(members[b])  # type: ignore[union-attr]
        members[b] = None
    return sorted(sorted(group) for group in members if group is not None)
