"""Average link again after a few sources changed, by replaying the joins the last grouping made.

:func:`~briefing_tui.stories.average_link.join_groups` joins, again and again, the pair of groups of the
highest mean link (``total / (size * size)``) that reaches the floor, ties to the pair of the lowest names
(a group's name: its lowest position, the lower group first). Its joins, in order, are a record of the
grouping: :func:`replay_groups` takes that record and the links of the folder after some sources changed
(edited, added, removed; ``old_to_new`` maps each old position to its new one, -1 for a changed or removed
source) and makes the same joins :func:`join_groups` would make on the new links, without keeping a row of
every group.

Why it is exact. Call a group *old* when its members are a group the last grouping had at the point the
replay has reached in its record (``p``: after its first ``p`` joins) and none of them changed; the others
(holding a changed source, made by a join the record does not have, or left behind when the record joins
them with a group that is no longer there) are *new*. Two old groups are old groups of the last grouping at
``p``, and their links are the same as then (no member changed): the record's join ``p`` was the best pair of
all of its groups then, so among old groups no pair beats it. So when both of join ``p``'s groups are old, it is
the best pair among old groups; every pair with a new group is weighed exactly from that group's row (kept for
new groups only); the better of the two is the greedy's join. When one of join ``p``'s groups is not there as an
old group, the other is made new (its row counted from its members' links), and the replay moves on. New groups
are few after an edit (the changed source's own group, and the groups the record joined into its group), so
the rows kept, and added to at each join, are few; each new group's best join is kept (looked for again in its
row only when its partner is joined) and the best of them found through a heap.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence

from briefing_tui.stories import cluster
from briefing_tui.stories.cluster import Link
from briefing_tui.stories.cohesion import cohesive_groups
from briefing_tui.stories.links_record import Stored, component_key

REPLAY_NEW_SHARE = 0.25
"""A changed component is grouped by replaying a stored component's joins when at most this share of its members
are not that component's unchanged members: each such member starts a new group, whose row is kept and added to
at every join, so the replay's cost grows with their number (an edit moves one vector, or a few when idfs move);
past it, average link runs afresh (either is exact)."""

Key = tuple[float, int, int]
"""A candidate join: its mean link negated, then the two groups' names (lower first): the lowest key joins first."""


def replay_groups(n: int, links: Sequence[Link], floor: int, record: Sequence[int], old_to_new: Sequence[int],
                  joined: list[int] | None = None) -> list[list[int]] | None:
    """``join_groups(n, links, floor, joined)`` from the joins ``record`` of the last grouping (three integers
    each: names, lower first, and their total), ``old_to_new`` giving each old position's new one (-1 when it
    changed or is gone). None when the mapping does not keep the old positions' order (names would not compare
    as they did)."""
    if record and max(max(record[0::3]), max(record[1::3])) >= len(old_to_new):
        return None
    last = -1
    for new in old_to_new:
        if new >= 0:
            if new <= last or new >= n:
                return None
            last = new
    near: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for a, b, score in links:
        near[a].append((b, score))
        near[b].append((a, score))
    parent = list(range(n))  # (each position's group, through its name)
    size = [1] * n
    members: list[list[int] | None] = [[i] for i in range(n)]
    old_size = [1] * len(old_to_new)
    is_old = [new >= 0 for new in old_to_new]  # (by an old group's name: it is a group now, old)
    old_of = [-1] * n
    for old, new in enumerate(old_to_new):
        if new >= 0:
            old_of[new] = old
    rows: dict[int, dict[int, int]] = {}  # (a new group's total link to each group, by name)
    best: dict[int, Key | None] = {}
    tops: list[tuple[Key, int]] = []  # (each new group's best when set; an entry no longer its best is dropped)

    def row_of(g: int) -> dict[int, int]:
        row: dict[int, int] = {}
        for i in members[g]:  # type: ignore[union-attr]
            for r, score in near[i]:
                while parent[r] != r:  # (find(r) written out: a call per link was most of the time)
                    parent[r] = r = parent[parent[r]]
                if r != g:
                    row[r] = row.get(r, 0) + score
        return row

    def key(g: int, c: int, total: int) -> Key | None:
        pairs = size[g] * size[c]
        if total < floor * pairs:
            return None
        return (-(total / pairs), g, c) if g < c else (-(total / pairs), c, g)

    def set_best(g: int, top: Key | None) -> None:
        best[g] = top
        if top is not None:
            heapq.heappush(tops, (top, g))

    def scan(g: int) -> None:
        top: Key | None = None
        own = size[g]
        for c, total in rows[g].items():
            pairs = own * size[c]
            if total >= floor * pairs:
                got = (-(total / pairs), g, c) if g < c else (-(total / pairs), c, g)
                if top is None or got < top:
                    top = got
        set_best(g, top)

    def make_new(g: int) -> None:
        old = old_of[g]
        if old >= 0 and is_old[old]:
            is_old[old] = False
        rows[g] = row_of(g)
        scan(g)

    def join(u: int, v: int, fresh: bool) -> None:
        """Join groups ``u`` < ``v`` (by name); ``fresh``: the joined group is new (its row made)."""
        joined_row = None
        if fresh:
            joined_row = rows.pop(u, None)
            if joined_row is None:
                joined_row = row_of(u)
            other = rows.pop(v, None)
            if other is None:
                other = row_of(v)
            for c, total in other.items():
                joined_row[c] = joined_row.get(c, 0) + total
            joined_row.pop(u, None)
            joined_row.pop(v, None)
            best.pop(u, None)
            best.pop(v, None)
        parent[v] = u
        size[u] += size[v]
        members[u].extend(members[v])  # type: ignore[union-attr]
        members[v] = None
        for x, row in rows.items():
            tu, tv = row.pop(u, None), row.pop(v, None)
            if tu is None and tv is None:
                continue
            total = row[u] = (tu or 0) + (tv or 0)
            top = best[x]
            if top is not None and (top[1] in (u, v) or top[2] in (u, v)):
                scan(x)
                continue
            got = key(x, u, total)
            if got is not None and (top is None or got < top):
                set_best(x, got)
        if joined_row is not None:
            rows[u] = joined_row
            scan(u)

    for g in range(n):
        if old_of[g] < 0:
            make_new(g)
    p, end = 0, len(record)
    while True:
        a_key: Key | None = None
        while p < end and a_key is None:
            lo, hi, total = record[p], record[p + 1], record[p + 2]
            if is_old[lo] and is_old[hi]:
                pairs = old_size[lo] * old_size[hi]
                a_key = (-(total / pairs), old_to_new[lo], old_to_new[hi])
                break
            for side in (lo, hi):
                if is_old[side]:
                    make_new(old_to_new[side])
            old_size[lo] += old_size[hi]
            is_old[lo] = is_old[hi] = False
            p += 3
        while tops and best.get(tops[0][1]) != tops[0][0]:
            heapq.heappop(tops)
        b_key = tops[0][0] if tops else None
        if a_key is None and b_key is None:
            break
        if b_key is None or (a_key is not None and a_key < b_key):
            _, u, v = a_key  # type: ignore[misc]
            total = record[p + 2]
            old_size[record[p]] += old_size[record[p + 1]]
            is_old[record[p + 1]] = False
            p += 3
            fresh = False
        else:
            _, u, v = b_key
            total = rows[u][v] if u in rows else rows[v][u]
            for g in (u, v):
                old = old_of[g]
                if old >= 0 and is_old[old]:
                    is_old[old] = False
            fresh = True
        if joined is not None:
            joined.extend((u, v, total))
        join(u, v, fresh)
    groups = [sorted(group) for group in members if group is not None]
    groups.sort(key=lambda group: group[0])
    return groups


def replay_stored(prior: Stored | None, ids: Sequence[str], digests: Sequence[str], members: list[int],
                  within: Sequence[Link], record: list[int]) -> list[list[int]] | None:
    """The stories of a changed component (``members``: positions in ``ids``; ``within``: its links by position in
    it; the result by position in it) by replaying the joins the record keeps of the stored component most of its
    unchanged members were in; None when there is none to replay, or too many members are not in it unchanged
    (:data:`REPLAY_NEW_SHARE`)."""
    if prior is None or not prior.joins:
        return None
    old_at = {sid: k for k, sid in enumerate(prior.ids)}
    component_of = {g: c for c, old in enumerate(prior.components) for g in old}
    local = {i: j for j, i in enumerate(members)}
    votes: Counter[int] = Counter()
    for i in members:
        g = old_at.get(ids[i])
        if g is not None and prior.digests[g] == digests[i] and g in component_of:
            votes[component_of[g]] += 1
    if not votes:
        return None
    c, kept = votes.most_common(1)[0]
    if len(members) - kept > REPLAY_NEW_SHARE * len(members):
        return None
    old = prior.components[c]
    joined = prior.joins.get(component_key(prior.ids, prior.digests, old))
    if joined is None:
        return None
    new_at = {sid: i for i, sid in enumerate(ids)}
    old_to_new = []
    for g in old:
        i = new_at.get(prior.ids[g])
        old_to_new.append(local.get(i, -1) if i is not None and digests[i] == prior.digests[g] else -1)
    groups = replay_groups(len(members), within, cluster.STORY_UNITS, joined, old_to_new, record)
    return None if groups is None else cohesive_groups(len(members), record)
