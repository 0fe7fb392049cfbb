"""The index file itself: opening it safely, its schema, and setting aside a broken one.

One SQLite file per corpus (per set of root paths) in the user cache folder, or wherever
``--index PATH`` says. WAL journaling and short transactions make two ``briefing`` processes on
the same corpus safe. In the user cache folder, a file that is not a usable index (garbage,
truncated, someone else's SQLite database) is renamed aside and a fresh index is built in its place;
a path given with ``--index`` must be a new file or a briefing index, anything else is refused
untouched (:func:`check_index_path`). An index that cannot be written (read-only, disk full) or that
a newer version wrote is never set aside: the run goes without it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import weakref
from pathlib import Path

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.sha import sha1
from briefing_tui.store.address import POSTGRES_SCHEMES, address_scheme

APPLICATION_ID = 0x42524946  # "BRIF": marks a file as a briefing-tui index
SCHEMA_VERSION = 5
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
CREATE TABLE IF NOT EXISTS analyses (
    kind TEXT NOT NULL,         -- "found" (names recognised in a source), "quotes", ...
    key TEXT NOT NULL,          -- content key of the source (as in parses)
    version TEXT NOT NULL,      -- fingerprint of the code that made it
    blob BLOB NOT NULL,         -- the caller's encoding
    PRIMARY KEY (kind, key, version)
);
"""


INDEX_FILE_MODE = 0o600
"""An index holds the text of the user's articles: readable by its owner only (SQLite gives its
WAL files the same mode)."""
INDEX_FOLDER_MODE = 0o700
SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID_AT = 68
"""Byte offset of ``PRAGMA application_id`` (4 bytes, big-endian) in an SQLite file header."""


# SQLite primary result codes meaning "cannot write or open this now" (not "this file is damaged"):
# SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
_CANNOT_WRITE_CODES = frozenset({3, 5, 6, 8, 10, 13, 14})
# The same, by message, for errors that carry no result code (Python < 3.11, errors raised by hand).
_CANNOT_WRITE_MESSAGE = lazy_compile(
    r"disk is full"
    r"|read-?only"
    r"|unable to open"
    r"|disk I/O error"
    r"|database (?:table )?is locked"
    r"|access permission denied",
    re.IGNORECASE)


class IndexUnusable(Exception):
    """The index file is not a readable briefing-tui index (damaged, foreign); the message says why.

    Such a file is set aside and a new index is built in its place."""


class IndexSkipped(Exception):
    """The index is fine, or not ours to judge, but cannot be used by this run (it cannot be written,
    the disk is full, a newer version wrote it): it is left untouched and the run goes without it."""


class IndexRefused(ValueError):
    """``--index`` names something that is neither a new file nor a briefing index: refused, untouched."""


def cannot_write(exc: BaseException) -> bool:
    """Whether ``exc`` says the index cannot be written or opened now (full disk, read-only, busy, ...)
    rather than that the file is damaged."""
    if isinstance(exc, OSError):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _CANNOT_WRITE_CODES
    return bool(_CANNOT_WRITE_MESSAGE.search(str(exc)))


def check_index_path(text: str | os.PathLike[str]) -> Path:
    """The index path ``text`` when it is a new file, an empty file or a briefing index.

    Anything else (a URL, a folder, a device, a pipe, an existing file that is not our index) raises
    :class:`IndexRefused` saying why; nothing is opened for writing, nothing is moved.
    """
    raw = os.fspath(text)
    scheme = address_scheme(raw)
    if scheme is not None:
        if scheme in POSTGRES_SCHEMES:
            raise IndexRefused("is a PostgreSQL address, not a file path (a shared index is opened by "
                               "briefing_tui.store.postgres)")
        raise IndexRefused(f"is a {scheme}:// address, not a file path (only a local index file is supported)")
    path = Path(raw).expanduser()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return path  # a new file (its folder is created when needed)
    except NotADirectoryError:
        raise IndexRefused("cannot be made: part of the folder path above it is a file, not a folder") from None
    except OSError as exc:
        raise IndexRefused(f"cannot be examined ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise IndexRefused("is a folder; give the path of an index file (e.g. inside it: index.sqlite3)")
    if not stat.S_ISREG(st.st_mode):
        raise IndexRefused("is not a regular file (a device, pipe or socket); give the path of an index file")
    if st.st_size == 0:
        return path  # nothing in it to lose: SQLite takes an empty file as a new database
    if not is_briefing_index(path):
        raise IndexRefused("is an existing file that is not a briefing index; it is left as it is "
                           "(give a new file name or an existing index)")
    return path


def is_briefing_index(path: Path) -> bool:
    """Whether the file at ``path`` starts with an SQLite header marked as a briefing-tui index."""
    from briefing_tui.safe_read import NotReadable, open_regular

    try:
        with open_regular(path, 1 << 62) as fh:
            head = fh.read(100)
    except (OSError, NotReadable):
        return False
    return (head.startswith(SQLITE_MAGIC) and len(head) >= APPLICATION_ID_AT + 4
            and int.from_bytes(head[APPLICATION_ID_AT:APPLICATION_ID_AT + 4], "big") == APPLICATION_ID)


def default_index_path(roots: list[Path]) -> Path:
    """Where the index of the corpus made of ``roots`` lives in the user cache folder."""
    from briefing_tui.paths import user_cache_dir

    names = sorted(str(_resolved(r)) for r in roots)
    digest = sha1("\0".join(names).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return user_cache_dir() / "index" / f"{digest}.sqlite3"


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


class IndexConnection(sqlite3.Connection):
    """An index's connection: an ordinary one that can be referred to weakly, so that every index a process still
    holds can be closed before it ends without the interpreter's teardown (quick_exit.py)."""


_OPEN_CONNECTIONS: weakref.WeakSet[IndexConnection] = weakref.WeakSet()
"""Every index connection this process made and has not let go of."""


def close_every_index() -> None:
    """Close every index connection this process still holds, as the teardown's freeing of them would (the last
    connection to an index checkpoints its write-ahead log and removes it)."""
    for conn in list(_OPEN_CONNECTIONS):
        try:
            conn.close()
        except sqlite3.Error:
            pass


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed, mode 0600) the index at ``path``.

    Raises :class:`IndexUnusable` when the file is damaged or not ours (to be set aside), and
    :class:`IndexSkipped` when it cannot be used now (unwritable, disk full, a newer version's):
    then it is left as it was, and a file this call created is removed again.
    """
    try:
        path.parent.mkdir(mode=INDEX_FOLDER_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexSkipped(f"its folder cannot be made ({exc.strerror or exc})") from None
    _check_header(path)
    created = _create_private(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False, factory=IndexConnection)
        _OPEN_CONNECTIONS.add(conn)
    except sqlite3.Error as exc:
        _forget(path, created)
        raise IndexSkipped(f"cannot be opened ({exc})") from None
    try:
        _prepare(conn)
        if _shorter_than_header_says(path) and conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise IndexUnusable("is truncated")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if cannot_write(exc):
            _forget(path, created)
            raise IndexSkipped(f"cannot be written ({exc})") from None
        raise IndexUnusable(f"is not a readable index ({exc})") from None
    except (IndexUnusable, IndexSkipped):
        conn.close()
        _forget(path, created)
        raise
    return conn


def _create_private(path: Path) -> bool:
    """Create ``path`` empty with mode 0600 unless it exists; whether this call created it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), INDEX_FILE_MODE)
    except FileExistsError:
        return False
    except OSError as exc:
        raise IndexSkipped(f"cannot be created ({exc.strerror or exc})") from None
    os.close(fd)
    return True


def _forget(path: Path, created: bool) -> None:
    """Remove the (empty) index file this run created and could not use: nothing is left behind."""
    try:
        if not created or os.stat(path).st_size != 0:  # another process may have filled it meanwhile
            return
    except OSError:
        return
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        try:
            os.unlink(path.with_name(name))
        except OSError:
            pass


def _check_header(path: Path) -> None:
    # A quick look before SQLite does: garbage or truncated files are caught here. Never opened
    # when it is not a regular file (a FIFO put there would block the open for ever).
    from briefing_tui.safe_read import NotReadable, open_regular

    try:
        with open_regular(path, 1 << 62) as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return
    except NotReadable:
        raise IndexUnusable("is not a regular file") from None
    except OSError as exc:
        raise IndexSkipped(f"cannot be read ({exc.strerror or exc})") from None
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
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id == APPLICATION_ID and version > SCHEMA_VERSION:
        raise IndexSkipped(f"was written by a newer version of briefing-tui (index format {version}; this "
                           f"version reads format {SCHEMA_VERSION}); it is left untouched")
    if app_id == 0:
        _create(conn)
    elif version != SCHEMA_VERSION:
        _recreate(conn)
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Reading the schema walks the first pages: a damaged file fails here, not mid-session.
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"parses", "results", "analyses"} <= tables:
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
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            for table in ("files", "parses", "results", "analyses"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            _create_tables(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_tables(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the open transaction first.
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def set_aside(path: Path) -> Path | None:
    """Rename a broken index (and its WAL files) out of the way; return the new name.

    None when it cannot be renamed (gone, or a read-only folder): it is then left where it is,
    never deleted."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.broken-{n}")
        if not os.path.lexists(target):
            break
    else:
        return None
    try:
        os.rename(path, target)
    except OSError:
        return None
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            os.rename(side, target.with_name(target.name + suffix))
        except OSError:
            pass
    return target
