"""Average link replayed from the last grouping's joins (``stories.replay_link``) against average link run afresh
(``average_link.join_groups``) on random folders after random edits, additions and removals: the same groups and
the same joins, in the same order."""

from __future__ import annotations

import random

import pytest

from briefing_tui.stories.average_link import join_groups
from briefing_tui.stories.replay_link import replay_groups

Link = tuple[int, int, int]


def random_links(rng: random.Random, n: int, density: float, values: list[int]) -> dict[tuple[int, int], int]:
    return {(a, b): rng.choice(values) for a in range(n) for b in range(a + 1, n) if rng.random() < density}


def changed_folder(rng: random.Random, n: int, scores: dict[tuple[int, int], int], density: float, values: list[int],
                   edits: int, removals: int, additions: int) -> tuple[int, list[Link], list[int]]:
    """The folder after ``edits`` sources got new links, ``removals`` were removed and ``additions`` were put in at
    random places: its size, its links, and each old position's new one (-1: edited or removed)."""
    edited = set(rng.sample(range(n), min(edits, n)))
    removed = set(rng.sample(sorted(set(range(n)) - edited), min(removals, n - len(edited))))
    order: list[int] = [i for i in range(n) if i not in removed]
    for k in range(additions):
        order.insert(rng.randint(0, len(order)), n + k)
    at = {source: k for k, source in enumerate(order)}
    new: dict[tuple[int, int], int] = {}
    for (a, b), score in scores.items():
        if not {a, b} & (edited | removed):
            new[(at[a], at[b])] = score
    for source in edited | set(range(n, n + additions)):
        for other in range(len(order)):
            if other != at[source] and rng.random() < density:
                new[(min(other, at[source]), max(other, at[source]))] = rng.choice(values)
    old_to_new = [-1 if i in edited or i in removed else at[i] for i in range(n)]
    return len(order), sorted((a, b, score) for (a, b), score in new.items()), old_to_new


def check_replay(rng: random.Random, n: int, density: float, values: list[int], floor: int,
                 edits: int, removals: int, additions: int) -> None:
    scores = random_links(rng, n, density, values)
    record: list[int] = []
    join_groups(n, sorted((a, b, s) for (a, b), s in scores.items()), floor, record)
    size, links, old_to_new = changed_folder(rng, n, scores, density, values, edits, removals, additions)
    fresh: list[int] = []
    expected = join_groups(size, links, floor, fresh)
    replayed: list[int] = []
    assert replay_groups(size, links, floor, record, old_to_new, replayed) == expected
    assert replayed == fresh


@pytest.mark.parametrize("seed", range(200))
def test_a_replay_after_a_few_changes_makes_the_joins_average_link_makes_afresh_on_small_folders_full_of_ties(
        seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 14)
    values = rng.choice([[3, 6], [1, 2, 3, 4, 5, 6], [10, 10, 7, 4], list(range(1, 40))])
    check_replay(rng, n, rng.choice([0.2, 0.5, 0.9]), values, rng.choice([1, 2, 3, 4]),
                 edits=rng.randint(0, 3), removals=rng.randint(0, 2), additions=rng.randint(0, 2))


@pytest.mark.parametrize("seed", range(24))
def test_a_replay_after_one_edit_makes_the_joins_average_link_makes_afresh_on_larger_folders(seed: int) -> None:
    rng = random.Random(5000 + seed)
    n = rng.randint(40, 160)
    values = rng.choice([[40, 80, 120], list(range(20, 400, 7)), list(range(1, 1000))])
    check_replay(rng, n, rng.choice([0.05, 0.3, 0.8]), values, rng.choice([10, 30, 60]),
                 edits=1, removals=seed % 2, additions=seed % 3 == 0)


def test_with_nothing_changed_the_replay_makes_the_recorded_joins() -> None:
    rng = random.Random(3)
    scores = random_links(rng, 50, 0.4, [5, 10, 20, 40])
    links = sorted((a, b, s) for (a, b), s in scores.items())
    record: list[int] = []
    expected = join_groups(50, links, 10, record)
    replayed: list[int] = []
    assert replay_groups(50, links, 10, record, list(range(50)), replayed) == expected
    assert replayed == record


def test_an_edit_that_takes_a_source_out_of_its_group_leaves_its_old_partner_to_join_elsewhere() -> None:
    # Before: 0 and 1 join first (9), then {0, 1} takes 2 (means 4 and 4). After 1 is edited (its links now 1),
    # 0 joins 2 first (4), and 1, whose join the record can no longer make, joins nobody at floor 2.
    before = [(0, 1, 9), (0, 2, 4), (1, 2, 4)]
    record: list[int] = []
    assert join_groups(3, before, 2, record) == [[0, 1, 2]]
    after = [(0, 1, 1), (0, 2, 4), (1, 2, 1)]
    replayed: list[int] = []
    assert replay_groups(3, after, 2, record, [0, -1, 2], replayed) == [[0, 2], [1]] == join_groups(3, after, 2)
    assert replayed == [0, 2, 4]


def test_a_mapping_that_does_not_keep_the_old_order_is_not_replayed() -> None:
    record: list[int] = []
    join_groups(3, [(0, 1, 5), (1, 2, 4)], 1, record)
    assert replay_groups(3, [(0, 1, 5), (1, 2, 4)], 1, record, [2, 1, 0]) is None
