"""The embedded store: parsed sources and corpus-wide results cached in SQLite (no Textual here).

Usage (``load_corpus`` does this for the CLI and the TUI)::

    synced, problems, index = load_indexed(roots, index_path=None, progress=None)
    sources = synced.sources()   # built on demand: a cached lookup may never need them
    if index is not None:        # None when the index could not be used: parsed from the files
        analysis = index.remember("analysis", ("extract",), alias_files, compute)

A damaged index file is set aside and rebuilt, reported once as a problem; when the index cannot be
written (read-only file or folder, disk full, another process holding a lock for long) or was
written by a newer version, it is left untouched and the corpus still loads, parsed from the files,
with one message saying so. A path given explicitly must be a new file or a briefing index
(:func:`check_index_path` raises :class:`IndexRefused` otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.model import Problem
    from briefing_tui.store.backend import IndexBackend, Member, SyncedCorpus
    from briefing_tui.store.database import IndexRefused, check_index_path, default_index_path
    from briefing_tui.store.index import CorpusIndex
    from briefing_tui.store.parsed import ParsedCorpus
    from briefing_tui.store.stored_source import StoredSource
    from briefing_tui.store.synced import Synced

__all__ = ["CorpusIndex", "IndexBackend", "IndexRefused", "Member", "ParsedCorpus", "StoredSource", "Synced",
           "SyncedCorpus", "check_index_path", "default_index_path", "load_indexed", "open_index"]

# Where each name this package exports lives. They are imported when first used, so that a light module
# of the package (``store.address``, read on every command's start) does not load the index code with it.
_EXPORTS = {
    "CorpusIndex": "index", "IndexBackend": "backend", "IndexRefused": "database", "Member": "backend",
    "ParsedCorpus": "parsed", "StoredSource": "stored_source", "Synced": "synced", "SyncedCorpus": "backend",
    "check_index_path": "database", "default_index_path": "database",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)


def open_index(path: Path) -> tuple[CorpusIndex | None, list[Problem]]:
    """Open the index at ``path``, setting a damaged file aside; (None, [why]) when it cannot be used."""
    import sqlite3

    from briefing_tui.model import Problem
    from briefing_tui.store.database import IndexSkipped, IndexUnusable, connect, set_aside
    from briefing_tui.store.index import CorpusIndex

    aside: Path | None = None
    why = ""
    for _ in range(2):
        try:
            index = CorpusIndex(path, connect(path))
        except IndexUnusable as exc:
            if aside is not None:
                return None, [Problem(str(path), f"the index {why}; set aside as {aside.name}, but the new one "
                                                 f"{exc}; loaded without it")]
            why = str(exc)
            aside = set_aside(path)
            if aside is None:
                return None, [Problem(str(path), f"the index {why}; it could not be set aside, so it is left as "
                                                 f"it is and this run goes without it")]
            continue
        except IndexSkipped as exc:
            done = f"set aside as {aside.name}; the new index {exc}" if aside is not None else str(exc)
            return None, [Problem(str(path), f"the index {why + '; ' if why else ''}{done}; loaded without it")]
        except (OSError, sqlite3.Error) as exc:
            return None, [Problem(str(path), f"cannot use the index ({_reason(exc)}); loaded without it")]
        notices = [] if aside is None else [Problem(str(path), f"the index {why}; set aside as {aside.name} and rebuilt")]
        return index, notices
    return None, []


def load_indexed(roots: list[Path], index_path: Path | None = None,
                 progress: Callable[[int, int], None] | None = None, follow_links: bool = False
                 ) -> tuple[SyncedCorpus, list[Problem], IndexBackend | None]:
    """Sources under ``roots`` through the index (default location: the user cache folder).

    Returns the corpus (sources on demand), every problem, and the index; when the index could not
    be used the sources are parsed from the files (a :class:`ParsedCorpus`) and the index is None.
    """
    import sqlite3

    from briefing_tui.gcpause import paused_gc
    from briefing_tui.model import Problem
    from briefing_tui.store.codec import CodecError
    from briefing_tui.store.database import cannot_write, check_index_path, default_index_path, set_aside

    path = check_index_path(index_path) if index_path is not None else default_index_path(roots)
    notices: list[Problem] = []
    rebuilding = ""  # "the index is damaged (...); set aside as ...": said once the new one works
    for attempt in range(2):
        index, opened = open_index(path)
        notices.extend(opened)
        if index is None:
            if rebuilding:
                notices.insert(0, Problem(str(path), rebuilding))
            break
        try:
            with paused_gc():
                synced = index.sync(roots, progress, follow_links)
            if rebuilding:
                notices.insert(0, Problem(str(path), f"{rebuilding} and rebuilt"))
            return synced, [*notices, *synced.problems], index
        except (sqlite3.DatabaseError, CodecError, OSError) as exc:
            index.close()
            if cannot_write(exc):
                # Busy past the timeout, disk full, read-only: the file is fine, this run goes without it.
                notices.append(Problem(str(path), f"the index cannot be written ({_reason(exc)}); loaded without it"))
                break
            if attempt or notices:
                notices.append(Problem(str(path), f"{rebuilding or 'the index'}; the new index is damaged too "
                                                  f"({_reason(exc)}); loaded without it"))
                break
            aside = set_aside(path)
            if aside is None:
                notices.append(Problem(str(path), f"the index is damaged ({_reason(exc)}) and could not be set "
                                                  f"aside; loaded without it"))
                break
            rebuilding = f"the index is damaged ({_reason(exc)}); set aside as {aside.name}"
    from briefing_tui.ingest import load_sources
    from briefing_tui.store.parsed import ParsedCorpus  # (only without the index: a warm lookup imports neither)

    sources, problems = load_sources(roots, progress=progress, follow_links=follow_links)
    return ParsedCorpus(sources, problems), [*notices, *problems], None


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
