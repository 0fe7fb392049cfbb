"""The index file itself: opening it safely, its schema, and setting aside a broken one.

One SQLite file per corpus (per set of root paths) in the user cache folder, or wherever
``--index PATH`` says. WAL journaling and short transactions make two ``briefing`` processes on
the same corpus safe; a file that is not our index (garbage, truncated, someone else's SQLite
database) is renamed aside and a fresh index is built in its place.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

APPLICATION_ID = 0x42524946  # "BRIF": marks a file as a briefing-tui index
SCHEMA_VERSION = 4
BUSY_TIMEOUT_MS = 15_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS parses (
    key TEXT NOT NULL,
    parser TEXT NOT NULL,       -- PARSER_VERSION that produced it
    ok INTEGER NOT NULL,        -- 1 when it yielded a source
    head TEXT NOT NULL,         -- JSON: the light fields of the source, problems
    body BLOB,                  -- zlib(JSON): raw text, paragraphs, sentences, ...
    PRIMARY KEY (key, parser)
);
CREATE TABLE IF NOT EXISTS results (
    kind TEXT NOT NULL,         -- "manifest" (the files of a corpus), "analysis", "claims", ...
    signature TEXT NOT NULL,    -- the roots (manifest), else corpus contents + code versions
    used_ns INTEGER NOT NULL,
    blob BLOB NOT NULL,         -- zlib(JSON) of plain dataclasses
    PRIMARY KEY (kind, signature)
);
"""


class IndexUnusable(Exception):
    """The index file is not a readable briefing-tui index; the message says why."""


def default_index_path(roots: list[Path]) -> Path:
    """Where the index of the corpus made of ``roots`` lives in the user cache folder."""
    from briefing_tui.paths import user_cache_dir

    names = sorted(str(_resolved(r)) for r in roots)
    digest = hashlib.sha1("\0".join(names).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return user_cache_dir() / "index" / f"{digest}.sqlite3"


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the index at ``path``; raise IndexUnusable when it is not ours."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_header(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise IndexUnusable(f"cannot be opened ({exc})") from None
    try:
        _prepare(conn)
        if _shorter_than_header_says(path) and conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise IndexUnusable("is truncated")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise IndexUnusable(f"is not a readable index ({exc})") from None
    except IndexUnusable:
        conn.close()
        raise
    return conn


def _check_header(path: Path) -> None:
    # A quick look before SQLite does: garbage or truncated files are caught here.
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise IndexUnusable(f"cannot be read ({exc.strerror or exc})") from None
    if not head:
        return  # an empty file is a new database to SQLite
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        raise IndexUnusable("is not an SQLite database (garbage or truncated)")


def _shorter_than_header_says(path: Path) -> bool:
    # The header records the page size and (when valid) the page count: a file cut short is
    # smaller. A checkpoint in another process can make this true for an instant, hence the
    # quick_check before anything is set aside.
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
        size = os.path.getsize(path)
    except OSError:
        return False
    if len(head) < 100 or head[24:28] != head[92:96]:
        return False
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    return size < page * int.from_bytes(head[28:32], "big")


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise IndexUnusable("belongs to another program (foreign SQLite database)")
    if app_id == 0:
        _create(conn)
    elif conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        _recreate(conn)
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Reading the schema walks the first pages: a damaged file fails here, not mid-session.
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"parses", "results"} <= tables:
        raise IndexUnusable("is missing its tables")


class transaction:
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


def _create(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        # Checked again inside the transaction: another process may have created it meanwhile.
        if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise IndexUnusable("belongs to another program (foreign SQLite database)")
            _create_tables(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _recreate(conn: sqlite3.Connection) -> None:
    # An index written by an older release of this program: start it over, quietly.
    with transaction(conn):
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            for table in ("files", "parses", "results"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            _create_tables(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_tables(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the open transaction first.
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def set_aside(path: Path) -> Path | None:
    """Rename a broken index (and its WAL files) out of the way; return the new name."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.broken-{n}")
        if not target.exists():
            break
    try:
        os.replace(path, target)
    except FileNotFoundError:
        return None
    except OSError:
        try:
            path.unlink()
        except OSError:
            return None
        target = None
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if target is not None:
                os.replace(side, target.with_name(target.name + suffix))
            else:
                side.unlink()
        except OSError:
            pass
    return target
