"""Every entity's mentions stored source by source, so that an edit encodes only its own sources' mentions.

A stored analysis (:mod:`briefing_tui.store.analysis_codec`) used to hold the mentions entity by entity,
as one compressed list: after one edited article among 2,000, all 70k mentions were encoded again. Here
they are stored in three parts:

- the *index*: the source ids in order (sorted, as an entity lists its mentions), and for each the
  byte size of its piece and how many mentions it holds;
- the *assignment*: for every mention, in the pieces' order, the number of the entity it belongs to
  (4-byte integers, not compressed);
- the *pieces*: each source's mentions (start, end, text, sentence), sorted by start, end and text,
  one compressed JSON list per source.

A source's piece depends on its names alone (every place and organisation and every confirmed person it
names is a mention of some entity), not on how the corpus resolved them: the resolution is in the
assignment, made again every run (a walk over the mentions), while a piece stored under the same key
(:class:`~briefing_tui.extract.AnalysisPieces`, the index's) is copied as it is. An entity's mentions read
back are the pieces' rows of its number, source by source: the order it listed them in when every
entity lists its mentions of one source by start, end and text (else the analysis is stored entity by
entity, as before).
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from collections.abc import Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from briefing_tui.model import MentionSpans
from briefing_tui.store.codec import CodecError, pack, unpack_value

if TYPE_CHECKING:
    from briefing_tui.extract import AnalysisPieces
    from briefing_tui.model import Entity, Mention

_NUMBER = "i"
"""Array type of the stored assignment: 4-byte entity numbers, little-endian as stored."""
_NUMBER_BYTES = 4
_PIECE_LEVEL = 1
"""zlib level of a piece (as the other compressed parts of a stored analysis)."""
_ROW_ORDER = itemgetter(0, 1, 2)
"""A piece's rows (start, end, text, sentence, entity number) are sorted by start, end and text; rows equal
in those are the same mention text at the same place (the entity is the assignment's, not the piece's)."""


def pack_mentions(entities: list[Entity], pieces: AnalysisPieces | None
                  ) -> tuple[bytes, bytes, bytes, list[list[str]]] | None:
    """The stored index, assignment and pieces of ``entities``' mentions, and each entity's source ids
    (``Entity.sources``); None when an entity lists its mentions in another order than the pieces give back.

    A source whose piece ``pieces`` holds under the key it gives the source now is not encoded again;
    the pieces made are handed to ``pieces`` to keep."""
    try:
        walked = _by_source(entities)
    except TypeError:  # mentions at the same place that differ in what cannot be ordered (a hand-made analysis)
        return None
    if walked is None:
        return None
    by_source, entity_sources = walked
    keys = pieces.piece_keys() if pieces is not None else {}
    stored = pieces.stored_pieces(keys) if keys else {}
    order = sorted(by_source)
    assignment = array(_NUMBER)
    blobs: list[bytes] = []
    sizes: list[int] = []
    counts: list[int] = []
    fresh: dict[str, tuple[str, bytes]] = {}
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for sid in order:
        rows = sorted(by_source[sid], key=_ROW_ORDER)
        assignment.extend([row[4] for row in rows])
        blob = stored.get(sid)
        if blob is None:
            blob = zlib.compress(dumps([row[:4] for row in rows]).encode("utf-8", "surrogatepass"), _PIECE_LEVEL)
            if sid in keys:
                fresh[sid] = (keys[sid], blob)
        blobs.append(blob)
        sizes.append(len(blob))
        counts.append(len(rows))
    if pieces is not None:
        pieces.keep_pieces(fresh)
    if sys.byteorder != "little":
        assignment.byteswap()
    index = pack({"sources": order, "sizes": sizes, "counts": counts})
    return index, assignment.tobytes(), b"".join(blobs), entity_sources


def _by_source(entities: list[Entity]) -> tuple[dict[str, list[tuple]], list[list[str]]] | None:
    """Each source's mentions as rows (start, end, text, sentence, entity number), and each entity's source
    ids; None when an entity does not list its mentions by source id, then start, end and text."""
    by_source: dict[str, list[tuple]] = {}
    entity_sources: list[list[str]] = []
    for number, entity in enumerate(entities):
        sources: list[str] = []
        rows: list[tuple] = []
        before: tuple = ()
        for m in entity.mentions:
            source = m.source
            if not sources or source != sources[-1]:  # looked up once per run of one source's mentions
                if sources and source < sources[-1]:
                    return None
                got = by_source.get(source)
                rows = by_source[source] = [] if got is None else got
                sources.append(source)
                before = ()
            row = (m.start, m.end, m.text, m.sentence, number)
            if row < before:
                return None
            before = row
            rows.append(row)
        entity_sources.append(sources)
    return by_source, entity_sources


def _rows(index: bytes, assignment: bytes, pieces: bytes, entity_count: int
          ) -> Iterator[tuple[str, list, int]]:
    """Each stored mention as (source id, [start, end, text, sentence], entity number), in the pieces' order."""
    try:
        head: Any = unpack_value(index)
        order, sizes, counts = head["sources"], head["sizes"], head["counts"]
        if not (len(order) == len(sizes) == len(counts)) or sum(sizes) != len(pieces):
            raise CodecError("stored mention pieces do not match their index")
        numbers = array(_NUMBER)
        numbers.frombytes(assignment)
        if sys.byteorder != "little":
            numbers.byteswap()
        if len(numbers) != sum(counts) or (len(numbers) and not 0 <= min(numbers) <= max(numbers) < entity_count):
            raise CodecError("stored mention assignment does not match the pieces")
        at = k = 0
        for sid, size, count in zip(order, sizes, counts):
            rows = json.loads(zlib.decompress(pieces[at:at + size]).decode("utf-8", "surrogatepass"))
            at += size
            if not isinstance(sid, str) or not isinstance(rows, list) or len(rows) != count:
                raise CodecError("a stored mention piece does not match its index")
            for row in rows:
                yield sid, row, numbers[k]
                k += 1
    except (KeyError, TypeError, ValueError, zlib.error, UnicodeDecodeError) as exc:
        raise CodecError(f"malformed stored mention pieces: {exc}") from None


def unpack_mentions(index: bytes, assignment: bytes, pieces: bytes, entity_count: int) -> list[list[Mention]]:
    """Each entity's mentions, by entity number (the inverse of :func:`pack_mentions`)."""
    from briefing_tui.model import Mention  # (made on first use: a quote lookup builds no mention)

    out: list[list[Mention]] = [[] for _ in range(entity_count)]
    try:
        for sid, (start, end, text, sentence), number in _rows(index, assignment, pieces, entity_count):
            out[number].append(Mention(sid, start, end, text, sentence))
    except (TypeError, ValueError) as exc:
        raise CodecError(f"malformed stored mention: {exc}") from None
    return out


def spans_of_pieces(index: bytes, assignment: bytes, pieces: bytes, entity_count: int) -> MentionSpans:
    """Where each entity is mentioned, as :meth:`MentionSpans.of` gives it, without building a ``Mention``."""
    per_entity: list[list[tuple]] = [[] for _ in range(entity_count)]
    try:
        for sid, row, number in _rows(index, assignment, pieces, entity_count):
            per_entity[number].append((sid, row[0], row[1]))
    except (TypeError, ValueError, IndexError) as exc:
        raise CodecError(f"malformed stored mention: {exc}") from None
    spans = MentionSpans(entity_count)
    for number, found in enumerate(per_entity):
        for sid, start, end in found:
            spans.add(number, sid, start, end)
    return spans
