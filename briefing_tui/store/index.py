"""The corpus index: which files were parsed, their parses, and cached corpus-wide results.

``CorpusIndex.sync(roots)`` brings the index up to date with the files on disk: a file whose
size, mtime and sidecar are unchanged since the last run (its "manifest") is trusted without
reading it; one that changed is hashed, and re-parsed only when its bytes (or its sidecar, or
``PARSER_VERSION``) differ from a stored parse. Parses are stored by content (a renamed file is not
parsed again). Writes go in short transactions, so an interrupted ingest keeps every batch
committed before it and never leaves a half-written one.

Tables: ``parses`` (content key + parser version -> head and compressed body), ``analyses``
(kind + content key + code version -> blob: what was extracted from one source) and ``results``
(kind + signature -> blob): the manifest and heads of each corpus, and cached cross-source results.
It implements :class:`~briefing_tui.store.backend.IndexBackend`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any, TypeVar

from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Problem
from briefing_tui.store.codec import CodecError, body_fields, read_head, source_body, source_head
from briefing_tui.store.database import transaction
from briefing_tui.store.heads_codec import HeadsRecord, heads_blob, text_of, unpack_heads
from briefing_tui.store.listing import RACY_NS, Listing, take_listing
from briefing_tui.store.manifest_codec import pack_manifest, unpack_manifest
from briefing_tui.store.versions import PARSER_VERSION
from briefing_tui.store.files import content_key, file_sizes_and_mtimes, file_stamp, file_stamps, reparse, sidecar_of
from briefing_tui.store.stored_rows import KEEP_RESULTS, StoredRows
from briefing_tui.store.stored_source import StoredSource
from briefing_tui.store.results import get_or_compute, result_signature
from briefing_tui.store.synced import Manifest, Planned, Synced, members_digest, roots_name, skip_repeated_texts

T = TypeVar("T")

BATCH_FILES = 200
BATCH_SECONDS = 0.5
FEW_HEADS = 32
"""At most this many heads asked for are read from their parse rows (an indexed read each, some 20 µs), not from
the corpus's heads record (read whole: ~0.8 MB at 2,000 sources)."""
FOLLOW_LINKS_MARK = "\0--follow-links"
"""Appended to a corpus's name in the index when links leaving it are followed (another listing)."""


READ_WHEN_SLICED = frozenset({"analysis"})
"""Result kinds whose codec reads a stored value by slices (``len`` and ``value[a:b]``): a lookup then reads
the parts it needs (some 0.2 MB of a 9 MB analysis at 10k articles for ``briefing quotes``), not the whole row."""


class CorpusIndex(StoredRows):
    """An open index file: synchronise it with the files, read bodies, cache analyses and results
    (an :class:`~briefing_tui.store.backend.IndexBackend`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.members_digest = ""
        """Digest of (source id, path, content key) of each source of the last :meth:`sync`."""
        self.parsed = 0
        """How many files the last :meth:`sync` had to parse (the rest came from the index)."""
        self._name = ""  # the corpus of the last sync (whose heads blob read_heads reads first)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    # --- sources ---

    def sync(self, roots: Iterable[Path], progress: Callable[[int, int], None] | None = None,
             follow_links: bool = False) -> Synced:
        """Bring the index up to date with the files under ``roots``; parse only what changed.

        The sources themselves are built only when :meth:`Synced.sources` is called: a lookup
        answered from cached results needs none of them. ``follow_links`` as in discovery (a
        listing taken with it is kept apart from one taken without).
        """
        roots = list(roots)
        name = roots_name(roots) + (FOLLOW_LINKS_MARK if follow_links else "")
        manifest = self._manifest(name)
        seen: list | None = None  # each listed file's stamp, when the check below took them
        if manifest is not None and manifest.listing_fresh:
            unchanged, seen = self._unchanged(name, manifest)
            if unchanged is not None:
                return unchanged
        listing = (manifest.files_listing() if manifest is not None and manifest.listing_fresh
                   else take_listing(roots, follow_links))
        rows = manifest.rows if manifest is not None else {}
        trusted_before = manifest.checked - RACY_NS if manifest is not None else 0
        plan: list[Planned] = []
        stamps = seen if seen is not None else file_stamps([path for path, _ in listing.found], listing.sidecars)
        for (path, sid), stamp in zip(listing.found, stamps):
            side = listing.sidecars.get(path)
            row = rows.get(path)
            if row is not None and stamp is not None and row[0] == sid and row[1] == stamp and stamp[1] < trusted_before:
                plan.append(Planned(path, sid, stamp, row[2], row[3], row[4], changed=False))
            else:
                plan.append(Planned(path, sid, stamp, content_key(path, side) if stamp else None))
        self._fill_known([p for p in plan if p.ok is None and p.key is not None])
        todo = [p for p in plan if p.ok is None]
        total = len(plan)
        if progress and total:
            progress(total - len(todo), total)
        self._parse(todo, progress, total)
        skip_repeated_texts(plan, lambda keys: self.heads(name, keys), lambda keys: self.texts(name, keys))
        problems = list(listing.problems)
        for p in plan:
            problems.extend(Problem(p.path, r) for r in p.reasons)
        saved = None
        if manifest is None or not manifest.listing_fresh or len(rows) != len(plan) or any(p.changed for p in plan):
            saved = self._save_manifest(name, listing, plan)
        self.parsed = len(todo)
        self.members_digest = (manifest.members if saved is None else saved)
        self._name = name
        return Synced(self, name, plan, problems)

    def _manifest(self, name: str) -> Manifest | None:
        with self._lock:
            row = self._conn.execute("SELECT blob FROM results WHERE kind = 'manifest' AND signature = ?",
                                     (name,)).fetchone()
        if row is None:
            return None
        data = unpack_manifest(row[0])
        try:
            if len(data["sids"]) != len(data["paths"]):
                raise ValueError("sids do not match the paths")
            # Files the listing leaves out are the stored rows': joined when first needed (a warm start never).
            listing = Listing.from_json(data["listing"], [])
            current = data["parser"] == PARSER_VERSION
            if current:  # rows of another parser version are never read
                for column in ("sizes", "mtimes", "sidecars", "keys", "ok"):
                    if len(data[column]) != len(data["paths"]):
                        raise ValueError(f"{column} do not match the paths")
                if not isinstance(data["problems"], dict):
                    raise TypeError("problems is not a mapping")
            return Manifest(listing, listing.still_valid(data["listing"].get("code", "")), data, current,
                            int(data["checked"]), str(data["members"]), found_in_rows=data["listing"]["found"] is None)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CodecError(f"malformed manifest: {exc}") from None

    def _unchanged(self, name: str, manifest: Manifest) -> tuple[Synced | None, list | None]:
        """The corpus as the manifest has it when no file changed since it was saved (a warm start), else None,
        with the stamps of the listed files when they were taken (then :meth:`sync` does not take them again).

        The same test as :meth:`sync`'s per file, on the stored arrays at once: the listing is fresh and
        stored alongside, no file has a sidecar, every file's size and mtime are the stored ones, and the
        newest mtime is older than the racy window before the last check. No plan is built unless asked for.
        """
        data = manifest.data
        if not manifest.current or manifest.listing.sidecars or any(data["sidecars"]):
            return None, None
        paths = data["paths"]
        if not manifest.found_in_rows and manifest.listing.found != list(zip(paths, data["sids"])):
            return None, None
        sizes, mtimes = file_sizes_and_mtimes(paths)
        if sizes != data["sizes"] or mtimes != data["mtimes"] or (mtimes and max(mtimes) >= manifest.checked - RACY_NS):
            return None, [None if size is None else [size, mtime, None] for size, mtime in zip(sizes, mtimes)]
        if None in data["keys"]:
            return None, None
        problems = list(manifest.listing.problems)
        problems.extend(Problem(path, r) for path, reasons in data["problems"].items() for r in reasons)
        self.parsed = 0
        self.members_digest = manifest.members
        self._name = name
        return Synced(self, name, manifest.unchanged_plan, problems, count=len(data["ok"]) - data["ok"].count(0)), None

    def _fill_known(self, plan: list[Planned]) -> None:
        """Outcomes of parses already stored under these content keys (a file renamed, touched or restored)."""
        with self._lock:
            for p in plan:
                row = self._conn.execute("SELECT ok, head FROM parses WHERE key = ? AND parser = ?",
                                         (p.key, PARSER_VERSION)).fetchone()
                if row is not None:
                    p.head = read_head(row[1])
                    p.ok, p.reasons = bool(row[0]), [str(r) for r in p.head[0]]

    def _parse(self, todo: list[Planned], progress, total: int) -> None:
        if not todo:
            return
        from briefing_tui.ingest.discover import Found
        from briefing_tui.ingest.language import keep_profiles
        from briefing_tui.ingest.load import read_article

        keep_profiles()  # langdetect's counts as a table in the cache folder: read, not rebuilt, by each parse

        batch: list[tuple] = []
        last = time.monotonic()
        for n, p in enumerate(todo, 1):
            source, probs = read_article(Found(Path(p.path), p.sid))
            if source is not None and not source.paragraphs:
                source = None
            p.fresh, p.ok, p.reasons = source, source is not None, [pr.reason for pr in probs]
            if p.key is not None and p.stamp is not None and file_stamp(p.path, sidecar_of(p.stamp)) == p.stamp:
                p.head = source_head(source, probs)
                batch.append((p.key, PARSER_VERSION, int(p.ok), json.dumps(p.head, ensure_ascii=False),
                              source_body(source) if source is not None else None))
            else:
                p.key = None  # changed while being read: not recorded, looked at again next time
            if batch and (len(batch) >= BATCH_FILES or time.monotonic() - last > BATCH_SECONDS):
                self._write(batch)
                batch, last = [], time.monotonic()
            if progress:
                progress(total - len(todo) + n, total)
        if batch:
            self._write(batch)

    def _write(self, batch: list[tuple]) -> None:
        with self._lock, transaction(self._conn):
            self._conn.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?, ?)", batch)

    def _save_manifest(self, name: str, listing: Listing, plan: list[Planned]) -> str:
        """Record this state of the corpus, and drop parses no stored manifest refers to any more.

        Returns the digest of the corpus's members (what cached results are keyed by)."""
        now = time.time_ns()
        kept = [p for p in plan if p.key is not None and p.stamp is not None and p.ok is not None]
        members = members_digest(plan)
        blob = pack_manifest({
            "listing": listing.to_json([(p.path, p.sid) for p in kept]), "parser": PARSER_VERSION, "checked": now,
            "members": members, "paths": [p.path for p in kept], "sids": [p.sid for p in kept],
            "sizes": [p.stamp[0] for p in kept], "mtimes": [p.stamp[1] for p in kept],
            "sidecars": [p.stamp[2] for p in kept], "keys": [p.key for p in kept],
            "ok": [int(p.ok) for p in kept], "problems": {p.path: list(p.reasons) for p in kept if p.reasons}})
        heads_blob = self._heads_blob(name, kept)
        with self._lock, transaction(self._conn):
            self._conn.execute("INSERT OR REPLACE INTO results VALUES ('manifest', ?, ?, ?)", (name, now, blob))
            self._conn.execute("INSERT OR REPLACE INTO results VALUES ('heads', ?, ?, ?)", (name, now, heads_blob))
            self._conn.execute(
                "DELETE FROM results WHERE kind = 'manifest' AND signature NOT IN "
                "(SELECT signature FROM results WHERE kind = 'manifest' ORDER BY used_ns DESC LIMIT ?)", (KEEP_RESULTS,))
            self._conn.execute("DELETE FROM results WHERE kind = 'heads' AND signature NOT IN "
                               "(SELECT signature FROM results WHERE kind = 'manifest')")
            from briefing_tui.store.analysis_base import BASE, base_keys  # (a warm lookup writes no manifest)

            live: set[str] = set()
            for (other,) in self._conn.execute("SELECT blob FROM results WHERE kind = 'manifest'").fetchall():
                live.update(unpack_manifest(other)["keys"])
            for (other,) in self._conn.execute("SELECT blob FROM results WHERE kind = ?", (BASE,)).fetchall():
                live.update(base_keys(other))  # the old text of an edited article, for the next patch
            stale = [(k, v) for k, v in self._conn.execute("SELECT key, parser FROM parses").fetchall()
                     if v != PARSER_VERSION or k not in live]
            self._conn.executemany("DELETE FROM parses WHERE key = ? AND parser = ?", stale)
            gone = [(k,) for (k,) in self._conn.execute("SELECT DISTINCT key FROM analyses").fetchall()
                    if k not in live]
            self._conn.executemany("DELETE FROM analyses WHERE key = ?", gone)
        return members

    def read_heads(self, keys: Collection[str]) -> dict[str, list[Any]]:
        """Stored heads of these content keys (those the index still has)."""
        return self.heads(self._name, set(keys))

    def heads(self, name: str, keys: set[str]) -> dict[str, list[Any]]:
        """Stored heads of these content keys (those the index still has).

        They come from the corpus's heads record (:mod:`~briefing_tui.store.heads_codec`), or from their
        parse rows when they are few (:data:`FEW_HEADS`); any key one lacks (the record was rewritten by
        another process meanwhile) is read from the other. Heads are addressed by content, so a record of
        another generation is never wrong, only incomplete.
        """
        few = len(keys) <= FEW_HEADS
        out = {} if few else self._record_heads(name, keys)
        missing = [k for k in keys if k not in out]
        with self._lock:
            for key in missing:
                found = self._conn.execute("SELECT head FROM parses WHERE key = ? AND parser = ?",
                                           (key, PARSER_VERSION)).fetchone()
                if found is not None:
                    out[key] = read_head(found[0])
        if few and len(out) < len(keys):
            out.update(self._record_heads(name, {k for k in keys if k not in out}))
        return out

    def texts(self, name: str, keys: set[str]) -> dict[str, str]:
        """The text digests of these content keys' stored heads (see :func:`skip_repeated_texts`), read from the
        heads record's column of them (no head decoded); a key it lacks from its head."""
        record = self._heads_record(name)
        out = record.texts(keys) if record is not None else {}
        rest = {k for k in keys if k not in out}
        if rest:
            out.update((k, text_of(h)) for k, h in self.heads(name, rest).items())
        return out

    def _heads_record(self, name: str) -> HeadsRecord | None:
        """The corpus's stored heads record when it was made by this parser version."""
        with self._lock:
            row = self._conn.execute("SELECT blob FROM results WHERE kind = 'heads' AND signature = ?",
                                     (name,)).fetchone()
        if row is None:
            return None
        record = unpack_heads(row[0])
        return record if record.parser == PARSER_VERSION else None

    def _record_heads(self, name: str, keys: set[str]) -> dict[str, list[Any]]:
        record = self._heads_record(name)
        return record.heads(keys) if record is not None else {}

    def _heads_blob(self, name: str, kept: list[Planned]) -> bytes:
        """The heads record of the ``kept`` files, made from the stored one (:func:`heads_blob`)."""
        try:
            record = self._heads_record(name)
        except CodecError:
            record = None
        return heads_blob(PARSER_VERSION, record, kept, lambda keys: self.heads(name, keys))

    def read_body(self, key: str) -> dict[str, Any] | None:
        """The heavy fields of the source stored under ``key``; None when not stored (or unreadable)."""
        try:
            with self._lock:
                row = self._conn.execute("SELECT body FROM parses WHERE key = ? AND parser = ?",
                                         (key, PARSER_VERSION)).fetchone()
            if row is not None and row[0] is not None:
                return body_fields(row[0])
        except (sqlite3.Error, CodecError):
            pass
        return None

    def read_bodies(self, keys: Collection[str]) -> dict[str, dict[str, Any]]:
        """:meth:`read_body` of many keys in one pass over the table (those stored and readable)."""
        wanted = set(keys)
        out: dict[str, dict[str, Any]] = {}
        if not wanted:
            return out
        with paused_gc():
            try:
                with self._lock:
                    rows = self._conn.execute("SELECT key, body FROM parses WHERE parser = ?",
                                              (PARSER_VERSION,)).fetchall()
                for key, body in rows:
                    if key in wanted and body is not None:
                        out[key] = body_fields(body)
            except (sqlite3.Error, CodecError):
                pass  # whatever is missing loads one by one (or from its file) on first use
        return out

    def load_body(self, stub: StoredSource) -> dict[str, Any]:
        """The heavy fields of a stored source; parsed from its file again if the index fails."""
        fields = self.read_body(stub.key)
        return fields if fields is not None else reparse(stub)

    # --- corpus-wide results ---

    def remember(self, kind: str, depends: tuple[str, ...], inputs: Iterable[Path],
                 compute: Callable[[], T]) -> T:
        """The cached ``kind`` result for this corpus state, or ``compute()`` (then stored).

        The key covers every source's content key, id and path (as of the last :meth:`sync`),
        ``PARSER_VERSION``, the code of the packages in ``depends`` and the bytes of ``inputs``
        (e.g. alias files).
        """
        get = self.stored_blob if kind in READ_WHEN_SLICED else self.get_result
        return get_or_compute(kind, self.signature(depends, inputs), get,
                              lambda k, sig, blob, _value: self.put_result(k, sig, blob), compute)

    def signature(self, depends: tuple[str, ...], inputs: Iterable[Path]) -> str:
        """A result key for this corpus state (as of the last :meth:`sync`): members, parser, code, inputs."""
        return result_signature(self.members_digest, depends, inputs)
