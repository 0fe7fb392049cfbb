"""How the last resolution's grouping (:mod:`briefing_tui.extract.resolution_record`) is kept in the index: a
CRC-32 of the rest, the length of a JSON head (source ids, views, signatures, groups, name counts), the head,
then each name's group as little-endian 4-byte integers. A damaged or inconsistent record is not used."""

from __future__ import annotations

import sys
import zlib
from array import array

from briefing_tui.extract.resolution_record import KeptResolution
from briefing_tui.store.codec import CodecError, pack, unpack

CHECK_LENGTH = 8
"""The record starts with the hex CRC-32 of the rest."""
HEAD_LENGTH = 10
"""Then the length of its JSON head, as this many decimal digits."""
NUMBER_BYTES = 4
"""Each name's group is stored in this many bytes (array type ``i``), little-endian."""


def _check(payload: bytes) -> bytes:
    return f"{zlib.crc32(payload):08x}".encode()


def encode_resolution(kept: KeptResolution) -> bytes:
    """The record as stored (see the module docstring)."""
    head = pack([kept.order, kept.views, kept.signatures, [list(g) for g in kept.groups], kept.counts],
                compress=False)
    numbers = array("i", kept.numbers)
    if sys.byteorder == "big":
        numbers.byteswap()
    payload = f"{len(head):0{HEAD_LENGTH}d}".encode() + head + numbers.tobytes()
    return _check(payload) + payload


def decode_resolution(blob: bytes) -> KeptResolution | None:
    """The grouping :func:`encode_resolution` stored, or None when it is damaged or inconsistent."""
    payload = bytes(blob[CHECK_LENGTH:])
    if bytes(blob[:CHECK_LENGTH]) != _check(payload) or array("i").itemsize != NUMBER_BYTES:
        return None
    try:
        size = int(payload[:HEAD_LENGTH])
        head = payload[HEAD_LENGTH:HEAD_LENGTH + size]
        order, views, signatures, groups, counts = unpack(head)
        numbers = array("i")
        numbers.frombytes(payload[HEAD_LENGTH + size:])
        if sys.byteorder == "big":
            numbers.byteswap()
        if not all(isinstance(part, list) for part in (order, views, signatures, counts)) or not all(
                type(c) is int for c in counts):
            return None
        # ids, views and signatures are only compared with this run's (strings): the groups make entities
        kept = KeptResolution(order, views, signatures, [(str(t), str(n)) for t, n in groups], counts, numbers)
    except (CodecError, TypeError, ValueError):
        return None
    return kept if kept.valid() else None
