"""Keeping the shared corpus in step with the files it came from: updates, ``--delete`` and removal.

What identifies "the same article" across edits is where its member came from: the machine
(``members.host``) and the absolute path of the file (``members.path``) that first added it. When
that file now holds other bytes, its new content is added and the old member removed in the same
transaction, so the corpus holds one version. A member whose content was first added from another
path or machine is never touched by a sync of this one (the same bytes elsewhere keep it).

Every statement that takes row locks takes them in content-key order (``ORDER BY key FOR UPDATE``,
inserts sorted by key), so concurrent writers never deadlock on each other's rows.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from briefing_tui.store.postgres.members import INSERT_MEMBERS, member_ids

LOCK_MEMBERS = "SELECT key FROM members WHERE key = ANY(%s) ORDER BY key FOR UPDATE"
"""Row locks on the members about to be deleted, in content-key order (deterministic)."""
STALE_MEMBERS = ("SELECT key, path FROM members WHERE host = %s AND path = ANY(%s) AND NOT (key = ANY(%s)) "
                 "ORDER BY key FOR UPDATE")
"""Older versions of the files written now: members added from the same paths on this machine whose
content is no longer any file's of this write (locked in content-key order)."""
DELETE_MEMBERS = "DELETE FROM members WHERE key = ANY(%s) RETURNING key"


@dataclass
class Written:
    """What one chunk of :func:`write_members` did, counted per content key."""

    added: int = 0
    updated: int = 0
    known: int = 0


def write_members(conn: Any, host: str, rows: list[tuple], paths_of: dict[str, list[str]],
                  current: Collection[str]) -> Written:
    """Insert a chunk of member ``rows`` (sorted by key) and remove the older versions of their files,
    in one transaction (the caller opens it). ``paths_of`` maps each row's key to every path holding
    those bytes in this write; ``current`` is every content key of this write (never removed)."""
    paths = sorted({p for row in rows for p in paths_of[row[0]]})
    stale = conn.execute(STALE_MEMBERS, (host, paths, list(current))).fetchall()
    if stale:
        conn.execute(DELETE_MEMBERS, ([k for k, _ in stale],))
    replaced = {path for _, path in stale}
    new = {r[0] for r in conn.execute(INSERT_MEMBERS, [list(c) for c in zip(*rows)]).fetchall()}
    out = Written()
    for row in rows:
        if replaced.intersection(paths_of[row[0]]):
            out.updated += 1
        elif row[0] in new:
            out.added += 1
        else:
            out.known += 1
    return out


def gone_members(conn: Any, host: str, roots: Iterable[str], listed: Collection[str]) -> list[str]:
    """Content keys of members added from under ``roots`` on this machine whose file is gone (not
    listed now and not on disk)."""
    prefixes = [(r, r.rstrip(os.sep) + os.sep) for r in roots]
    rows = conn.execute("SELECT key, path FROM members WHERE host = %s", (host,)).fetchall()
    return sorted(key for key, path in rows
                  if any(path == root or path.startswith(prefix) for root, prefix in prefixes)
                  and path not in listed and not os.path.lexists(path))


def delete_members(conn: Any, keys: list[str]) -> int:
    """Remove the members ``keys`` (rows locked in key order first); how many were removed."""
    if not keys:
        return 0
    locked = [k for (k,) in conn.execute(LOCK_MEMBERS, (sorted(keys),)).fetchall()]
    if not locked:
        return 0
    return len(conn.execute(DELETE_MEMBERS, (locked,)).fetchall())


def keys_of_ids(conn: Any, ids: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """({id: content key} for the ids naming a member of the shared corpus (ids as ``sources`` lists
    them), [ids naming none])."""
    by_id = {sid: key for key, sid in member_ids(conn.execute("SELECT key, stem FROM members").fetchall()).items()}
    found: dict[str, str] = {}
    unknown: list[str] = []
    for sid in ids:
        if sid in by_id:
            found[sid] = by_id[sid]
        else:
            unknown.append(sid)
    return found, unknown
