"""How a cached analysis is stored so that a quick lookup decodes only what it shows.

The stored value has two compressed parts. The head holds the quotes, the problems and one row per
entity (id, name, type, aliases, roles, mention count, source ids): all that ``briefing quotes`` and
``briefing entities`` print. The tail holds every entity's mentions and the quoted terms; it is
neither decompressed nor decoded until something looks inside one of those lists
(:class:`~briefing_tui.store.lazy_list.LazyList`), and then decoded once for all of them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from briefing_tui.model import Entity
from briefing_tui.store.codec import CodecError, encode_value, pack, unpack_value
from briefing_tui.store.lazy_list import LazyList

MAGIC = b"\x00analysis/2\x00"
_LENGTH = 8  # bytes of the head's length, after MAGIC


class _Tail:
    """The stored tail, decoded on first use: [terms, mentions of entity 0, of entity 1, ...]."""

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob
        self._items: list = []

    def item(self, i: int) -> list:
        if self._blob is not None:
            items, self._blob = unpack_value(self._blob), None
            if not isinstance(items, list) or not all(isinstance(x, list) for x in items):
                raise CodecError("malformed stored analysis tail")
            self._items = items
        try:
            return self._items[i]
        except IndexError:
            raise CodecError("stored analysis tail is too short") from None


def pack_analysis(analysis: Any) -> bytes:
    """The stored form of an ``extract.Analysis`` (see the module docstring)."""
    rows = [[e.id, e.name, e.type, list(e.aliases), list(e.roles), len(e.mentions), e.sources]
            for e in analysis.entities]
    rest = dataclasses.replace(analysis, entities=[], terms=[])
    head = pack({"analysis": encode_value(rest), "entities": rows, "terms": len(analysis.terms)})
    tail = pack([encode_value(list(analysis.terms)), *(encode_value(list(e.mentions)) for e in analysis.entities)])
    return MAGIC + len(head).to_bytes(_LENGTH, "big") + head + tail


def unpack_analysis(blob: bytes) -> Any:
    """The inverse of :func:`pack_analysis`; CodecError for anything else (an older format too)."""
    if not blob.startswith(MAGIC):
        raise CodecError("stored analysis has another format")
    at = len(MAGIC) + _LENGTH
    end = at + int.from_bytes(blob[len(MAGIC):at], "big")
    data = unpack_value(blob[at:end])
    tail = _Tail(blob[end:])

    def lazy(i: int, count: int, sources: list[str] | None = None) -> list:
        return LazyList(pending=i, count=count, decode=tail.item, sources=sources) if count else []

    try:
        analysis = data["analysis"]
        analysis.entities = [Entity(id_, name, type_, aliases, lazy(i + 1, count, sources), roles)
                             for i, (id_, name, type_, aliases, roles, count, sources) in enumerate(data["entities"])]
        analysis.terms = lazy(0, data["terms"])
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise CodecError(f"malformed stored analysis: {exc}") from None
    return analysis
