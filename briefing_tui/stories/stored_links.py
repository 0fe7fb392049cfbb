"""The links between a folder's sources, and the stories of each group of linked sources, kept in the index so
that after an edit only what changed is linked and grouped again.

A link between two sources is a function of their two vectors and days (``stories.cluster``). The index
keeps, for the last grouping of the corpus, each source's id, a digest of its vector and day
(:func:`~briefing_tui.stories.vectors.vector_digest`), every link by position, and the stories found in
each connected component of the links; and what the vectors were made from: each source's vector and
the identity of its features (its content key, or a digest of them), and the document frequencies.
The next grouping takes each source's vector from the record when its features are the same and the
idf of none of them moved (a vector reads the idf of its own features only: an addition moves a few
features' rounded frequencies, so most vectors are read back, not weighed again), computes the others
(:meth:`StoredLinks.vectors`), and:

- keeps every stored link (two positions and their exact dot product) between two sources whose
  digests did not change;
- links each source whose digest changed (edited, added, or whose features' rounded frequencies
  moved) against every other source, the one scoring function every path uses;
- drops the links of removed sources;
- takes the connected components of the links: average link never joins two components, and within
  one its result depends only on the members (in order) and their vectors and days, so a component
  whose members and digests are those of a stored one keeps its stories; the others are grouped again.

The result is the stories a cold :func:`~briefing_tui.stories.cluster.cluster_sources` finds, by
construction: an unchanged pair or component has the same inputs, a changed one is computed again.
When many sources changed (more than :data:`RELINK_ALL_SHARE`), or nothing usable is stored, all links
are found afresh. The record is a JSON head (ids, digests, each component's stories) and the links as
32-bit integers, deflated (a folder of one topic has tens of links per source).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing_tui.store.backend import IndexBackend
from briefing_tui.stories import cluster
from briefing_tui.stories.cluster import Link
from briefing_tui.stories.vectors import Vector, document_frequencies, idf_table, unit_vector, vector_digest

LINKS_KIND = "story links"
"""Result kind of the stored links (one record per index: the signature is the code's version)."""
LINK_TYPECODE = "i"
"""Stored links are 32-bit integers: positions, and dot products up to ``WEIGHT_SCALE ** 2`` (2^30)."""
HEAD_BYTES = 4
"""The record: the length of its JSON head in this many bytes, the head, then the links."""
RELINK_ALL_SHARE = 0.5
"""When more than this share of the sources changed, every link is found afresh (``all_links``: on the 2,001
generated one-topic articles, linking 380 changed sources through packed columns took 0.4 s CPU and all
2,001 of them 1.9 s, where the pruned search of every link took 11 s; at 10,000 the columns take more
batches, so past half the folder the pruned search is kept)."""

RECORD_VERSION = 2
"""The record's shape (2: with each source's vector, its features' identity and the document frequencies)."""

Stored = tuple[list[str], list[str], list[Link], dict[str, list[list[int]]]]
"""A record read back: ids, digests, links, and each component's stories (by component key)."""


@dataclass
class Weighed:
    """What a record keeps of the vectors: each source's vector and features' identity by id, the document
    frequencies and the number of sources they were counted over (all from one grouping: consistent)."""

    vectors: dict[str, tuple[str, Vector]]
    df: dict[str, int]
    n: int


class StoredLinks:
    """The stories of a corpus's sources through an index (see the module docstring); :attr:`relinked` and
    :attr:`regrouped` count the work the last call did."""

    def __init__(self, index: IndexBackend, version: str, keys: Mapping[str, str] | None = None) -> None:
        self.index = index
        self.version = f"{version}\0{RECORD_VERSION}"
        self.keys = keys
        """Source id -> content key (what its features are made from); None: a digest of the features."""
        self.reweighed = 0
        """How many vectors the last :meth:`vectors` call weighed (the others were read from the record)."""
        self._prior: Stored | None = None
        self._read_once = False
        self._weighed: Weighed | None = None
        """The vectors of this grouping (written with its links)."""
        self._old_weighed: Weighed | None = None
        """The vectors of the record read last (None when it keeps none)."""
        self.relinked = 0
        """How many sources the last :meth:`groups` call linked again (all of them when nothing was reused)."""
        self.regrouped = 0
        """How many sources the last :meth:`groups` call grouped again (the members of changed components)."""

    def vectors(self, ids: Sequence[str], bags: Sequence[Counter]) -> list[Vector]:
        """``tfidf_vectors(bags)``, each vector read from the record when its source's features are those it
        was weighed from and none of their idfs moved since (see the module docstring)."""
        n = len(bags)
        df = document_frequencies(bags)
        idf = idf_table(df, n)
        if len(set(ids)) != n:  # (ids repeat: nothing to key the vectors by)
            self.reweighed = n
            return [unit_vector(bag, idf) for bag in bags]
        identities = [self._identity(sid, bag) for sid, bag in zip(ids, bags)]
        self._weighed = Weighed({}, dict(df), n)
        self._prior = self._read()
        self._read_once = True
        old = self._old_weighed
        moved: set[str] = set()
        if old is not None:
            before = idf_table(Counter(old.df), old.n)
            moved = {t for t in before.keys() | idf.keys() if before.get(t) != idf.get(t)}
        out: list[Vector] = []
        self.reweighed = 0
        for sid, bag, identity in zip(ids, bags, identities):
            kept = old.vectors.get(sid) if old is not None else None
            if kept is not None and kept[0] == identity and moved.isdisjoint(bag):
                vector = kept[1]
            else:
                vector = unit_vector(bag, idf)
                self.reweighed += 1
            out.append(vector)
            self._weighed.vectors[sid] = (identity, vector)
        return out

    def _identity(self, sid: str, bag: Counter) -> str:
        """What a source's features are made from: its content key, else a digest of the features."""
        key = self.keys.get(sid) if self.keys is not None else None
        if key:
            return key
        return hashlib.sha1(repr(sorted(bag.items())).encode("utf-8", "surrogatepass")).hexdigest()

    def groups(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None]) -> list[list[int]]:
        """``cluster_sources(vectors, days)``: groups of positions, each sorted, in order of first member."""
        n = len(ids)
        if len(set(ids)) != n:  # (ids repeat: nothing to key the links by)
            self.relinked = self.regrouped = n
            return cluster.average_link(n, cluster.all_links(vectors, days))
        digests = [vector_digest(v, d) for v, d in zip(vectors, days)]
        prior = self._prior if self._read_once else self._read()
        self._read_once = False
        links, changed = self._links(ids, vectors, days, digests, prior)
        kept = prior[3] if prior is not None else {}
        found: dict[str, list[list[int]]] = {}
        groups: list[list[int]] = []
        self.regrouped = 0
        members_of = cluster.components(n, links)
        root = [0] * n
        for k, members in enumerate(members_of):
            for i in members:
                root[i] = k
        inside: list[list[Link]] = [[] for _ in members_of]
        for link in links:
            inside[root[link[0]]].append(link)
        for members, own in zip(members_of, inside):
            if len(members) == 1:
                groups.append(members)
                continue
            key = hashlib.sha1("\n".join(f"{ids[i]}\0{digests[i]}" for i in members).encode(
                "utf-8", "surrogatepass")).hexdigest()
            local = kept.get(key)
            if local is None or sorted(i for g in local for i in g) != list(range(len(members))):
                at = {i: k for k, i in enumerate(members)}
                local = cluster.average_link(len(members), [(at[a], at[b], score) for a, b, score in own])
                self.regrouped += len(members)
            found[key] = local
            groups.extend([members[i] for i in group] for group in local)
        if prior is None or changed or len(prior[0]) != n or prior[0] != list(ids) or self.reweighed:
            self._write(ids, digests, links, found)
        groups.sort(key=lambda group: group[0])
        return groups

    def _links(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None],
               digests: Sequence[str], prior: Stored | None) -> tuple[list[Link], list[int]]:
        """Every link, those between unchanged sources read back; and the positions of the changed sources."""
        n = len(ids)
        position = {sid: k for k, sid in enumerate(ids)}
        same = [False] * n
        if prior is not None:
            for sid, digest in zip(prior[0], prior[1]):
                at = position.get(sid)
                if at is not None and digests[at] == digest:
                    same[at] = True
        changed = [k for k in range(n) if not same[k]]
        if prior is None or len(changed) > RELINK_ALL_SHARE * n:
            self.relinked = n
            return cluster.all_links(vectors, days), changed
        old_ids, _, old_links, _ = prior
        if old_ids == list(ids):  # (the same sources in the same order: positions stand)
            links = [link for link in old_links if same[link[0]] and same[link[1]]] if changed else old_links
        else:
            moved = [position.get(sid, -1) for sid in old_ids]
            links = []
            for a, b, score in old_links:
                a, b = moved[a], moved[b]
                if a >= 0 and b >= 0 and same[a] and same[b]:
                    links.append((min(a, b), max(a, b), score))
        links.extend(cluster.links_among(changed, vectors, days))
        self.relinked = len(changed)
        return links, changed

    def _read(self) -> Stored | None:
        self._old_weighed = None
        blob = self.index.get_result(LINKS_KIND, self.version)
        if blob is None:
            return None
        try:
            data = zlib.decompress(blob)
            size = int.from_bytes(data[:HEAD_BYTES], "big")
            head = json.loads(data[HEAD_BYTES:HEAD_BYTES + size].decode("utf-8", "surrogatepass"))
            ids, digests, stories = head["ids"], head["digests"], head["stories"]
            flat = array(LINK_TYPECODE)
            flat.frombytes(data[HEAD_BYTES + size:])
            n = len(ids)
            ends = flat[::3] + flat[1::3]
            if not isinstance(ids, list) or not isinstance(stories, dict) or len(digests) != n or len(flat) % 3 \
                    or (ends and not 0 <= min(ends) <= max(ends) < n):
                return None
            self._old_weighed = _weighed_of(head)
            return ids, digests, list(zip(flat[::3], flat[1::3], flat[2::3])), stories
        except (zlib.error, UnicodeDecodeError, KeyError, TypeError, ValueError):
            return None

    def _write(self, ids: Sequence[str], digests: Sequence[str], links: Sequence[Link],
               stories: dict[str, list[list[int]]]) -> None:
        weighed = self._weighed
        record: dict[str, object] = {"ids": list(ids), "digests": list(digests), "stories": stories}
        if weighed is not None and weighed.n == len(ids) and all(sid in weighed.vectors for sid in ids):
            record.update(df=weighed.df, n=weighed.n,
                          vectors=[[weighed.vectors[sid][0], list(weighed.vectors[sid][1].items())] for sid in ids])
        head = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        flat = array(LINK_TYPECODE, [k for link in links for k in link])
        blob = zlib.compress(len(head).to_bytes(HEAD_BYTES, "big") + head + flat.tobytes(), 1)
        self.index.put_result(LINKS_KIND, self.version, blob)


def _weighed_of(head: dict) -> Weighed | None:
    """The vectors a record's head keeps, None when it keeps none (or not in their shape)."""
    try:
        ids, rows, df, n = head["ids"], head["vectors"], head["df"], head["n"]
        if len(rows) != len(ids) or not isinstance(df, dict) or not isinstance(n, int):
            return None
        vectors = {sid: (str(identity), {str(t): int(w) for t, w in pairs}) for sid, (identity, pairs) in zip(ids, rows)}
        return Weighed(vectors, {str(t): int(c) for t, c in df.items()}, n)
    except (KeyError, TypeError, ValueError):
        return None
