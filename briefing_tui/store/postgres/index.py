"""A shared index on PostgreSQL: what :class:`briefing_tui.store.index.CorpusIndex` does for one
machine's SQLite file, for a desk.

Two ways to read it: :meth:`PgIndex.shared` gives the shared corpus (every member, whoever added
it), :meth:`PgIndex.sync` the files under some folders (their parses shared with everyone). Writers
add with :meth:`PgIndex.add` (``briefing add`` / ``briefing sync``). Every write is a short
transaction of ``INSERT ... ON CONFLICT DO NOTHING`` keyed by content (plus the removal of an
edited file's old version, see :mod:`.mirror`), so concurrent writers on several machines neither
lose nor duplicate an article; a reader whose role may only SELECT reads
everything and simply caches nothing.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Problem
from briefing_tui.store.codec import CodecError, body_fields, read_head
from briefing_tui.store.stored_rows import KEEP_RESULTS
from briefing_tui.store.results import get_or_compute, result_signature
from briefing_tui.store.synced import Planned, Synced, members_digest, roots_name, skip_repeated_texts
from briefing_tui.store.listing import take_listing
from briefing_tui.store.postgres.connection import connect, driver
from briefing_tui.store.postgres.members import (INSERT_PARSE, FileBytes, member_ids, member_row,
                                                 parse_bytes, parse_file, parse_row, private_copy, read_file)
from briefing_tui.store.postgres.mirror import delete_members, gone_members, keys_of_ids, write_members
from briefing_tui.store.postgres.rows import similar_entities, similar_speakers, write_analysis_rows
from briefing_tui.store.postgres.url import masked
from briefing_tui.store.stored_source import HEAVY_FIELDS, StoredSource
from briefing_tui.store.versions import PARSER_VERSION

SAME_TEXT_PREFIX = "same text as "
"""How the problem of a file repeating another's text starts (ingest.same_text.SAME_TEXT_MARK, not imported here)."""

T = TypeVar("T")

BATCH_FILES = 100
"""Parses written per transaction while adding (a crash keeps every batch committed before it)."""
MEMBERS_PER_STATEMENT = 500
"""Members inserted by one statement (one round trip, one transaction: a few MB of article bytes)."""
SHARED_NAME = "\0shared"
"""The name the shared corpus goes by where a corpus of folders goes by its roots."""


@dataclass
class Added:
    """What :meth:`PgIndex.add` did: articles new to the shared corpus, updated, removed, already there, and problems."""

    new: int = 0
    known: int = 0
    updated: int = 0
    """Files added before from the same path (on this machine) whose new bytes replaced their old member."""
    removed: int = 0
    """Members removed because their file is gone (``sync --delete``)."""
    problems: list[Problem] = field(default_factory=list)


class PgIndex:
    """An open shared index: an :class:`~briefing_tui.store.backend.IndexBackend`, as the SQLite
    ``CorpusIndex`` is, plus the shared corpus (:meth:`shared`, :meth:`add`)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = masked(url)
        """What messages name (the password masked)."""
        self._conn = connect(url)
        self._lock = threading.RLock()
        self._heads: dict[str, list[Any]] = {}
        self.members_digest = ""
        self.parsed = 0
        self.analysis_signature: str | None = None
        """The signature of the analysis last read or computed (its quotes and entities rows)."""

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    def _execute(self, sql: str, params: Any = None) -> Any:
        with self._lock:
            return self._conn.execute(sql, params)

    # --- writing ---

    def add(self, roots: Iterable[Path], progress: Callable[[int, int], None] | None = None,
            follow_links: bool = False, delete: bool = False) -> Added:
        """Add every article under ``roots`` to the shared corpus; parse only what no one parsed yet.
        A file added before from the same path on this machine whose bytes changed replaces its old
        member; with ``delete``, members added from under ``roots`` whose file is gone are removed
        (see :mod:`.mirror`)."""
        roots = [Path(os.path.abspath(r)) for r in roots]  # a file is known by its absolute path
        plan, problems, files = self._plan(roots, follow_links, progress)
        added = Added(problems=problems)
        host = socket.gethostname()
        paths_of: dict[str, list[str]] = {}
        for p in plan:
            if p.ok and p.path in files:
                paths_of.setdefault(files[p.path].key, []).append(p.path)
        # Sorted by key: concurrent writers take the rows' locks in one order, so never deadlock.
        rows = sorted({files[p.path].key: member_row(files[p.path]) for p in plan if p.ok and p.path in files}.items())
        for start in range(0, len(rows), MEMBERS_PER_STATEMENT):
            chunk = [row for _, row in rows[start:start + MEMBERS_PER_STATEMENT]]
            with self._lock, self._conn.transaction():
                done = write_members(self._conn, host, chunk, paths_of, paths_of.keys())
            added.new += done.added
            added.updated += done.updated
            added.known += done.known
        if delete:
            with self._lock, self._conn.transaction():
                gone = gone_members(self._conn, host, [str(r) for r in roots], {p.path for p in plan})
                added.removed = delete_members(self._conn, [k for k in gone if k not in paths_of])
        return added

    def remove(self, ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """Remove the members named by ``ids`` (as ``sources`` lists the shared corpus) in one
        transaction: (ids removed, ids naming no member)."""
        with self._lock, self._conn.transaction():
            found, unknown = keys_of_ids(self._conn, ids)
            delete_members(self._conn, list(found.values()))
        return list(found), unknown

    def _plan(self, roots: list[Path], follow_links: bool, progress) -> tuple[list[Planned], list[Problem], dict[str, FileBytes]]:
        listing = take_listing(roots, follow_links)
        problems = list(listing.problems)
        plan: list[Planned] = []
        files: dict[str, FileBytes] = {}
        for path, sid in listing.found:
            item = read_file(path, listing.sidecars.get(path))
            if isinstance(item, str):
                plan.append(Planned(path, sid, None, None, ok=False, reasons=[item]))
                continue
            files[path] = item
            plan.append(Planned(path, sid, None, item.key))
        known = self._known([p.key for p in plan if p.key])
        for p in plan:
            if p.key in known:
                p.ok, p.head = known[p.key]
                p.reasons = [str(r) for r in p.head[0]]
                p.changed = False
        todo = [p for p in plan if p.ok is None]
        total = len(plan)
        if progress and total:
            progress(total - len(todo), total)
        batch: list[tuple] = []
        for n, p in enumerate(todo, 1):
            source, probs = parse_file(files[p.path], p.sid)
            if source is not None and not source.paragraphs:
                source = None
            p.fresh, p.ok, p.reasons = source, source is not None, [pr.reason for pr in probs]
            batch.append(parse_row(p.key, source, probs))
            if len(batch) >= BATCH_FILES:
                self._write_parses(batch)
                batch = []
            if progress:
                progress(total - len(todo) + n, total)
        self._write_parses(batch)
        self.parsed = len(todo)
        for p in plan:
            problems.extend(Problem(p.path, r) for r in p.reasons)
        return plan, problems, files

    def _write_parses(self, batch: list[tuple]) -> None:
        if not batch:
            return
        batch = sorted(batch, key=lambda row: row[0])  # one lock order for every writer (no deadlock)
        with self._lock, self._conn.transaction(), self._conn.cursor() as cur:
            cur.executemany(INSERT_PARSE, batch)

    def _known(self, keys: list[str]) -> dict[str, tuple[bool, list[Any]]]:
        if not keys:
            return {}
        rows = self._execute("SELECT key, ok, head FROM parses WHERE parser = %s AND key = ANY(%s)",
                             (PARSER_VERSION, keys)).fetchall()
        out = {}
        for key, ok, head in rows:
            out[key] = (bool(ok), read_head(head))
            self._heads[key] = out[key][1]
        return out

    # --- reading ---

    def sync(self, roots: Iterable[Path], progress: Callable[[int, int], None] | None = None,
             follow_links: bool = False) -> Synced:
        """The sources under ``roots`` (parses shared through the index); the shared corpus is not changed."""
        roots = list(roots)
        plan, problems, _ = self._plan(roots, follow_links, progress)
        skip_repeated_texts(plan, self.read_heads)
        problems.extend(Problem(p.path, r) for p in plan for r in p.reasons if r.startswith(SAME_TEXT_PREFIX))
        self.members_digest = members_digest(plan)
        return Synced(self, roots_name(roots), plan, problems)

    def shared(self, progress: Callable[[int, int], None] | None = None) -> Synced:
        """Every article of the shared corpus; members not yet parsed by this parser version are
        parsed from their stored bytes (and the parse stored, when this role may write)."""
        rows = self._execute(
            "SELECT m.key, m.stem, m.path, p.ok, p.head, m.name FROM members m LEFT JOIN parses p "
            "ON p.key = m.key AND p.parser = %s", (PARSER_VERSION,)).fetchall()
        # In file-name order, as a folder is read (sorted here: the server's collation may differ).
        rows.sort(key=lambda r: (r[5], r[0]))
        ids = member_ids([(r[0], r[1]) for r in rows])
        plan: list[Planned] = []
        missing: list[Planned] = []
        for key, _stem, path, ok, head, _name in rows:
            p = Planned(path, ids[key], None, key, changed=False)
            if ok is None:
                missing.append(p)
            else:
                p.ok, p.head = bool(ok), read_head(head)
                p.reasons = [str(r) for r in p.head[0]]
                self._heads[key] = p.head
            plan.append(p)
        self._parse_members(missing, progress, len(plan))
        skip_repeated_texts(plan, self.read_heads)
        problems = [Problem(p.path, r) for p in plan for r in p.reasons]
        self.members_digest = members_digest(plan)
        return Synced(self, SHARED_NAME, plan, problems)

    def _parse_members(self, missing: list[Planned], progress, total: int) -> None:
        self.parsed = len(missing)
        if not missing:
            return
        psycopg = driver()
        batch = []
        for n, p in enumerate(missing, 1):
            row = self._execute("SELECT name, original, sidecar_name, sidecar FROM members WHERE key = %s",
                                (p.key,)).fetchone()
            source, probs = parse_bytes(row[0], private_copy(row[1]), row[2],
                                        private_copy(row[3]) if row[3] is not None else None, p.sid)
            if source is not None:
                source.path = p.path
            p.fresh, p.ok, p.reasons = source, source is not None and bool(source.paragraphs), [x.reason for x in probs]
            batch.append(parse_row(p.key, source if p.ok else None, probs))
            if progress:
                progress(total - len(missing) + n, total)
        try:
            self._write_parses(batch)
        except psycopg.errors.InsufficientPrivilege:
            pass  # a reader: parsed for this run only

    def heads(self, name: str, keys: set[str]) -> dict[str, list[Any]]:
        """Stored heads of these content keys (``Synced`` asks by corpus name: one shared set here)."""
        return self.read_heads(keys)

    def read_heads(self, keys: Collection[str]) -> dict[str, list[Any]]:
        """Stored heads of these content keys (those known)."""
        out = {k: self._heads[k] for k in keys if k in self._heads}
        rest = [k for k in keys if k not in out]
        if rest:
            for key, head in self._execute("SELECT key, head FROM parses WHERE parser = %s AND key = ANY(%s)",
                                           (PARSER_VERSION, rest)).fetchall():
                out[key] = read_head(head)
        return out

    def read_body(self, key: str) -> dict[str, Any] | None:
        """The heavy fields of the source stored under ``key``, None when not stored."""
        got = self.read_bodies([key])
        return got.get(key)

    def read_bodies(self, keys: Collection[str]) -> dict[str, dict[str, Any]]:
        """The heavy fields of many stored sources in one query (those stored and readable)."""
        out: dict[str, dict[str, Any]] = {}
        if not keys:
            return out
        with paused_gc():
            rows = self._execute("SELECT key, body FROM parses WHERE parser = %s AND key = ANY(%s)",
                                 (PARSER_VERSION, list(keys))).fetchall()
            for key, body in rows:
                if body is None:
                    continue
                try:
                    out[key] = body_fields(bytes(body))
                except CodecError:
                    pass
        return out

    def load_body(self, stub: StoredSource) -> dict[str, Any]:
        """The heavy fields of one stored source (parsed again from its stored bytes if its parse is gone)."""
        fields = self.read_body(stub.key)
        if fields is not None:
            return fields
        row = self._execute("SELECT name, original, sidecar_name, sidecar FROM members WHERE key = %s",
                            (stub.key,)).fetchone()
        if row is None:
            raise CodecError(f"{stub.id}: no stored text in the shared index")
        source, _ = parse_bytes(row[0], private_copy(row[1]), row[2],
                                private_copy(row[3]) if row[3] is not None else None, stub.id)
        return {name: getattr(source, name) for name in HEAVY_FIELDS} if source is not None else {}

    def load_bodies(self, stubs: list[StoredSource]) -> None:
        """Fill the heavy fields of many stored sources in one query."""
        waiting: dict[str, list[StoredSource]] = {}
        for stub in stubs:
            if not stub.loaded:
                waiting.setdefault(stub.key, []).append(stub)
        for key, fields in self.read_bodies(list(waiting)).items():
            for stub in waiting[key]:
                stub.fill(fields)

    # --- per-source analyses ---

    def get_analyses(self, kind: str, version: str, keys: Collection[str]) -> dict[str, bytes]:
        """Stored per-source analyses of ``kind`` made by code ``version``, by content key (those stored)."""
        if not keys:
            return {}
        try:
            rows = self._execute("SELECT key, blob FROM source_analyses WHERE kind = %s AND version = %s "
                                 "AND key = ANY(%s)", (kind, version, list(keys))).fetchall()
        except driver().Error:
            return {}
        return {k: bytes(b) for k, b in rows}

    def put_analyses(self, kind: str, version: str, blobs: Mapping[str, bytes]) -> None:
        """Store per-source analyses, dropping other code versions' of the same keys. Best effort (a
        reader's role stores nothing)."""
        if not blobs:
            return
        try:
            with self._lock, self._conn.transaction(), self._conn.cursor() as cur:
                cur.execute("DELETE FROM source_analyses WHERE kind = %s AND key = ANY(%s) AND version <> %s",
                            (kind, list(blobs), version))
                cur.executemany("INSERT INTO source_analyses (kind, key, version, blob) VALUES (%s, %s, %s, %s) "
                                "ON CONFLICT (kind, key, version) DO UPDATE SET blob = EXCLUDED.blob",
                                [(kind, k, version, b) for k, b in blobs.items()])
        except driver().Error:
            pass

    # --- corpus-wide results ---

    def remember(self, kind: str, depends: tuple[str, ...], inputs: Iterable[Path], compute: Callable[[], T]) -> T:
        """The cached ``kind`` result for this corpus state, or ``compute()`` (then stored, with the
        quotes and entities of an analysis as rows, when this role may write)."""
        signature = self.signature(depends, inputs)
        if kind == "analysis":
            self.analysis_signature = signature
        return get_or_compute(kind, signature, self.get_result, self._put_result, compute)

    def get_result(self, kind: str, signature: str) -> bytes | None:
        """The stored cross-source result ``(kind, signature)``, or None."""
        try:
            row = self._execute("SELECT blob FROM results WHERE kind = %s AND signature = %s", (kind, signature)).fetchone()
        except driver().Error:
            return None
        return None if row is None else bytes(row[0])

    def put_result(self, kind: str, signature: str, blob: bytes) -> None:
        """Store a cross-source result (the KEEP_RESULTS most recent of ``kind`` are kept). Best effort."""
        self._put_result(kind, signature, blob, None)

    def _put_result(self, kind: str, signature: str, blob: bytes, value: Any) -> None:
        try:
            with self._lock, self._conn.transaction():
                cur = self._conn.execute("INSERT INTO results (kind, signature, blob) VALUES (%s, %s, %s) "
                                         "ON CONFLICT (kind, signature) DO NOTHING", (kind, signature, blob))
                if cur.rowcount and kind == "analysis" and value is not None:
                    write_analysis_rows(self._conn, signature, value)
                self._conn.execute(
                    "DELETE FROM results WHERE kind = %s AND signature NOT IN "
                    "(SELECT signature FROM results WHERE kind = %s ORDER BY used_at DESC LIMIT %s)",
                    (kind, kind, KEEP_RESULTS))
                if kind == "analysis":
                    for table in ("quotes", "entities"):
                        self._conn.execute(f"DELETE FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM results r "
                                           f"WHERE r.kind = 'analysis' AND r.signature = t.signature)")
        except driver().Error:
            pass  # a read-only role, or the server went away: computed again next time

    def signature(self, depends: tuple[str, ...], inputs: Iterable[Path]) -> str:
        """A result key for this corpus state: members, parser, the code of ``depends``, files ``inputs``."""
        return result_signature(self.members_digest, depends, inputs)

    def similar_speakers(self, name: str) -> list[str]:
        """Speakers of the current analysis spelt like ``name`` (pg_trgm), best first; [] when its rows
        are not stored."""
        if self.analysis_signature is None:
            return []
        with self._lock:
            return similar_speakers(self._conn, self.analysis_signature, name)

    def similar_entities(self, name: str) -> list[tuple[str, str, str]]:
        """(id, name, type) of the current analysis's entities named like ``name`` (pg_trgm), best first."""
        if self.analysis_signature is None:
            return []
        with self._lock:
            return similar_entities(self._conn, self.analysis_signature, name)
