"""Read a user's file only when it is a regular file of a bounded size, and never block doing it.

An article folder can hold anything: a FIFO (reading it waits for a writer forever), a link to a
device (``/dev/zero`` never ends, ``/dev/tty`` waits for a key), an 8 GB sparse file. Every
reader of user files (the parser, the index's content key, sidecars) goes through here: the type
and size are checked with ``stat`` before the file is opened, the open itself never waits
(``O_NONBLOCK``), and the open file is checked again (it may have been swapped in between).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

CHUNK_BYTES = 1 << 20
"""Read (and hash) in pieces of 1 MiB: bounded memory for a big file."""

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
"""Opening never waits (a FIFO without a writer) and never makes a terminal ours."""


class NotReadable(OSError):
    """A file we will not read (not a regular file, too large); the message says why.

    An ``OSError``, so that callers which already handle unreadable files handle these too."""


def _megabytes(n: int) -> str:
    return f"{n / 1048576:.0f} MB" if n >= 1048576 else f"{n // 1024} KB"


def check_regular(st: os.stat_result, max_bytes: int) -> None:
    """Raise :class:`NotReadable` unless ``st`` is a regular file of at most ``max_bytes``."""
    if not stat.S_ISREG(st.st_mode):
        raise NotReadable("not a regular file (a device, pipe or socket), skipped")
    if st.st_size > max_bytes:
        raise NotReadable(f"too large ({st.st_size / 1048576:.1f} MB; the limit is {_megabytes(max_bytes)})")


@contextmanager
def open_regular(path: str | Path, max_bytes: int) -> Iterator[BinaryIO]:
    """``path`` opened for reading, once it is known to be a regular file within ``max_bytes``.

    Raises :class:`NotReadable` (type or size) or ``OSError`` (missing, permission, ...).
    """
    check_regular(os.stat(path), max_bytes)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        check_regular(os.fstat(fd), max_bytes)  # replaced by something else since the stat above
        fh = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (never more are read)."""
    with open_regular(path, max_bytes) as fh:
        return b"".join(_chunks(fh, max_bytes))


def hash_regular(path: str | Path, max_bytes: int, digest) -> None:
    """Feed the bytes of a regular file of at most ``max_bytes`` to ``digest`` (a hashlib object)."""
    with open_regular(path, max_bytes) as fh:
        for chunk in _chunks(fh, max_bytes):
            digest.update(chunk)


def _chunks(fh: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The file's bytes in pieces; :class:`NotReadable` once it has grown past ``max_bytes`` since checked."""
    left = max_bytes + 1
    while left > 0:
        chunk = fh.read(min(CHUNK_BYTES, left))
        if not chunk:
            return
        left -= len(chunk)
        if left == 0:
            break
        yield chunk
    raise NotReadable(f"too large (grew past the limit of {_megabytes(max_bytes)} while being read)")
