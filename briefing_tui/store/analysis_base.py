"""What the last analysis stored in full was made of, kept for the next run's patch (:mod:`.analysis_patch`).

The base record (result kind :data:`BASE`, signature: the stage version) holds the analysis's result key, its
members (source id and content key, in order) and the CRC-32 of the spreading answers and the resolution record
that run left. Its content keys stay live in the index (:meth:`~briefing_tui.store.index.CorpusIndex.sync`
keeps their parses and per-source rows) until a later base no longer names them: a patch reads the edited
article's old names, spreading and quotes from the rows of its old content key.
"""

from __future__ import annotations

import dataclasses
import zlib

from briefing_tui.store.codec import CodecError, pack, unpack_value

BASE = "analysis base"
"""The result kind of the base record (signature: the stage version)."""


@dataclasses.dataclass
class Base:
    """What the last full analysis was made of (see the module docstring)."""

    analysis: str
    members: list[list[str]]
    answers: int
    resolution: int


def encode_base(base: Base) -> bytes:
    """The stored base record."""
    return pack([base.analysis, base.members, base.answers, base.resolution])


def base_keys(blob: bytes) -> list[str]:
    """The content keys a stored base record names (none when it does not read)."""
    base = decode_base(blob)
    return [] if base is None else [m[1] for m in base.members if isinstance(m, list) and len(m) == 2]


def decode_base(blob: bytes | None) -> Base | None:
    """The base record, None when there is none or it does not read."""
    if blob is None:
        return None
    try:
        analysis, members, answers, resolution = unpack_value(blob)
        if isinstance(analysis, str) and isinstance(members, list) and isinstance(answers, int) \
                and isinstance(resolution, int):
            return Base(analysis, members, answers, resolution)
    except (CodecError, TypeError, ValueError):
        pass
    return None


def crc(blob: bytes | None) -> int:
    """The CRC-32 of a stored record (-1 when there is none)."""
    return -1 if blob is None else zlib.crc32(blob)
