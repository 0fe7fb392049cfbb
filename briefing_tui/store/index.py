"""The corpus index: which files were parsed, their parses, and cached corpus-wide results.

``CorpusIndex.sync(roots)`` brings the index up to date with the files on disk and returns the
sources: a file whose size, mtime and sidecar are unchanged is trusted without reading it; one
that changed is hashed, and re-parsed only when its bytes (or its sidecar, or ``PARSER_VERSION``)
differ from a stored parse. Writes go in short transactions, so an interrupted ingest keeps every
batch committed before it and never leaves a half-written one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from briefing_tui.ingest.discover import Found, discover
from briefing_tui.ingest.load import read_article
from briefing_tui.ingest.parse import PARSER_VERSION
from briefing_tui.model import Problem, Source
from briefing_tui.store.codec import (CodecError, body_fields, decode_value, encode_value, pack, read_head, source_body,
                                      source_head, unpack)
from briefing_tui.store.fingerprint import code_fingerprint, file_digest
from briefing_tui.store.stored_source import HEAVY_FIELDS, StoredSource

T = TypeVar("T")

RACY_NS = 2_000_000_000
"""A file modified this close to the moment it was fingerprinted is hashed again next time
(timestamps are coarse: a same-size rewrite within one tick would otherwise go unnoticed)."""

BATCH_FILES = 200
BATCH_SECONDS = 0.5
KEEP_RESULTS = 4
"""Cached results kept per kind (older corpus states are dropped)."""

SIDECAR_SUFFIXES = (".yaml", ".yml")


class CorpusIndex:
    """An open index file: synchronise it with the files, read bodies, cache results."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.keys: dict[str, str] = {}
        """Source id -> content key, for the sources of the last :meth:`sync`."""
        self.parsed = 0
        """How many files the last :meth:`sync` had to parse (the rest came from the index)."""

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    # --- sources ---

    def sync(self, roots: Iterable[Path],
             progress: Callable[[int, int], None] | None = None) -> tuple[list[Source], list[Problem]]:
        """Sources under ``roots`` (from the index where fresh, parsed otherwise) and every problem met."""
        found, problems = discover(list(roots))
        with self._lock:
            known = {row[0]: row[1:] for row in self._conn.execute(
                "SELECT path, sid, size, mtime_ns, sidecar, checked_ns, key FROM files")}
            heads = {row[0]: row[1:] for row in self._conn.execute(
                "SELECT key, ok, head FROM parses WHERE parser = ?", (PARSER_VERSION,))}
        plan: list[tuple[Found, tuple[int, int, str, int], str | None]] = []
        for f in found:
            stamp = _stamp(f.path)
            if stamp is None:
                plan.append((f, (0, 0, "", 0), None))
                continue
            row = known.get(str(f.path))
            key = None
            if row is not None and row[0] == f.id and tuple(row[1:4]) == stamp[:3] and stamp[1] < row[4] - RACY_NS:
                key = row[5]
            if key is None:
                key = _content_key(f.path)
            plan.append((f, stamp, key))
        todo = [i for i, (_, _, key) in enumerate(plan) if key is None or key not in heads]
        total = len(plan)
        if progress and total:
            progress(total - len(todo), total)
        fresh = self._parse(plan, todo, progress, total)
        sources: list[Source] = []
        self.keys = {}
        for i, (f, stamp, key) in enumerate(plan):
            if i in fresh:
                source, probs = fresh[i]
            else:
                ok, head_text = heads[key]
                head = read_head(head_text)
                probs = [Problem(str(f.path), str(r)) for r in head.get("problems", [])]
                source = StoredSource.from_head(f.id, str(f.path), key, head, self._body_loader(key)) if ok else None
            problems.extend(probs)
            if source is not None:
                sources.append(source)
                self.keys[source.id] = key or ""
        self._forget_others(plan, known, changed=bool(todo))
        self.parsed = len(todo)
        return sources, problems

    def _parse(self, plan, todo: list[int], progress, total: int) -> dict[int, tuple[Source | None, list[Problem]]]:
        fresh: dict[int, tuple[Source | None, list[Problem]]] = {}
        batch: list[tuple[tuple, tuple | None]] = []
        last = time.monotonic()
        for n, i in enumerate(todo, 1):
            f, stamp, key = plan[i]
            source, probs = read_article(f)
            if source is not None and not source.paragraphs:
                source = None
            fresh[i] = (source, probs)
            if key is not None and _stamp(f.path) == stamp:
                ok = source is not None
                parse_row = (key, PARSER_VERSION, int(ok), source_head(source, probs), source_body(source) if ok else None)
                file_row = (str(f.path), f.id, *stamp[:3], time.time_ns(), key)
                batch.append((parse_row, file_row))
            if batch and (len(batch) >= BATCH_FILES or time.monotonic() - last > BATCH_SECONDS):
                self._write(batch)
                batch, last = [], time.monotonic()
            if progress:
                progress(total - len(todo) + n, total)
        if batch:
            self._write(batch)
        return fresh

    def _write(self, batch: list[tuple[tuple, tuple]]) -> None:
        with self._lock, _transaction(self._conn):
            self._conn.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?, ?)", [p for p, _ in batch])
            self._conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", [f for _, f in batch])

    def _forget_others(self, plan, known: dict[str, tuple], changed: bool) -> None:
        """Drop rows of files that are gone, refresh racy fingerprints, and drop unreferenced parses."""
        now = time.time_ns()
        present = {str(f.path) for f, _, _ in plan}
        gone = [(p,) for p in known if p not in present]
        refresh = []
        for f, stamp, key in plan:
            row = known.get(str(f.path))
            if key is None or row is None or stamp[0] == 0:
                continue
            if (row[0], *row[1:4], row[5]) != (f.id, *stamp[:3], key) or stamp[1] >= row[4] - RACY_NS:
                refresh.append((str(f.path), f.id, *stamp[:3], now, key))
        if not (gone or refresh or changed):
            return
        with self._lock, _transaction(self._conn):
            self._conn.executemany("DELETE FROM files WHERE path = ?", gone)
            self._conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", refresh)
            self._conn.execute("DELETE FROM parses WHERE parser != ? OR key NOT IN (SELECT key FROM files)",
                               (PARSER_VERSION,))

    def _body_loader(self, key: str) -> Callable[[StoredSource], dict[str, Any]]:
        def load(stub: StoredSource) -> dict[str, Any]:
            try:
                with self._lock:
                    row = self._conn.execute("SELECT body FROM parses WHERE key = ? AND parser = ?",
                                             (key, PARSER_VERSION)).fetchone()
                if row is not None and row[0] is not None:
                    return body_fields(row[0])
            except (sqlite3.Error, CodecError):
                pass
            return _reparse(stub)
        return load

    # --- corpus-wide results ---

    def remember(self, kind: str, sources: list[Source], depends: tuple[str, ...], inputs: Iterable[Path],
                 compute: Callable[[], T]) -> T:
        """The cached ``kind`` result for this corpus state, or ``compute()`` (then stored).

        The key covers every source's content key, id and path, ``PARSER_VERSION``, the code of the
        packages in ``depends`` and the bytes of ``inputs`` (e.g. alias files).
        """
        signature = self._signature(sources, depends, inputs)
        try:
            with self._lock:
                row = self._conn.execute("SELECT blob FROM results WHERE kind = ? AND signature = ?",
                                         (kind, signature)).fetchone()
            if row is not None:
                return decode_value(unpack(row[0]))
        except (sqlite3.Error, CodecError, RecursionError):
            pass
        value = compute()
        try:
            blob = pack(encode_value(value))
            with self._lock, _transaction(self._conn):
                self._conn.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                                   (kind, signature, time.time_ns(), blob))
                self._conn.execute(
                    "DELETE FROM results WHERE kind = ? AND signature NOT IN "
                    "(SELECT signature FROM results WHERE kind = ? ORDER BY used_ns DESC LIMIT ?)",
                    (kind, kind, KEEP_RESULTS))
        except (TypeError, ValueError, RecursionError, sqlite3.Error):
            pass  # not storable or the index is busy: the result is still returned
        return value

    def _signature(self, sources: list[Source], depends: tuple[str, ...], inputs: Iterable[Path]) -> str:
        h = hashlib.sha1(f"parser {PARSER_VERSION}\n".encode())
        for s in sources:
            h.update(f"{s.id}\0{s.path}\0{self.keys.get(s.id) or s.content_hash}\n".encode("utf-8", "surrogatepass"))
        h.update(code_fingerprint(depends).encode())
        for p in inputs:
            h.update(f"{p}\0{file_digest(p)}\n".encode("utf-8", "surrogatepass"))
        return h.hexdigest()


class _transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception (Ctrl+C included)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


def _sidecar(path: Path) -> tuple[Path | None, str]:
    for ext in SIDECAR_SUFFIXES:
        side = path.with_suffix(ext)
        try:
            st = os.stat(side)
        except OSError:
            continue
        return side, f"{ext}:{st.st_size}:{st.st_mtime_ns}"
    return None, ""


def _stamp(path: Path) -> tuple[int, int, str, int] | None:
    """(size, mtime_ns, sidecar fingerprint, 1) for a readable file, None when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, _sidecar(path)[1], 1


def _content_key(path: Path) -> str | None:
    """Hash of the file's bytes and its sidecar's; None when the file cannot be read."""
    h = hashlib.sha1()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    side, _ = _sidecar(path)
    if side is not None:
        h.update(b"\0sidecar\0" + side.suffix.encode())
        try:
            h.update(side.read_bytes())
        except OSError:
            h.update(b"\0unreadable")
    return h.hexdigest()


def _reparse(stub: StoredSource) -> dict[str, Any]:
    """The heavy fields straight from the file, when the index cannot give them."""
    source, _ = read_article(Found(Path(stub.path), stub.id))
    if source is None:
        return {"raw": "", "paragraphs": [], "sentences": [], "citations": [], "removed": [], "meta_spans": {}}
    return {name: getattr(source, name) for name in HEAVY_FIELDS}
