"""The bytes of the stored links record (``stories.stored_links``): a JSON head and packed integer columns.

The record keeps the last grouping of a folder: each source's id and digest, the stories of each connected
component, every link, and what the vectors were made from (each source's vector and the identity of its
features, the document frequencies and the number of sources). Everything numerous is a column of 32-bit
integers rather than JSON, so that reading the record back after an edit costs little beside the grouping
it saves:

- the head (JSON): ids, digests, each source's day, stories, the members of each connected component of two
  sources or more, the joins average link made in each (by component key: two names and a total each, in
  order: what ``stories.replay_link`` replays after an edit), and with the vectors the identities, the number of sources, the feature names (those of the
  document frequencies, in their order) and the length of each column;
- the columns: each feature's document frequency, each vector's length, each vector's (feature, weight)
  pairs in the vector's own order (a vector's digest reads its order), each source's number of features
  and its features (what it added to the frequencies: taken away again when it changes), then the links
  (two positions and their dot product each).

The whole is deflated. A record that does not read back as this shape is no record (None).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import NamedTuple

from briefing_tui.stories.cluster import Link
from briefing_tui.stories.vectors import Vector

LINK_TYPECODE = "i"
"""Every column holds 32-bit integers: positions, counts, weights (up to ``WEIGHT_SCALE``) and dot products
(up to ``WEIGHT_SCALE ** 2``, 2^30)."""
HEAD_BYTES = 4
"""The record: the length of its JSON head in this many bytes, the head, then the columns."""
COMPRESS_LEVEL = 1
"""zlib level of the record (a folder of one topic has tens of links per source: speed over size)."""


@dataclass
class Stored:
    """A record read back: ids, digests, each source's day, links, each component's stories (by component key)
    and the members of each component of two sources or more (positions, in order of first member)."""

    ids: list[str]
    digests: list[str]
    days: list[int | None]
    flat: array
    """The links, three integers each (made into :attr:`links` when asked for)."""
    stories: dict[str, list[list[int]]]
    components: list[list[int]]
    joins: dict[str, list[int]] = field(default_factory=dict)
    """Each component's joins by its key (three integers each: the groups' names in the component, lower
    first, and their total link), as ``average_link.join_groups`` made them."""
    made: list[Link] | None = field(default=None, init=False, repr=False)
    """:attr:`links` once made."""

    @property
    def links(self) -> list[Link]:
        """Every link (two positions and their dot product)."""
        if self.made is None:
            flat = self.flat
            self.made = list(zip(flat[::3], flat[1::3], flat[2::3]))
        return self.made


@dataclass
class Held:
    """Each source's features as a record holds them (read one source at a time, on demand)."""

    names: list[str]
    spans: dict[str, tuple[int, int]]
    flat: array
    vectors: dict[str, Vector] = field(default_factory=dict)
    """Each source's vector as read from the record (the very objects its :class:`Weighed` holds), by id."""
    pair_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each of those vectors' (feature, weight) pairs lie in :attr:`pairs`, by id."""
    pairs: array = field(default_factory=lambda: array(LINK_TYPECODE))
    """The record's column of every vector's (feature position, weight) pairs."""

    def of(self, sid: str) -> list[str] | None:
        """The features of source ``sid`` (the keys of its bag), None when the record holds none for it."""
        span = self.spans.get(sid)
        return None if span is None else [self.names[k] for k in self.flat[span[0]:span[1]]]


@dataclass
class Weighed:
    """What a record keeps of the vectors: each source's vector and features' identity by id, the document
    frequencies and the number of sources they were counted over, and each source's features (all from one
    grouping: consistent)."""

    vectors: dict[str, tuple[str, Vector]]
    df: dict[str, int]
    n: int
    features: dict[str, list[str]] = field(default_factory=dict)
    """Each source's features (the keys of its bag) where known here, by id."""
    held: Held | None = None
    """The features of the others, as the record read last holds them."""

    def features_of(self, sid: str) -> list[str] | None:
        """The features source ``sid`` was weighed with, None when not known."""
        got = self.features.get(sid)
        if got is None and self.held is not None:
            got = self.held.of(sid)
        return got


class Encoded(NamedTuple):
    """A record's bytes, and how many of its vectors were packed from their features (the others' columns were
    copied from the record read last: :func:`encode_record`)."""

    blob: bytes
    repacked: int


def encode(ids: Sequence[str], digests: Sequence[str], days: Sequence[int | None], links: Sequence[Link],
           stories: Mapping[str, list[list[int]]], components: Sequence[list[int]], weighed: Weighed | None,
           joins: Mapping[str, list[int]] | None = None) -> bytes:
    """The record's bytes (:func:`encode_record`)."""
    return encode_record(ids, digests, days, links, stories, components, weighed, joins).blob


def encode_record(ids: Sequence[str], digests: Sequence[str], days: Sequence[int | None], links: Sequence[Link],
                  stories: Mapping[str, list[list[int]]], components: Sequence[list[int]], weighed: Weighed | None,
                  joins: Mapping[str, list[int]] | None = None) -> Encoded:
    """The record's bytes; the vectors are left out when ``weighed`` is not the vectors of exactly ``ids``
    (or a vector holds a feature the frequencies do not). ``components``: those of two sources or more;
    ``joins``: the joins of those whose joins are known, by component key. A vector the record read last holds
    as it is keeps its packed pairs (copied, not packed again) when the features begin with that record's (its
    positions stand): after an edit only the vectors weighed again are packed, the same bytes either way."""
    head: dict[str, object] = {"ids": list(ids), "digests": list(digests), "days": list(days),
                               "stories": dict(stories), "components": [list(c) for c in components],
                               "joins": dict(joins or {})}
    columns = array(LINK_TYPECODE)
    repacked = 0
    if weighed is not None and weighed.n == len(ids) and all(sid in weighed.vectors for sid in ids):
        features = list(weighed.df)
        at = {t: k for k, t in enumerate(features)}
        rows = [weighed.vectors[sid] for sid in ids]
        prior = weighed.held
        if prior is not None and features[:len(prior.names)] != prior.names:
            prior = None  # (positions moved: every column is made afresh)
        held = _held_columns(ids, weighed, at, prior)
        packed = _pair_column(ids, rows, at, prior)
        if packed is not None and held is not None:
            pairs, repacked = packed
            sizes = [len(vector) for _, vector in rows]
            head.update(identities=[identity for identity, _ in rows], n=weighed.n, features=features,
                        columns=[len(features), len(sizes), len(pairs), len(held[1])])
            columns.extend(weighed.df.values())
            columns.extend(sizes)
            columns.extend(pairs)
            columns.extend(held[0])
            columns.extend(held[1])
    columns.extend(chain.from_iterable(links))
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return Encoded(zlib.compress(len(text).to_bytes(HEAD_BYTES, "big") + text + columns.tobytes(), COMPRESS_LEVEL),
                   repacked)


def _pair_column(ids: Sequence[str], rows: Sequence[tuple[str, Vector]], at: Mapping[str, int], prior: Held | None
                 ) -> tuple[array, int] | None:
    """Each vector's (feature position, weight) pairs in the vector's own order, and how many vectors were packed;
    a vector ``prior`` (the record read last, its positions standing) holds as it is (the same object) copied from
    its column. None when a vector holds a feature ``at`` does not."""
    pairs, packed = array(LINK_TYPECODE), 0
    for sid, (_, vector) in zip(ids, rows):
        span = prior.pair_spans.get(sid) if prior is not None and prior.vectors.get(sid) is vector else None
        if span is not None:
            pairs.extend(prior.pairs[span[0]:span[1]])  # type: ignore[union-attr]
            continue
        if not all(t in at for t in vector):
            return None
        pairs.extend([x for t, w in vector.items() for x in (at[t], w)])
        packed += 1
    return pairs, packed


def _held_columns(ids: Sequence[str], weighed: Weighed, at: Mapping[str, int], prior: Held | None
                  ) -> tuple[array, array] | None:
    """Each source's number of features and its features by position in ``at``; None when some source's
    are not known. A source's features held by ``prior`` (the record read last, when the features begin with
    its own: its positions stand) are copied as they are."""
    sizes, flat = array(LINK_TYPECODE), array(LINK_TYPECODE)
    for sid in ids:
        own = weighed.features.get(sid)
        span = prior.spans.get(sid) if prior is not None and own is None else None
        if span is not None:
            flat.extend(prior.flat[span[0]:span[1]])  # type: ignore[union-attr]
            sizes.append(span[1] - span[0])
            continue
        if own is None:
            own = weighed.features_of(sid)
            if own is None:
                return None
        flat.extend(at[t] for t in own)
        sizes.append(len(own))
    return sizes, flat


def decode(blob: bytes) -> tuple[Stored, Weighed | None] | None:
    """A record read back and the vectors it keeps (None when it keeps none); None when it is no record."""
    try:
        data = zlib.decompress(blob)
        size = int.from_bytes(data[:HEAD_BYTES], "big")
        head = json.loads(data[HEAD_BYTES:HEAD_BYTES + size].decode("utf-8", "surrogatepass"))
        ids, digests, stories = head["ids"], head["digests"], head["stories"]
        days, components = head["days"], head["components"]
        flat = array(LINK_TYPECODE)
        flat.frombytes(data[HEAD_BYTES + size:])
        n = len(ids)
        if not isinstance(ids, list) or not isinstance(stories, dict) or len(digests) != n or len(days) != n \
                or not all(isinstance(d, int) or d is None for d in days) or not _partial_partition(components, n):
            return None
        weighed = None
        if "columns" in head:
            features, (f, s, p, h) = head["features"], head["columns"]
            parts = [flat[a:b] for a, b in _spans([f, s, p, s, h])]
            weighed = _weighed(ids, head["identities"], features, head["n"], *parts)
            flat = flat[f + s + p + s + h:]
        ends = flat[::3] + flat[1::3]
        if len(flat) % 3 or (ends and not 0 <= min(ends) <= max(ends) < n):
            return None
        joins = head.get("joins", {})
        if not isinstance(joins, dict) or not all(
                isinstance(v, list) and len(v) % 3 == 0 and all(isinstance(x, int) for x in v) for v in joins.values()):
            return None
        return Stored(ids, digests, days, flat, stories, components, joins), weighed
    except (zlib.error, UnicodeDecodeError, KeyError, TypeError, ValueError, IndexError):
        return None


def _partial_partition(components: object, n: int) -> bool:
    """Whether ``components`` are lists of positions below ``n``, each sorted and no position in two."""
    if not isinstance(components, list):
        return False
    seen: set[int] = set()
    for members in components:
        if not isinstance(members, list) or not all(isinstance(i, int) and 0 <= i < n for i in members) \
                or members != sorted(members) or seen.intersection(members):
            return False
        seen.update(members)
    return True


def _spans(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of these lengths."""
    out, at = [], 0
    for length in lengths:
        out.append((at, at + length))
        at += length
    return out


def _weighed(ids: list[str], identities: list[str], features: list[str], n: int, df: array, sizes: array,
             pairs: array, bag_sizes: array, held: array) -> Weighed | None:
    """The vectors and features of a record's columns, None when they are not in their shape."""
    if len(identities) != len(ids) or len(df) != len(features) or len(sizes) != len(ids) \
            or sum(sizes) * 2 != len(pairs) or len(bag_sizes) != len(ids) or sum(bag_sizes) != len(held) \
            or not isinstance(n, int) or (pairs and not 0 <= min(pairs[::2]) <= max(pairs[::2]) < len(features)) \
            or (held and not 0 <= min(held) <= max(held) < len(features)):
        return None
    names = [str(t) for t in features]
    vectors: dict[str, tuple[str, Vector]] = {}
    made: dict[str, Vector] = {}
    pair_spans: dict[str, tuple[int, int]] = {}
    start = 0
    for sid, identity, size in zip(ids, identities, sizes):
        end = start + 2 * size
        vector = made[sid] = dict(zip(map(names.__getitem__, pairs[start:end:2]), pairs[start + 1:end:2]))
        vectors[sid] = (str(identity), vector)
        pair_spans[sid] = (start, end)
        start = end
    spans = dict(zip(ids, _spans(bag_sizes)))
    return Weighed(vectors, dict(zip(names, df)), n, held=Held(names, spans, held, made, pair_spans, pairs))


def component_key(ids: Sequence[str], digests: Sequence[str], members: Sequence[int]) -> str:
    """What a component's stories and joins are kept under: a digest of its members' ids and vector digests."""
    return hashlib.sha1("\n".join(f"{ids[i]}\0{digests[i]}" for i in members).encode(
        "utf-8", "surrogatepass")).hexdigest()
