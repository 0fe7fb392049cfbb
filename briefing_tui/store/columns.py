"""Columns of bytes framed one after another behind a magic prefix: each column's length (``LENGTH`` bytes, big
endian), then its bytes. Shared by the stored records kept as columns (``manifest_codec``, ``heads_codec``)."""

from __future__ import annotations

from collections.abc import Sequence

LENGTH = 8
"""Bytes of each column's length."""


def pack_columns(magic: bytes, columns: Sequence[bytes]) -> bytes:
    """``magic`` then every column, each behind its length."""
    return magic + b"".join(len(c).to_bytes(LENGTH, "big") + c for c in columns)


def split_columns(blob: bytes, magic: bytes, count: int) -> list[bytes]:
    """The ``count`` columns framed after ``magic`` (which the caller checked). Raises ValueError when the blob is
    cut short or has bytes after the last column."""
    columns: list[bytes] = []
    at = len(magic)
    for _ in range(count):
        size = int.from_bytes(blob[at:at + LENGTH], "big")
        at += LENGTH
        if at + size > len(blob):
            raise ValueError("cut short")
        columns.append(blob[at:at + size])
        at += size
    if at != len(blob):
        raise ValueError("trailing bytes")
    return columns
