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

**Language** (:data:`LANGUAGE_MARK`): a source's bag holds its language's mark (count 0: it is no feature). A word
or a name of a source of a known language weighs by the lower of its idf over the folder and its idf over the
sources of that language: in a folder mostly in English, "gegen", "Milliarden" or "contra" are rare overall but
common in German or Spanish articles, and weighed over the folder alone they link every German or Spanish article
about anything. Figures keep the folder's idf (written alike in every language). The counts of each language's
sources and of each word or name among them are document frequencies like the others (keys
:func:`language_key`), counted, kept and updated with them; a vector holds its language's mark first (weight 0),
so that its links know it (``stories.cluster``).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import mul

VECTOR_TERMS = 60  # features kept per source: enough for the event's names, places and figures
IDF_FLOOR = 1.0  # added to every idf (scikit-learn's smoothing adds 1): a feature of all sources still counts
COUNT_STEPS = 4  # steps per doubling the counts behind the idf are rounded to (2^(1/4): about 19% apart)
WEIGHT_SCALE = 1 << 15  # a vector's length in integer units (weights to about 1/30,000 of the length)

Vector = dict[str, int]


LANGUAGE_MARK = "@"
"""The first character of a language's mark in a bag and a vector ("@de"), and of a feature's key among the
sources of that language in the document frequencies ("@de:w:gegen")."""
MIN_LANGUAGE_SOURCES = 4
"""A language's sources tell its common words from its rare ones when there are at least this many of them (a
lone article in a language would find every word of its own as common as it can be)."""
LANGUAGE_KINDS = ("w:", "n:")
"""Features weighed by their frequency among the sources of their own language too: words and names (not figures)."""


def language_mark(language: str) -> str:
    """The mark of a language in a bag, a vector and the document frequencies ("de" -> "@de")."""
    return LANGUAGE_MARK + language


def bag_language(bag: Counter | Vector) -> str | None:
    """The language mark a bag or vector holds, None when its language is unknown."""
    return next((t for t in bag if t[0] == LANGUAGE_MARK), None)


def vector_language(vector: Vector) -> str | None:
    """A vector's language mark (its first key), None when unknown."""
    first = next(iter(vector), "")
    return first if first[:1] == LANGUAGE_MARK else None


def language_key(mark: str, feature: str) -> str:
    """The key of ``feature`` among the sources of the language ``mark`` in the document frequencies."""
    return mark + ":" + feature


def base_feature(key: str) -> str:
    """The feature a document-frequency key counts ("@de:w:gegen" -> "w:gegen"; any other key is its own)."""
    return key.split(":", 1)[1] if key[0] == LANGUAGE_MARK and ":" in key else key


def frequency_keys(bag: Counter | Sequence[str]) -> list[str]:
    """The document-frequency keys a source adds to: its features (and its language's mark), and each word and
    name again among the sources of its language."""
    keys = list(bag)
    mark = bag_language(keys)  # type: ignore[arg-type]
    if mark is None:
        return keys
    return keys + [language_key(mark, t) for t in keys if t.startswith(LANGUAGE_KINDS)]


def document_frequencies(bags: Sequence[Counter]) -> Counter:
    """In how many sources each feature occurs (and each word and name among the sources of each language)."""
    df: Counter = Counter()
    for bag in bags:
        df.update(frequency_keys(bag))
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


@lru_cache(maxsize=65536)
def _lower_idf(folder: float, count: int, sources: int) -> float:
    """The lower of ``folder`` (a feature's idf over the folder) and its idf when found in ``count`` of a
    language's ``sources``."""
    return min(folder, math.log((rounded_count(sources) + 1.0) / (rounded_count(count) + 1.0)) + IDF_FLOOR)


def source_idf(bag: Counter, df: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    """The idf of each of a bag's features (``idf``: the folder's, :func:`idf_table`), a word's or a name's the
    lower of the folder's and that among the sources of the bag's language (see the module docstring)."""
    mark = bag_language(bag)
    sources = df.get(mark, 0) if mark is not None else 0
    out = {}
    for term in bag:
        value = idf.get(term)
        if value is not None:
            if sources >= MIN_LANGUAGE_SOURCES and term.startswith(LANGUAGE_KINDS):
                value = _lower_idf(value, df.get(language_key(mark, term), 1), sources)  # type: ignore[arg-type]
            out[term] = value
    return out


def unit_vector(bag: Counter, idf: Mapping[str, float]) -> Vector:
    """One bag's weighted features (``idf``: at least its own features', :func:`source_idf`), the VECTOR_TERMS
    heaviest, scaled to length WEIGHT_SCALE and rounded (empty: nothing shared), after the bag's language mark
    (weight 0) when the bag has one and something is shared."""
    # (negative weights first: tuples sort heaviest first, ties by feature, without a Python key)
    ranked = sorted([(-(1.0 + math.log(count)) * idf[term], term) for term, count in bag.items()
                     if count >= 1.0 and term in idf])
    kept = [(t, -w) for w, t in ranked[:VECTOR_TERMS] if w < 0]
    scale = WEIGHT_SCALE / (math.sqrt(sum(w * w for _, w in kept)) or 1.0)
    vector = {t: r for t, w in kept if (r := round(w * scale))}
    mark = bag_language(bag) if vector else None
    return {mark: 0, **vector} if mark is not None else vector


def tfidf_vectors(bags: Sequence[Counter]) -> list[Vector]:
    """One vector per bag of features (see :func:`unit_vector`; empty for a source with nothing shared)."""
    df = document_frequencies(bags)
    idf = idf_table(df, len(bags))
    return [unit_vector(bag, source_idf(bag, df, idf)) for bag in bags]


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
