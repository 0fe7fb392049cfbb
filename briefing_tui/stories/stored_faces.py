"""Each story's face (lead, title, title basis, terms: ``describe.Face``) kept in the index beside the stored links
(``stories.stored_links``), so that only the stories whose members changed are described again.

A face is keyed by a digest of its members' ids, content keys and vector digests in corpus order: everything it
is made from. Faces that cannot be read back are worked out again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence

from briefing_tui.store.backend import IndexBackend
from briefing_tui.store.codec import CodecError, pack, unpack

FACES_KIND = "story faces"
"""Result kind of the stories' faces (lead, title, terms: ``describe.Face``) by a digest of their members' ids,
content keys and vector digests, so that only the stories whose members changed are described again."""

Faces = tuple[dict[str, tuple], set[str], list[str]]
"""The faces read (added to by ``describe``), the keys read, the keys asked for."""


def read_faces(index: IndexBackend, version: str, keys: Mapping[str, str], ids: Sequence[str],
               digests: Sequence[str]) -> tuple[dict, Callable[[Sequence[int]], str | None], Faces]:
    """The faces kept, the key of a group of positions (by ``ids``, their content ``keys`` and vector ``digests``)
    and what :func:`keep_faces` stores afterwards."""
    blob = index.get_result(FACES_KIND, version)
    try:
        kept = {str(k): (str(lead), str(title), str(basis), tuple(map(str, terms)))
                for k, (lead, title, basis, terms) in unpack(blob).items()} if blob is not None else {}
    except (AttributeError, CodecError, TypeError, ValueError):  # (not faces: all described again)
        kept = {}
    used: list[str] = []

    def group_key(members: Sequence[int]) -> str | None:
        parts = []
        for i in members:
            key = keys.get(ids[i])
            if not key:
                return None
            parts.append(f"{ids[i]}\0{key}\0{digests[i]}")
        digest = hashlib.sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
        used.append(digest)
        return digest

    return kept, group_key, (kept, set(kept), used)


def keep_faces(index: IndexBackend, version: str, kept: dict[str, tuple], before: set[str], used: list[str]) -> int:
    """Store the faces of a grouping's stories (``used``) when some were described afresh (not in ``before``): only
    those are kept. How many were described afresh."""
    described = sum(1 for k in used if k not in before)
    if described:
        index.put_result(FACES_KIND, version, pack({k: [*kept[k][:3], list(kept[k][3])] for k in used}, compress=False))
    return described
