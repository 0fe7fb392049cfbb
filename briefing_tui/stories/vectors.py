"""Tf-idf vectors of the sources, trimmed to what tells one event from another, with a quantised idf.

A feature's weight in a source is ``(1 + log count) * (log((q(N) + 1) / (q(df) + 1)) + IDF_FLOOR)``:
frequent in the article, rare in the folder; the floor keeps a feature every source shares worth
something (in a folder of one event, "Central Asia" is in every article and still says what they
share: without the floor a one-event folder falls apart into its side topics). Function words are
already gone (see ``terms``); a feature found in one source only links nothing and is dropped.
Each vector keeps its :data:`VECTOR_TERMS` heaviest features and is scaled to length
:data:`WEIGHT_SCALE`, each weight rounded to a whole number: similarity is an integer dot product over
at most that many terms, exact in any order (a link found from either side, cold or after an edit, is
the same number), read as a cosine by dividing by ``WEIGHT_SCALE ** 2``.

**Quantised counts** (``q``): the number of sources N and each document frequency df are rounded to
a power of 2^(1/:data:`COUNT_STEPS`) before the idf is taken. With exact counts every addition to
the folder moves every idf (N changes) and so every vector; with rounded ones, a source's vector
changes only when the rounded frequency of one of its own features changes (N crossing a step is
rare: the next step after 2,000 sources is at 2,378). This is what lets the grouping be kept up
source by source (see ``stories.links``): whatever did not change is a function of unchanged
inputs, and everything is still a function of the folder alone.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from operator import mul

VECTOR_TERMS = 60  # features kept per source: enough for the event's names, places and figures
IDF_FLOOR = 1.0  # added to every idf (scikit-learn's smoothing adds 1): a feature of all sources still counts
COUNT_STEPS = 4  # steps per doubling the counts behind the idf are rounded to (2^(1/4): about 19% apart)
WEIGHT_SCALE = 1 << 15  # a vector's length in integer units (weights to about 1/30,000 of the length)

Vector = dict[str, int]


def document_frequencies(bags: Sequence[Counter]) -> Counter:
    """In how many sources each feature occurs."""
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    return df


@lru_cache(maxsize=4096)
def rounded_count(count: int) -> float:
    """``count`` rounded to the nearest power of 2^(1/COUNT_STEPS) (1 stays 1, 2 stays 2, 3 -> 2^(6/4))."""
    return 2.0 ** (round(math.log2(count) * COUNT_STEPS) / COUNT_STEPS)


def idf_table(df: Counter, n: int) -> dict[str, float]:
    """The idf of each feature found in more than one of ``n`` sources, from the rounded counts."""
    by_count = {count: feature_idf(count, n) for count in set(df.values())}
    return {term: by_count[count] for term, count in df.items() if count > 1}


def feature_idf(count: int, n: int) -> float | None:
    """The idf of a feature found in ``count`` of ``n`` sources (what :func:`idf_table` holds for it), None
    when it is in one source or none (it links nothing)."""
    if count <= 1:
        return None
    return math.log((rounded_count(n) + 1.0) / (rounded_count(count) + 1.0)) + IDF_FLOOR


def unit_vector(bag: Counter, idf: dict[str, float]) -> Vector:
    """One bag's weighted features, the VECTOR_TERMS heaviest, scaled to length WEIGHT_SCALE and rounded
    (empty: nothing shared)."""
    # (negative weights first: tuples sort heaviest first, ties by feature, without a Python key)
    ranked = sorted([(-(1.0 + math.log(count)) * idf[term], term) for term, count in bag.items()
                     if count >= 1.0 and term in idf])
    kept = [(t, -w) for w, t in ranked[:VECTOR_TERMS] if w < 0]
    scale = WEIGHT_SCALE / (math.sqrt(sum(w * w for _, w in kept)) or 1.0)
    return {t: r for t, w in kept if (r := round(w * scale))}


def tfidf_vectors(bags: Sequence[Counter]) -> list[Vector]:
    """One vector per bag of features (see :func:`unit_vector`; empty for a source with nothing shared)."""
    idf = idf_table(document_frequencies(bags), len(bags))
    return [unit_vector(bag, idf) for bag in bags]


def vector_digest(vector: Vector, day: int | None) -> str:
    """A digest of everything a source's links are made from: its vector (features in their order, exact
    weights) and its day."""
    return hashlib.sha1(repr((day, tuple(vector.items()))).encode("utf-8", "surrogatepass")).hexdigest()


def dot(a: Vector, b: Vector) -> int:
    """The integer dot product of two vectors (exact: the same whichever comes first)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0))))


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two vectors (their dot product over the squared scale)."""
    return dot(a, b) / (WEIGHT_SCALE * WEIGHT_SCALE)
