"""claim_merge.clusters keeps each pair of clusters' average until one of them is joined: the same clusters as
weighing every pair again at each join (a reference of the rule as first written), on random scores."""

from __future__ import annotations

import random

from briefing_tui.compare.claim_merge import clusters

THRESHOLD = 0.5
CASES = 300  # random score tables compared


def reference(count, scores, threshold, allowed):
    """Greedy average-link, every linked pair of clusters weighed again at each join."""
    members = {i: [i] for i in range(count)}
    owner = list(range(count))
    while True:
        best, best_pair = threshold, None
        for ka, kb in sorted({(min(owner[p], owner[q]), max(owner[p], owner[q])) for p, q in scores
                              if owner[p] != owner[q]}):
            pairs = [(min(p, q), max(p, q)) for p in members[ka] for q in members[kb]]
            if not all(p in allowed for p in pairs):
                continue
            average = sum(scores.get(p, 0.0) for p in pairs) / len(pairs)
            if average >= best and (best_pair is None or average > best):
                best, best_pair = average, (ka, kb)
        if best_pair is None:
            return sorted(members.values())
        ka, kb = best_pair
        for i in members[kb]:
            owner[i] = ka
        members[ka] = sorted(members[ka] + members.pop(kb))


def test_kept_averages_give_the_reference_clusters():
    rng = random.Random(15)
    for _ in range(CASES):
        count = rng.randint(2, 14)
        pairs = [(i, j) for i in range(count) for j in range(i + 1, count)]
        allowed = {p for p in pairs if rng.random() < 0.8}
        # (ties on purpose: scores drawn from a few values)
        scores = {p: rng.choice([0.5, 0.6, 0.75, 0.9, 1.0]) for p in allowed if rng.random() < 0.5}
        assert clusters(count, scores, THRESHOLD, allowed) == reference(count, scores, THRESHOLD, allowed)
