"""Average-link clustering over integer links, each group's few best partners kept between joins.

:func:`join_groups` is the greedy of ``stories.cluster.average_link``: the pair of groups whose links add up
to the highest mean over all their pairs of members (``total / (size * size)``, a float) is joined first, as
long as its total reaches ``floor`` units per pair of members; ties go to the group of the lowest position,
then to its partner of the lowest. A group is named by its lowest position (its first member).

The work is in finding a group's best partner again and again: after a join, every group whose best was one
of the two joined. The plain greedy scanned the group's whole row (every group it is linked to) each time.
Here a scan keeps the group's :data:`KEPT` best partners (mean, partner, and the partner's join count then)
and the best mean of all the others (``rest``). Later, each kept partner's group now is looked up (partners
joined since: the union-find ``parent``) and its mean worked out exactly from the row; any other group's mean
is at most ``rest`` (joining groups never raises a mean above the higher of the two: the joined group's mean
is a weighted mean of its parts', and rounding keeps that order). So when the best of the kept partners' groups
now is above ``rest`` it is the group's best, found without a scan; otherwise (a tie included) the row is
scanned again. Around that the greedy is the plain one: each group has one entry in a heap of groups, its best
when last looked at, at least its best now; an entry found out of date is looked at again and put back, and
the first entry still true is the best pair of all.
"""

from __future__ import annotations

import heapq
from bisect import insort
from collections.abc import Iterable

KEPT = 4
"""How many best partners a scan of a group's row keeps (on the 2,000 one-topic generated articles, 4 cut the
rows scanned again because a partner was joined from 3,583 to 931; 2 and 8 took the same time within noise)."""

Best = tuple[float, int]
"""A group's best join: its mean link, and the partner (a group's lowest position)."""


def join_groups(n: int, links: Iterable[tuple[int, int, int]], floor: int,
                record: list[int] | None = None, sizes: list[int] | None = None) -> list[list[int]]:
    """Groups of ``n`` positions by average link over ``links`` (two positions, first the lower, and an integer
    score), joined while the best mean reaches ``floor`` per pair of members: each group sorted, in order of
    first member (see the module docstring). ``record``, when given, gets each join in order as three integers:
    the two groups' names (lower first) and the total of their links (what ``stories.replay_link`` replays).
    ``sizes``: how many members each position stands for (1 each when not given; ``stories.rejoined``).

    A group's row lives in a *slot* (at first each position's own); a join keeps the slot of the longer row
    and adds the shorter row into it, so a join costs the shorter row, not the row of the group named last."""
    near: list[dict[int, int]] = [{} for _ in range(n)]
    for a, b, score in links:
        near[a][b] = near[b][a] = score
    size = list(sizes) if sizes is not None else [1] * n
    name = list(range(n))  # (each slot's group: its lowest position)
    slot_of: list[int] = list(range(n))  # (each group's slot, by the group's name; -1 once joined)
    joins = [0] * n
    parent = list(range(n))  # (the slot a slot's rows went into)
    members: list[list[int] | None] = [[i] for i in range(n)]
    kept: list[list[tuple[float, int, int, int]]] = [[] for _ in range(n)]
    rest = [-1.0] * n

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def scan(a: int) -> Best | None:
        """The best join of slot ``a``'s group from its whole row (None when none reaches the floor); its best
        partners kept."""
        own = size[a]
        top = [(1.0, n, n)] * KEPT  # (stand-ins of mean -1 for partners not found yet: every mean is above them)
        low, others = -1.0, -1.0
        for c, total in near[a].items():
            pairs = own * size[c]
            if total >= floor * pairs:
                mean = total / pairs
                if mean > low or (mean == low and name[c] < top[-1][1]):
                    insort(top, (-mean, name[c], c))
                    dropped = -top.pop()[0]
                    if dropped > others:
                        others = dropped
                    low = -top[-1][0]
                elif mean > others:
                    others = mean
        kept[a] = [(mean, partner, c, joins[c]) for mean, partner, c in top if c < n]
        rest[a] = others
        return (-top[0][0], top[0][1]) if top[0][2] < n else None

    def best(a: int) -> Best | None:
        """The mean and the partner of slot ``a``'s best join, None when no join reaches the floor."""
        own, row = size[a], near[a]
        top, partner = -1.0, -1
        for mean, other, c, at in kept[a]:
            if parent[c] != c or joins[c] != at:
                c = find(c)
                total = row.get(c)
                if c == a or total is None:
                    continue
                pairs = own * size[c]
                if total < floor * pairs:
                    continue
                mean, other = -(total / pairs), name[c]
            if -mean > top or (-mean == top and other < partner):
                top, partner = -mean, other
        if partner >= 0 and top > rest[a]:
            return top, partner
        if partner < 0 and rest[a] < 0:
            return None
        return scan(a)

    heap = [(-found[0], a, found[1]) for a in range(n) if (found := scan(a)) is not None]
    heapq.heapify(heap)
    while heap:
        mean, a, b = heapq.heappop(heap)
        at = slot_of[a]
        if at < 0:
            continue
        found = best(at)
        if found is None:
            continue  # (its best mean only goes down: it stays as it is)
        if found != (-mean, b):
            heapq.heappush(heap, (-found[0], a, found[1]))
            continue
        a, b = min(a, b), max(a, b)
        big, small = slot_of[a], slot_of[b]
        if len(near[big]) < len(near[small]):
            big, small = small, big
        keep, into = near[big], near[small]
        if record is not None:
            record.extend((a, b, keep[small]))
        del keep[small]
        del into[big]
        for c, score in into.items():
            joined = keep[c] = keep.get(c, 0) + score
            row = near[c]
            row[big] = joined
            del row[small]
        near[small] = {}
        kept[small] = []
        parent[small] = big
        joins[big] += 1
        size[big] += size[small]
        members[big].extend(members[small])  # type: ignore[union-attr]
        members[small] = None
        name[big] = a
        slot_of[a], slot_of[b] = big, -1
        found = scan(big)
        if found is not None:
            heapq.heappush(heap, (-found[0], a, found[1]))
    return sorted(sorted(group) for group in members if group is not None)
