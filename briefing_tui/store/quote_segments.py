"""The quote documents of a stored analysis, compressed again only when their text changed.

A stored analysis (:mod:`briefing_tui.store.analysis_codec`) holds each quote as one JSON document in one
raw deflate stream flushed in full after each document, so every document is a segment that inflates on
its own. A segment depends on its document's bytes alone (a full flush resets the compressor: the same
bytes give the same segment, whatever came before), so the segments of the last analysis stored are
kept (:class:`~briefing_tui.extract.AnalysisPieces`, the index's) by the SHA-1 of their document, and
after one edited article only the documents whose text changed are compressed.

The kept record: the number of segments (8 bytes), each one's SHA-1 (20 bytes), their end offsets
(8 bytes each, little-endian), the segments, and the CRC-32 of all that before it (4 bytes): a record
that does not add up is not used.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_tui.sha import sha1

if TYPE_CHECKING:
    from briefing_tui.extract import AnalysisPieces

RAW_DEFLATE = -15
"""zlib ``wbits`` of the quote documents: deflate without header or checksum (a segment of one stream)."""
LEVEL = 1
"""zlib level of the quote documents."""
_COUNT = 8
_DIGEST = 20
_END = "q"  # array type of the segments' end offsets (8 bytes, little-endian as stored)
_CHECK = 4


def segments(documents: Iterable[bytes], pieces: AnalysisPieces | None) -> list[bytes]:
    """Each document compressed as its own segment of one raw deflate stream; a document kept by
    ``pieces`` from the last analysis is not compressed again, and the segments made are kept for the next."""
    documents = list(documents)
    kept = _read(pieces.stored_documents()) if pieces is not None else {}
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    digests = [sha1(doc).digest() for doc in documents]
    out = []
    compressed = 0
    for doc, digest in zip(documents, digests):
        segment = kept.get(digest)
        if segment is None:
            segment = deflate.compress(doc) + deflate.flush(zlib.Z_FULL_FLUSH)
            compressed += 1
        out.append(segment)
    if pieces is not None:
        pieces.keep_documents(_record(digests, out), compressed)
    return out


def _record(digests: list[bytes], made: list[bytes]) -> bytes:
    """The kept record of ``made`` segments and their documents' digests (see the module docstring)."""
    ends = array(_END)
    at = 0
    for segment in made:
        at += len(segment)
        ends.append(at)
    if sys.byteorder != "little":
        ends.byteswap()
    body = len(made).to_bytes(_COUNT, "little") + b"".join(digests) + ends.tobytes() + b"".join(made)
    return body + zlib.crc32(body).to_bytes(_CHECK, "little")


def _read(record: bytes | None) -> dict[bytes, bytes]:
    """The segments of a kept record by their document's digest; nothing when it does not add up."""
    if not record or len(record) < _COUNT + _CHECK:
        return {}
    body = record[:-_CHECK]
    if zlib.crc32(body).to_bytes(_CHECK, "little") != record[-_CHECK:]:
        return {}
    count = int.from_bytes(body[:_COUNT], "little")
    ends_at = _COUNT + count * _DIGEST
    data_at = ends_at + count * array(_END).itemsize
    if data_at > len(body):
        return {}
    ends = array(_END)
    ends.frombytes(body[ends_at:data_at])
    if sys.byteorder != "little":
        ends.byteswap()
    if count and (ends[0] < 0 or ends[-1] != len(body) - data_at or any(b < a for a, b in zip(ends, ends[1:]))):
        return {}
    out: dict[bytes, bytes] = {}
    start = 0
    for i, end in enumerate(ends):
        out[body[_COUNT + i * _DIGEST:_COUNT + (i + 1) * _DIGEST]] = body[data_at + start:data_at + end]
        start = end
    return out
