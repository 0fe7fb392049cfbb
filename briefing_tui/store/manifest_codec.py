"""How a corpus's manifest (its files' paths, ids, stamps, content keys and outcomes) is stored.

Every start reads it whole: at 10k files it was 1.1 MB of JSON, whose decoding was a tenth of a quick
lookup. It is stored instead as a small JSON header (the listing, versions, problems, sidecars) and one
column per field: the strings (paths, source ids, content keys) joined by NUL, which no path, id or hex
key contains, and split; the sizes and mtimes as 8-byte integers; the outcomes as one byte each. It decodes
into the same dict as the JSON form, which is still read (an index written before it).
"""

from __future__ import annotations

import json
import sys
from array import array
from typing import Any

from briefing_tui.store.codec import CodecError, unpack
from briefing_tui.store.columns import pack_columns, split_columns

MAGIC = b"\x00manifest/2\x00"
_STRINGS = ("paths", "sids", "keys")
_NUMBERS = ("sizes", "mtimes")
_SEPARATOR = "\0"
_INTEGER = "q"  # array type of the sizes and mtimes: 8 bytes each, little-endian as stored


def pack_manifest(data: dict[str, Any]) -> bytes:
    """The stored form of a manifest: ``data`` as the index makes it (``paths``, ``sids``, ``keys``: strings;
    ``sizes``, ``mtimes``: integers; ``ok``: 0 or 1; ``sidecars``: a stamp or None per file; the rest JSON)."""
    count = len(data["paths"])
    for name in (*_STRINGS, *_NUMBERS, "ok", "sidecars"):
        if len(data[name]) != count:
            raise ValueError(f"{name} do not match the paths")
    for name in _STRINGS:
        if any(_SEPARATOR in value for value in data[name]):
            raise ValueError(f"a NUL in the {name}")
    header = {k: v for k, v in data.items() if k not in (*_STRINGS, *_NUMBERS, "ok", "sidecars")}
    header["count"] = count
    header["sidecars"] = {str(i): side for i, side in enumerate(data["sidecars"]) if side is not None}
    columns = [json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")]
    columns.extend(_SEPARATOR.join(data[name]).encode("utf-8", "surrogatepass") for name in _STRINGS)
    for name in _NUMBERS:
        numbers = array(_INTEGER, data[name])
        if sys.byteorder != "little":
            numbers.byteswap()
        columns.append(numbers.tobytes())
    columns.append(bytes(int(ok) for ok in data["ok"]))
    return pack_columns(MAGIC, columns)


def unpack_manifest(blob: bytes) -> dict[str, Any]:
    """The inverse of :func:`pack_manifest` (or of the JSON form); CodecError when malformed."""
    if not blob.startswith(MAGIC):
        data = unpack(blob)
        if not isinstance(data, dict):
            raise CodecError("malformed manifest")
        return data
    try:
        columns = split_columns(blob, MAGIC, 1 + len(_STRINGS) + len(_NUMBERS) + 1)
        data = json.loads(columns[0].decode("utf-8", "surrogatepass"))
        count = data.pop("count")
        for name, column in zip(_STRINGS, columns[1:]):
            text = column.decode("utf-8", "surrogatepass")
            data[name] = text.split(_SEPARATOR) if count else []
        for name, column in zip(_NUMBERS, columns[1 + len(_STRINGS):]):
            numbers = array(_INTEGER)
            numbers.frombytes(column)
            if sys.byteorder != "little":
                numbers.byteswap()
            data[name] = numbers.tolist()
        data["ok"] = list(columns[-1])
        sidecars: list[Any] = [None] * count
        for i, side in data["sidecars"].items():
            sidecars[int(i)] = side
        data["sidecars"] = sidecars
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, UnicodeDecodeError) as exc:
        raise CodecError(f"malformed manifest: {exc}") from None
    for name in (*_STRINGS, *_NUMBERS, "ok"):
        if len(data[name]) != count:
            raise CodecError(f"malformed manifest: {name} do not match the count")
    return data
