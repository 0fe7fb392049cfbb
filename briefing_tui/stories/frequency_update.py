"""The vectors of a grouping from the last one's record when few sources changed (``stories.stored_links``).

The record's document frequencies are those of its sources' features; taking away the features a changed or
removed source had then (the record holds each source's features) and adding those it has now gives the
frequencies of the sources now, exactly, reading the changed sources' features alone. A vector reads the idf of
its own features only, from the rounded counts (``stories.vectors``): when none of its features' idf moved, an
unchanged source's vector is the record's. When some moved (a paragraph added to one article moves the rounded
frequency of a few of its words), the unchanged sources holding one of those features are weighed again from their
features, read alone: a few hundred of 2,000 sources rather than all of them read and counted again. The vectors
are those a cold weighing of every source gives, by construction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from briefing_tui.stories.links_record import Weighed
from briefing_tui.stories.vectors import (Vector, base_feature, feature_idf, frequency_keys, rounded_count, source_idf,
                                          unit_vector)

CHANGED_SHARE = 0.1
"""When at most this share of the sources changed (added, edited or removed), the document frequencies are
updated from the features of those sources alone (:func:`updated_vectors`) rather than counted again
over every source's features."""

Bags = Sequence[Counter] | Callable[[Sequence[int]], list[Counter]]
"""Each source's features: all of them, or a function giving those of the sources at some positions (so
that only the changed sources' features need be read)."""


@dataclass(frozen=True)
class Updated:
    """The vectors of every source, what they were weighed from, the positions of those weighed again (the
    others are the record's) and how many sources' features the frequencies were updated from."""

    vectors: list[Vector]
    weighed: Weighed
    weighed_again: list[int]
    counted: int


def updated_vectors(old: Weighed | None, keys: Mapping[str, str] | None, ids: Sequence[str], bags: Bags
                    ) -> Updated | None:
    """The vectors of the sources ``ids`` (content keys ``keys``) from the record's ``old`` vectors and
    frequencies (see the module docstring); None when nothing usable is kept, the rounded number of sources
    moved, or more than :data:`CHANGED_SHARE` of them changed (every source's features are then counted)."""
    n = len(ids)
    if old is None or keys is None or rounded_count(n) != rounded_count(old.n) \
            or any(not keys.get(sid) for sid in ids):
        return None
    changed = [k for k, sid in enumerate(ids) if (kept := old.vectors.get(sid)) is None or kept[0] != keys[sid]]
    now = set(ids)
    gone = [sid for sid, (identity, _) in old.vectors.items() if sid not in now or keys[sid] != identity]
    if len(changed) + len(gone) > CHANGED_SHARE * n:
        return None
    before = [old.features_of(sid) for sid in gone]
    if any(features is None for features in before):
        return None  # (the record does not hold them: counted again over every source)
    fresh = _read(bags, changed)
    df = dict(old.df)
    touched: set[str] = set()
    for features in before:
        for t in frequency_keys(features):  # type: ignore[arg-type]
            df[t] = df.get(t, 0) - 1
            touched.add(t)
    for bag in fresh:
        for t in frequency_keys(bag):
            df[t] = df.get(t, 0) + 1
            touched.add(t)
    moved: set[str] = set()
    for t in touched:
        count = df[t]
        if count < 0:
            return None  # (the record's frequencies are not its features': counted again)
        # (a count of 0 stays: the features keep their positions in the record, and it weighs nothing)
        if feature_idf(old.df.get(t, 0), old.n) != feature_idf(count, n):
            moved.add(base_feature(t))  # (a word's count among its language's sources: the sources holding it)
    holding = _holding(old, ids, changed, moved) if moved else []
    if holding is None:
        return None  # (the record does not hold some unchanged source's features: counted again)
    again = _read(bags, holding)
    if any(set(bag) != set(old.features_of(ids[k]) or ()) for k, bag in zip(holding, again)):
        return None  # (its features are not those the record holds, though its content is: counted again)
    weighed = Weighed({}, df, n, held=old.held)
    out = [old.vectors[sid][1] if sid in old.vectors else {} for sid in ids]
    for k, bag in zip([*changed, *holding], [*fresh, *again]):
        idf = {t: value for t in bag if (value := feature_idf(df[t], n)) is not None}
        out[k] = unit_vector(bag, source_idf(bag, df, idf))
        weighed.features[ids[k]] = list(bag)
    for sid, vector in zip(ids, out):
        weighed.vectors[sid] = (keys[sid], vector)
    return Updated(out, weighed, sorted([*changed, *holding]), len(changed) + len(gone))


def _read(bags: Bags, positions: Sequence[int]) -> list[Counter]:
    """The features of the sources at ``positions``."""
    if not positions:
        return []
    return bags(positions) if callable(bags) else [bags[k] for k in positions]


def _holding(old: Weighed, ids: Sequence[str], changed: Collection[int], moved: set[str]) -> list[int] | None:
    """The positions of the unchanged sources whose features (as the record holds them) include one of ``moved``;
    None when the record holds no features for one of them."""
    held, skip = old.held, set(changed)
    if held is None or old.features:
        return None  # (a record read back holds every source's features in its columns, and only there)
    wanted = {k for k, name in enumerate(held.names) if name in moved}
    out = []
    for k, sid in enumerate(ids):
        if k in skip:
            continue
        span = held.spans.get(sid)
        if span is None:
            return None
        if not wanted.isdisjoint(held.flat[span[0]:span[1]]):
            out.append(k)
    return out
