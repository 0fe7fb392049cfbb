"""Tf-idf vectors of the sources, trimmed to what tells one event from another.

A feature's weight in a source is ``(1 + log count) * (log((N + 1) / (df + 1)) + IDF_FLOOR)``:
frequent in the article, rare in the folder; the floor keeps a feature every source shares worth
something (in a folder of one event, "Central Asia" is in every article and still says what they
share: without the floor a one-event folder falls apart into its side topics). Function words are
already gone (see ``terms``); a feature found in one source only links nothing and is dropped.
Each vector keeps its :data:`VECTOR_TERMS` heaviest features and is scaled to length 1, so
similarity is a dot product over at most that many terms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import repeat
from operator import mul

VECTOR_TERMS = 60  # features kept per source: enough for the event's names, places and figures
IDF_FLOOR = 1.0  # added to every idf (scikit-learn's smoothing adds 1): a feature of all sources still counts

Vector = dict[str, float]


def document_frequencies(bags: Sequence[Counter]) -> Counter:
    """In how many sources each feature occurs."""
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    return df


def tfidf_vectors(bags: Sequence[Counter]) -> list[Vector]:
    """One unit-length vector per bag of features (empty for a source with nothing shared)."""
    n = len(bags)
    df = document_frequencies(bags)
    idf = {term: math.log((n + 1) / (count + 1)) + IDF_FLOOR for term, count in df.items() if count > 1}
    vectors: list[Vector] = []
    for bag in bags:
        weighted = [(term, (1.0 + math.log(count)) * idf[term]) for term, count in bag.items()
                    if term in idf and count >= 1.0]
        weighted = [(t, w) for t, w in weighted if w > 0]
        weighted.sort(key=lambda tw: (-tw[1], tw[0]))
        kept = weighted[:VECTOR_TERMS]
        norm = math.sqrt(sum(w * w for _, w in kept)) or 1.0
        vectors.append({t: w / norm for t, w in kept})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """The dot product of two unit vectors (their cosine)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
