"""Tf-idf vectors of the sources, trimmed to what tells one event from another.

A feature's weight in a source is ``(1 + log count) * log((N + 1) / (df + 1))``: frequent in the
article, rare in the folder. A feature found in one source only links nothing and is dropped; so is
one found in more than :data:`MAX_DF_SHARE` of a large folder (it is the folder's language, not an
event's). Each vector keeps its :data:`VECTOR_TERMS` heaviest features and is scaled to length 1,
so similarity is a dot product over at most that many terms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

VECTOR_TERMS = 60  # features kept per source: enough for the event's names, places and figures
MAX_DF_SHARE = 0.5  # in a folder of MIN_SOURCES_FOR_DF_CUT or more, a feature in over half the sources is dropped
MIN_SOURCES_FOR_DF_CUT = 8  # below this, every shared feature is kept (a small folder is often one event)

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
    ceiling = n * MAX_DF_SHARE if n >= MIN_SOURCES_FOR_DF_CUT else n
    idf = {term: math.log((n + 1) / (count + 1)) for term, count in df.items() if 1 < count <= ceiling}
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
    return sum(w * b.get(t, 0.0) for t, w in a.items())
