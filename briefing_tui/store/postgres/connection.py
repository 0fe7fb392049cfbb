"""Opening a shared index: connect with psycopg 3, check or migrate the schema.

libpq reads the credentials (the URL, ``PG*`` variables, ``PGPASSFILE``/``~/.pgpass``); this module
never sees a password except inside the URL it passes on, and every error it raises names the
address with the password masked (:func:`~briefing_tui.store.postgres.url.masked`).
"""

from __future__ import annotations

from typing import Any

from briefing_tui.store.address import SharedIndexError
from briefing_tui.store.postgres.schema import MIGRATION_LOCK, MIGRATIONS, SCHEMA_VERSION
from briefing_tui.store.postgres.url import libpq_url, masked, scrub

CONNECT_TIMEOUT_S = 10
"""How long to wait for the server before saying it cannot be reached."""
APPLICATION_NAME = "briefing"

__all__ = ["APPLICATION_NAME", "CONNECT_TIMEOUT_S", "SharedIndexError", "connect", "driver", "prepare", "schema_version"]


def driver() -> Any:
    """The psycopg module, or SharedIndexError saying how to install it."""
    try:
        import psycopg
    except ImportError:
        raise SharedIndexError("PostgreSQL needs psycopg 3: pip install 'briefing-tui[postgres]'") from None
    return psycopg


def connect(url: str) -> Any:
    """An autocommit connection to ``url`` whose schema is current (created or migrated if needed).

    A reader whose role may only SELECT can connect once a writer has created the schema.
    """
    psycopg = driver()
    try:
        conn = psycopg.connect(libpq_url(url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name=APPLICATION_NAME)
    except psycopg.Error as exc:
        raise SharedIndexError(f"{masked(url)}: cannot connect ({_first_line(scrub(str(exc), url))})") from None
    try:
        prepare(conn, url)
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: Any) -> int:
    """The schema version of the database (0 when it has none)."""
    row = conn.execute("SELECT to_regclass('briefing_meta') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    found = conn.execute("SELECT value FROM briefing_meta WHERE name = 'schema_version'").fetchone()
    return int(found[0]) if found else 0


def prepare(conn: Any, url: str) -> None:
    """Create or migrate the schema (under an advisory lock); SharedIndexError when it cannot be."""
    psycopg = driver()
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise SharedIndexError(f"{masked(url)}: written by a newer version of briefing-tui (schema {version}; "
                               f"this version reads schema {SCHEMA_VERSION}); it is left untouched")
    if version == SCHEMA_VERSION:
        return
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            version = schema_version(conn)  # another machine may have done it while we waited
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    conn.execute(statement)
            conn.execute("INSERT INTO briefing_meta VALUES ('schema_version', %s) ON CONFLICT (name) "
                         "DO UPDATE SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
    except psycopg.errors.InsufficientPrivilege:
        raise SharedIndexError(f"{masked(url)}: has no briefing index yet and this role may not create one "
                               f"(a writer creates it with `briefing sync DIR`)") from None
    except psycopg.Error as exc:
        raise SharedIndexError(f"{masked(url)}: cannot prepare the index ({_first_line(scrub(str(exc), url))})") from None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no reason given"
