"""The links between a folder's sources kept in the index, so that after an edit only what changed is linked again.

A link between two sources is a function of their two vectors and days (``stories.cluster``). The index
keeps, for the last grouping of the corpus, each source's id, a digest of its vector and day
(:func:`~briefing_tui.stories.vectors.vector_digest`) and every link, by position. The next grouping
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

from collections.abc import Sequence

from briefing_tui.store.backend import IndexBackend
from briefing_tui.stories.cluster import Link
from briefing_tui.stories.vectors import Vector, vector_digest

LINKS_KIND = "story links"
"""Result kind of the stored links (one record per index: the signature is the code's version)."""
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
        from briefing_tui.store.codec import CodecError, unpack

        blob = self.index.get_result(LINKS_KIND, self.version)
        if blob is None:
            return None
        try:
            data = unpack(blob)
            ids, digests, flat = data["ids"], data["digests"], data["links"]
            n = len(ids)
            ends = flat[::3] + flat[1::3]
            if len(digests) != n or len(flat) % 3 or any(not 0 <= k < n for k in ends) \
                    or not all(isinstance(k, int) for k in flat):
                return None
            return list(ids), list(digests), list(zip(flat[::3], flat[1::3], flat[2::3]))
        except (CodecError, KeyError, TypeError, ValueError):
            return None

    def _write(self, ids: Sequence[str], digests: Sequence[str], links: Sequence[Link]) -> None:
        from briefing_tui.store.codec import pack

        flat = [k for link in links for k in link]
        self.index.put_result(LINKS_KIND, self.version, pack({"ids": list(ids), "digests": digests, "links": flat}))
