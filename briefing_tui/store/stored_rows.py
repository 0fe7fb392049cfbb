"""The stored rows of an index beside its parses: per-source analyses and corpus-wide results.

:class:`StoredRows` is the part of :class:`~briefing_tui.store.index.CorpusIndex` that reads and writes
the ``analyses`` and ``results`` tables (best effort: a busy or read-only index computes again next time);
:class:`StoredBlob` reads a stored result by slices.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Mapping

from briefing_tui.store.codec import CodecError
from briefing_tui.store.database import transaction

KEEP_RESULTS = 4
"""Stored results kept per kind (the most recently stored)."""
SMALL_LOOKUP = 64
"""Up to this many keys are looked up one by one; more in one scan of the kind's rows."""


class StoredBlob:
    """A stored result read when sliced (SQLite's incremental blob reading): ``len()`` and ``blob[a:b]``.

    A slice is read from the row of ``(kind, signature)`` as it is then. Should that row be gone (dropped by
    another process storing newer results), the value is computed again by ``recompute`` when one is given
    (the same inputs give the same bytes); else, or if the bytes differ in length, :class:`CodecError`.
    """

    def __init__(self, index: StoredRows, kind: str, signature: str, length: int) -> None:
        self._index, self._kind, self._signature, self._length = index, kind, signature, length
        self.recompute: Callable[[], bytes] | None = None
        self._fallback: bytes | None = None

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        start, stop, _ = key.indices(self._length)
        stop = max(start, stop)
        if self._fallback is None:
            got = self._index.read_stored(self._kind, self._signature, start, stop)
            if got is not None and len(got) == stop - start:
                return got
            if self.recompute is None:
                raise CodecError(f"the stored {self._kind} is gone")
            fallback = self.recompute()
            if len(fallback) != self._length:
                raise CodecError(f"the stored {self._kind} changed while it was read")
            self._fallback = fallback
        return self._fallback[start:stop]


class StoredRows:
    """Reads and writes of the ``analyses`` and ``results`` tables over an open connection."""

    _conn: sqlite3.Connection
    _lock: threading.RLock

    def get_analyses(self, kind: str, version: str, keys: Collection[str]) -> dict[str, bytes]:
        """Stored per-source analyses of ``kind`` made by code ``version``, by content key (those stored)."""
        wanted = set(keys)
        if not wanted:
            return {}
        try:
            with self._lock:
                if len(wanted) <= SMALL_LOOKUP:
                    rows = [self._conn.execute("SELECT key, blob FROM analyses WHERE kind = ? AND key = ? "
                                               "AND version = ?", (kind, k, version)).fetchone() for k in wanted]
                    return {r[0]: r[1] for r in rows if r is not None}
                rows = self._conn.execute("SELECT key, blob FROM analyses WHERE kind = ? AND version = ?",
                                          (kind, version)).fetchall()
        except sqlite3.Error:
            return {}
        return {k: b for k, b in rows if k in wanted}

    def put_analyses(self, kind: str, version: str, blobs: Mapping[str, bytes]) -> None:
        """Store per-source analyses (content key -> blob), dropping those of other code versions. Best effort."""
        if not blobs:
            return
        try:
            with self._lock, transaction(self._conn):
                self._conn.executemany("DELETE FROM analyses WHERE kind = ? AND key = ? AND version != ?",
                                       [(kind, k, version) for k in blobs])
                self._conn.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)",
                                       [(kind, k, version, b) for k, b in blobs.items()])
        except sqlite3.Error:
            pass  # busy or read-only: computed again next time

    # --- corpus-wide results ---

    def stored_blob(self, kind: str, signature: str) -> StoredBlob | None:
        """The stored result ``(kind, signature)`` as a :class:`StoredBlob` (read when sliced), or None."""
        try:
            with self._lock:
                row = self._conn.execute("SELECT length(blob) FROM results WHERE kind = ? AND signature = ?",
                                         (kind, signature)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else StoredBlob(self, kind, signature, row[0])

    def read_stored(self, kind: str, signature: str, start: int, stop: int) -> bytes | None:
        """Bytes ``start:stop`` of the stored result ``(kind, signature)``, None when it is not stored (any more).

        The row is found and read within one read transaction, so a row replaced meanwhile is never read
        half old, half new."""
        with self._lock:
            began = not self._conn.in_transaction
            try:
                if began:
                    self._conn.execute("BEGIN")
                row = self._conn.execute("SELECT rowid FROM results WHERE kind = ? AND signature = ?",
                                         (kind, signature)).fetchone()
                if row is None:
                    return None
                with self._conn.blobopen("results", "blob", row[0], readonly=True) as blob:
                    return blob[start:stop]
            except sqlite3.Error:
                return None
            finally:
                if began and self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    def get_result(self, kind: str, signature: str) -> bytes | None:
        """The stored cross-source result ``(kind, signature)``, or None."""
        try:
            with self._lock:
                row = self._conn.execute("SELECT blob FROM results WHERE kind = ? AND signature = ?",
                                         (kind, signature)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else row[0]

    def put_result(self, kind: str, signature: str, blob: bytes) -> None:
        """Store a cross-source result; only the KEEP_RESULTS most recent of ``kind`` are kept. Best effort."""
        try:
            with self._lock, transaction(self._conn):
                self._conn.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                                   (kind, signature, time.time_ns(), blob))
                self._conn.execute(
                    "DELETE FROM results WHERE kind = ? AND signature NOT IN "
                    "(SELECT signature FROM results WHERE kind = ? ORDER BY used_ns DESC LIMIT ?)",
                    (kind, kind, KEEP_RESULTS))
        except sqlite3.Error:
            pass  # the index is busy or read-only: the result is computed again next time
