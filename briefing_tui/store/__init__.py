"""The embedded store: parsed sources and corpus-wide results cached in SQLite (no Textual here).

Usage (``load_corpus`` does this for the CLI and the TUI)::

    synced, problems, index = load_indexed(roots, index_path=None, progress=None)
    sources = synced.sources()   # built on demand: a cached lookup may never need them
    analysis = index.remember("analysis", ("extract",), alias_files, compute)

A broken index file is set aside and rebuilt, reported once as a problem; when no index can be
written at all (read-only cache folder, disk full, another process holding a lock for long) the
corpus still loads, parsed from the files, with one message saying so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Problem, Source
from briefing_tui.store.codec import CodecError
from briefing_tui.store.database import IndexUnusable, connect, default_index_path, set_aside
from briefing_tui.store.index import CorpusIndex, Synced
from briefing_tui.store.stored_source import StoredSource

__all__ = ["CorpusIndex", "StoredSource", "Synced", "default_index_path", "load_indexed", "open_index"]


def open_index(path: Path) -> tuple[CorpusIndex | None, list[Problem]]:
    """Open the index at ``path``, setting a broken file aside; (None, [why]) when impossible."""
    notices: list[Problem] = []
    for _ in range(2):
        try:
            return CorpusIndex(path, connect(path)), notices
        except IndexUnusable as exc:
            if notices:
                break
            notices.append(_set_aside_notice(path, str(exc)))
        except (OSError, sqlite3.Error) as exc:
            return None, [*notices, Problem(str(path), f"cannot use the index ({_reason(exc)}); loaded without it")]
    return None, notices


def load_indexed(roots: list[Path], index_path: Path | None = None,
                 progress: Callable[[int, int], None] | None = None
                 ) -> tuple[Synced | list[Source], list[Problem], CorpusIndex | None]:
    """Sources under ``roots`` through the index (default location: the user cache folder).

    Returns a :class:`Synced` (sources on demand) when the index could be used, else the list of
    sources parsed from the files.
    """
    path = Path(index_path).expanduser() if index_path is not None else default_index_path(roots)
    notices: list[Problem] = []
    for attempt in range(2):
        index, opened = open_index(path)
        notices.extend(opened)
        if index is None:
            break
        try:
            with paused_gc():
                synced = index.sync(roots, progress)
            return synced, [*notices, *synced.problems], index
        except (sqlite3.OperationalError, OSError) as exc:
            # Busy past the timeout, disk full, ...: the file is fine, this run goes without it.
            index.close()
            notices.append(Problem(str(path), f"cannot use the index ({_reason(exc)}); loaded without it"))
            break
        except (sqlite3.DatabaseError, CodecError) as exc:
            index.close()
            if attempt or notices:
                set_aside(path)
                break
            notices.append(_set_aside_notice(path, f"is damaged ({_reason(exc)})"))
    from briefing_tui.ingest import load_sources

    sources, problems = load_sources(roots, progress=progress)
    return sources, [*notices, *problems], None


def _set_aside_notice(path: Path, why: str) -> Problem:
    aside = set_aside(path)
    where = f"set aside as {aside.name}" if aside is not None else "removed"
    return Problem(str(path), f"the index {why}; {where} and rebuilt")


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
