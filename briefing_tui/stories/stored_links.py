"""The links between a folder's sources kept in the index, so that after an edit only what changed is linked again.

A link between two sources is a function of their two vectors and days (``stories.cluster``). The index
keeps, for the last grouping of the corpus, each source's id, a digest of its vector and day
(:func:`~briefing_tui.stories.vectors.vector_digest`) and every link, by position (a JSON head, then
the links as 32-bit integers, deflated: a folder of one topic has tens of links per source). The next grouping
computes the vectors (cheap: each source's features are stored), and:

- keeps every stored link (two positions and their exact dot product) between two sources whose
  digests did not change;
- links each source whose digest changed (edited, added, or whose features' rounded frequencies
  moved) against every other source, the one scoring function every path uses;
- drops the links of removed sources.

The result is the same set of links a cold :func:`~briefing_tui.stories.cluster.all_links` finds, by
construction: an unchanged pair has the same inputs, a changed one is scored again. When many sources
changed (more than :data:`RELINK_ALL_SHARE`), or nothing usable is stored, all links are found afresh.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Sequence

from briefing_tui.store.backend import IndexBackend
from briefing_tui.stories.cluster import Link
from briefing_tui.stories.vectors import Vector, vector_digest

LINKS_KIND = "story links"
"""Result kind of the stored links (one record per index: the signature is the code's version)."""
LINK_TYPECODE = "i"
"""Stored links are 32-bit integers: positions, and dot products up to ``WEIGHT_SCALE ** 2`` (2^30)."""
HEAD_BYTES = 4
"""The record: the length of its JSON head (ids, digests) in this many bytes, the head, then the links."""
RELINK_ALL_SHARE = 0.25
"""When more than this share of the sources changed, every link is found afresh (the pruned search is cheaper)."""


class StoredLinks:
    """The links of a corpus's sources through an index; :attr:`relinked` counts the sources linked again."""

    def __init__(self, index: IndexBackend, version: str) -> None:
        self.index = index
        self.version = version
        self.relinked = 0
        """How many sources' links the last :meth:`links` call found again (all of them when nothing was reused)."""

    def links(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None]) -> list[Link]:
        """Every linked pair of positions, those between unchanged sources read back from the index."""
        from briefing_tui.stories.cluster import all_links, links_of

        n = len(ids)
        digests = [vector_digest(v, d) for v, d in zip(vectors, days)]
        prior = self._read()
        position = {sid: k for k, sid in enumerate(ids)}
        if len(position) != n:  # (ids repeat: nothing to key the links by)
            self.relinked = n
            return all_links(vectors, days)
        same = [False] * n
        if prior is not None:
            old_ids, old_digests, _ = prior
            for k, (sid, digest) in enumerate(zip(old_ids, old_digests)):
                at = position.get(sid)
                if at is not None and digests[at] == digest:
                    same[at] = True
        changed = [k for k in range(n) if not same[k]]
        if prior is None or len(changed) > RELINK_ALL_SHARE * n:
            links = all_links(vectors, days)
            self.relinked = n
        else:
            old_ids, _, old_links = prior
            if old_ids == list(ids):  # (the same sources in the same order: positions stand)
                links = [link for link in old_links if same[link[0]] and same[link[1]]] if changed else old_links
            else:
                moved = [position.get(sid, -1) for sid in old_ids]
                links = []
                for a, b, score in old_links:
                    a, b = moved[a], moved[b]
                    if a >= 0 and b >= 0 and same[a] and same[b]:
                        links.append((min(a, b), max(a, b), score))
            for c in changed:
                links.extend(links_of(c, vectors, days, [j for j in range(n) if same[j] or j > c]))
            self.relinked = len(changed)
        if prior is None or changed or len(prior[0]) != n:
            self._write(ids, digests, links)
        return links

    def _read(self) -> tuple[list[str], list[str], list[Link]] | None:
        import json

        blob = self.index.get_result(LINKS_KIND, self.version)
        if blob is None:
            return None
        try:
            data = zlib.decompress(blob)
            size = int.from_bytes(data[:HEAD_BYTES], "big")
            head = json.loads(data[HEAD_BYTES:HEAD_BYTES + size].decode("utf-8", "surrogatepass"))
            ids, digests = head["ids"], head["digests"]
            flat = array(LINK_TYPECODE)
            flat.frombytes(data[HEAD_BYTES + size:])
            n = len(ids)
            ends = flat[::3] + flat[1::3]
            if not isinstance(ids, list) or len(digests) != n or len(flat) % 3 \
                    or (ends and not 0 <= min(ends) <= max(ends) < n):
                return None
            return ids, digests, list(zip(flat[::3], flat[1::3], flat[2::3]))
        except (zlib.error, UnicodeDecodeError, KeyError, TypeError, ValueError):
            return None

    def _write(self, ids: Sequence[str], digests: Sequence[str], links: Sequence[Link]) -> None:
        import json

        head = json.dumps({"ids": list(ids), "digests": list(digests)}, ensure_ascii=False).encode(
            "utf-8", "surrogatepass")
        flat = array(LINK_TYPECODE, [k for link in links for k in link])
        blob = zlib.compress(len(head).to_bytes(HEAD_BYTES, "big") + head + flat.tobytes(), 1)
        self.index.put_result(LINKS_KIND, self.version, blob)
