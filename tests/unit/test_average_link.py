"""The greedy of ``stories.cluster.average_link`` (``stories.average_link.join_groups``, each group's best
partners kept between joins, rows added smaller into larger) against the plain greedy it replaced and
against the definition itself, on random links with many ties."""

from __future__ import annotations

import heapq
import random

import pytest

from briefing_tui.stories import average_link as average_link_module
from briefing_tui.stories.average_link import join_groups
from briefing_tui.stories.cluster import STORY_UNITS, average_link
from briefing_tui.stories.cohesion import cohesive_groups


def by_definition(n: int, links: list[tuple[int, int, int]], floor: int) -> list[list[int]]:
    """Every pair of groups looked at before every join: the highest mean ``total / (size * size)`` that
    reaches ``floor`` per pair joins, ties to the pair of the lowest first members (lower group first)."""
    score = {(a, b): s for a, b, s in links}
    groups = [[i] for i in range(n)]
    while True:
        found = None
        for x, left in enumerate(groups):
            for right in groups[x + 1:]:
                total = sum(score.get((min(i, j), max(i, j)), 0) for i in left for j in right)
                pairs = len(left) * len(right)
                if total >= floor * pairs:
                    key = (-(total / pairs), left[0], right[0])
                    if found is None or key < found[0]:
                        found = (key, left, right)
        if found is None:
            return [sorted(group) for group in groups]
        _, left, right = found
        left.extend(right)
        groups.remove(right)
        groups.sort(key=min)
        for group in groups:
            group.sort()


def plain_greedy(n: int, links: list[tuple[int, int, int]], floor: int) -> list[list[int]]:
    """ebc8b97's ``average_link``: each group's best found from its whole row whenever it comes up."""
    near: list[dict[int, int]] = [{} for _ in range(n)]
    for a, b, score in links:
        near[a][b] = near[b][a] = score
    size = [1] * n
    members: list[list[int] | None] = [[i] for i in range(n)]

    def best(a: int) -> tuple[float, int] | None:
        own, top, partner = size[a], -1.0, -1
        for c, total in near[a].items():
            pairs = own * size[c]
            if total >= floor * pairs:
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
            continue
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


def random_links(rng: random.Random, n: int, density: float, values: list[int]) -> list[tuple[int, int, int]]:
    return [(a, b, rng.choice(values)) for a in range(n) for b in range(a + 1, n) if rng.random() < density]


@pytest.mark.parametrize("kept", [1, 2, average_link_module.KEPT])
@pytest.mark.parametrize("seed", range(120))
def test_join_groups_is_the_greedy_by_definition_on_small_folders_full_of_ties(seed: int, kept: int,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # (fewer partners kept: the groups' other partners, their best mean "rest", and its ties, come up more often)
    monkeypatch.setattr(average_link_module, "KEPT", kept)
    rng = random.Random(seed)
    n = rng.randint(1, 11)
    values = rng.choice([[3, 6], [1, 2, 3, 4, 5, 6], [10, 10, 7, 4], list(range(1, 40))])
    links = random_links(rng, n, rng.choice([0.2, 0.5, 0.9]), values)
    floor = rng.choice([1, 2, 3, 4])
    expected = by_definition(n, links, floor)
    assert plain_greedy(n, links, floor) == expected
    assert join_groups(n, links, floor) == expected


@pytest.mark.parametrize("kept", [1, average_link_module.KEPT])
@pytest.mark.parametrize("seed", range(16))
def test_join_groups_is_the_plain_greedy_on_larger_folders(seed: int, kept: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(average_link_module, "KEPT", kept)
    rng = random.Random(1000 + seed)
    n = rng.randint(30, 160)
    # few distinct scores (ties everywhere), or many (a one-topic folder: most pairs linked)
    values = rng.choice([[40, 80, 120], list(range(20, 400, 7)), list(range(1, 1000))])
    links = random_links(rng, n, rng.choice([0.05, 0.3, 0.8]), values)
    floor = rng.choice([10, 30, 60])
    assert join_groups(n, links, floor) == plain_greedy(n, links, floor)


def test_average_link_runs_join_groups_at_the_story_threshold_then_undoes_the_joins_cohesion_refuses() -> None:
    rng = random.Random(7)
    unit = STORY_UNITS * 20
    links = random_links(rng, 60, 0.4, [unit // 40, unit // 10, unit // 3, unit])
    joins: list[int] = []
    assert join_groups(60, links, STORY_UNITS, joins) == plain_greedy(60, links, STORY_UNITS)
    record: list[int] = []
    assert average_link(60, links, record) == cohesive_groups(60, joins) and record == joins


@pytest.mark.parametrize("kept", [1, 2])
def test_a_partner_not_kept_that_ties_the_kept_ones_best_wins_by_its_lower_position(
        kept: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(average_link_module, "KEPT", kept)
    # 2 and 3 join first (6). Then 0's best is a tie at mean 2: {2, 3} (4 over two pairs, the partner it kept
    # when 3 alone was its best) and 1 (2, not kept, or kept second): 1 is the lower position, so 0 joins 1.
    links = [(0, 1, 2), (0, 3, 4), (1, 2, 2), (2, 3, 6)]
    assert by_definition(4, links, 2) == [[0, 1], [2, 3]]
    assert join_groups(4, links, 2) == [[0, 1], [2, 3]]


@pytest.mark.parametrize("seed", range(150))
def test_join_groups_is_the_greedy_by_definition_when_few_scores_make_means_tie(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(average_link_module, "KEPT", 1 + seed % 2)
    rng = random.Random(seed)
    n = rng.randint(3, 9)
    links = random_links(rng, n, rng.choice([0.5, 0.9]), rng.choice([[3, 6], [2, 4, 6], [1, 2, 3, 4, 5, 6]]))
    floor = rng.choice([1, 2])
    assert join_groups(n, links, floor) == by_definition(n, links, floor)
