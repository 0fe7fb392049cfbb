"""How the person spellings alike (:mod:`briefing_tui.extract.person_spellings`) are kept in the index: each
spelling once, the alike pairs as numbers, after a CRC-32 of the rest (a damaged record is not used)."""

from __future__ import annotations

import zlib

from briefing_tui.store.codec import CodecError, pack, unpack

CHECK_LENGTH = 8
"""The record starts with the hex CRC-32 of the rest."""


def check(payload: bytes) -> bytes:
    """The hex CRC-32 of ``payload`` (CHECK_LENGTH bytes)."""
    return f"{zlib.crc32(payload):08x}".encode()


def encode_alike(relation: dict[tuple[str, ...], set[tuple[str, ...]]]) -> bytes:
    """The alike relation as stored: [each spelling (its words joined by a space), the alike pairs (i, j) with
    i < j, flattened], after the CRC-32 of the rest."""
    spellings = sorted(relation)
    number = {words: i for i, words in enumerate(spellings)}
    pairs: list[int] = []
    for i, words in enumerate(spellings):
        for j in sorted(number[other] for other in relation[words]):
            if j > i:
                pairs += (i, j)
    payload = pack([[" ".join(words) for words in spellings], pairs])
    return check(payload) + payload


def decode_alike(blob: bytes) -> dict[tuple[str, ...], frozenset[tuple[str, ...]]] | None:
    """The relation :func:`encode_alike` stored (each spelling -> the others alike), or None when damaged."""
    payload = blob[CHECK_LENGTH:]
    if blob[:CHECK_LENGTH] != check(payload):
        return None
    try:
        texts, pairs = unpack(payload)
        spellings = [tuple(text.split()) for text in texts]
        alike: list[set[tuple[str, ...]]] = [set() for _ in spellings]
        for i, j in zip(pairs[::2], pairs[1::2], strict=True):
            if not 0 <= i < j < len(spellings):
                raise ValueError("a pair of spellings out of range")
            alike[i].add(spellings[j])
            alike[j].add(spellings[i])
        return {words: frozenset(others) for words, others in zip(spellings, alike, strict=True)}
    except (CodecError, TypeError, ValueError, IndexError, AttributeError):
        return None
