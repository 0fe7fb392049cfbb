"""Which file is which: stamps (size, mtime, sidecar), content keys, and re-reading a file.

The index trusts a file whose stamp is unchanged and otherwise keys its parse by content
(the file's bytes, its sidecar and the parser version), so a renamed file is not parsed again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from briefing_tui.model import Source
from briefing_tui.sha import sha1
from briefing_tui.store.stored_source import HEAVY_FIELDS, StoredSource


def file_stamp(path: str, sidecar: str | None) -> list | None:
    """[size, mtime_ns, sidecar] of a file, the sidecar as [path, size, mtime_ns] or None; None when unreadable.

    Lists, not tuples, so that a stamp compares equal to itself after a trip through JSON.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    side = None
    if sidecar is not None:
        try:
            sst = os.stat(sidecar)
            side = [sidecar, sst.st_size, sst.st_mtime_ns]
        except OSError:
            side = [sidecar, -1, -1]
    return [st.st_size, st.st_mtime_ns, side]


def file_stamps(paths: list[str], sidecars: dict[str, str]) -> list[list | None]:
    """:func:`file_stamp` of many files, stat'ed relative to an open folder (a third faster on 10k files)."""
    out: list[list | None] = []
    folders: dict[str, int | None] = {}
    try:
        for path in paths:
            side = sidecars.get(path)
            folder, _, name = path.rpartition(os.sep)
            if folder not in folders:
                try:
                    folders[folder] = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
                except OSError:
                    folders[folder] = None
            fd = folders[folder]
            if fd is None or side is not None or os.stat not in os.supports_dir_fd:
                out.append(file_stamp(path, side))
                continue
            try:
                st = os.stat(name, dir_fd=fd)
            except OSError:
                out.append(None)
                continue
            out.append([st.st_size, st.st_mtime_ns, None])
    finally:
        for fd in folders.values():
            if fd is not None:
                os.close(fd)
    return out


def file_sizes_and_mtimes(paths: list[str]) -> tuple[list[int | None], list[int | None]]:
    """Sizes and mtimes (ns) of many files, None for one that cannot be stat'ed (a warm start's check).

    Each folder is opened once and its files stat'ed relative to it; the two lists are compared whole
    with the stored ones, so no per-file object is built.
    """
    single = _one_folder(paths)
    if single is not None:  # the common case (a folder of articles): no per-path grouping in Python
        stats = _stats_in(*single)
        if stats is not None:
            return [st.st_size for st in stats], [st.st_mtime_ns for st in stats]
    by_folder: dict[str, tuple[list[int], list[str]]] = {}
    for i, path in enumerate(paths):
        folder, _, name = path.rpartition(os.sep)
        folder = folder or (os.sep if path.startswith(os.sep) else ".")
        group = by_folder.get(folder)
        if group is None:
            group = by_folder[folder] = ([], [])
        group[0].append(i)
        group[1].append(name)
    sizes: list[int | None] = [None] * len(paths)
    mtimes: list[int | None] = [None] * len(paths)
    for folder, (members, names) in by_folder.items():
        stats = _stats_in(folder, names) or [_stat_or_none(paths[i]) for i in members]
        for i, st in zip(members, stats):
            if st is not None:
                sizes[i] = st.st_size
                mtimes[i] = st.st_mtime_ns
    return sizes, mtimes


def _one_folder(paths: list[str]) -> tuple[str, list[str]] | None:
    """The folder and the names when every path names a file directly in the same folder, else None.

    Tested on the paths joined by NUL (which no path contains), by counting: each path after the first
    starts a ``NUL + folder + separator`` run, and the separators are the folder's alone.
    """
    if not paths or "\0" in paths[0]:
        return None
    folder, sep, _ = paths[0].rpartition(os.sep)
    if not sep or not folder:
        return None
    prefix = folder + sep
    joined = "\0".join(paths)
    if (joined.count("\0" + prefix) != len(paths) - 1 or joined.count("\0") != len(paths) - 1
            or joined.count(sep) != len(paths) * prefix.count(sep)):
        return None
    return folder, joined[len(prefix):].split("\0" + prefix)


def _stats_in(folder: str, names: list[str]) -> list[os.stat_result] | None:
    """``os.stat`` of every name relative to the open folder; None when the folder or any file fails."""
    if os.stat not in os.supports_dir_fd:
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    try:
        stat = os.stat
        return [stat(name, dir_fd=fd) for name in names]
    except OSError:
        return None
    finally:
        os.close(fd)


def _stat_or_none(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def sidecar_of(stamp: list) -> str | None:
    return stamp[2][0] if stamp[2] else None


def content_key(path: str, sidecar: str | None) -> str | None:
    """Hash of the file's bytes and its sidecar's; None when the file cannot or must not be read.

    The type and size are checked before anything is opened (:mod:`briefing_tui.safe_read`):
    a FIFO, a device or an 8 GB file is left for the parser to refuse with its reason, never read.
    """
    from briefing_tui.ingest.decode import MAX_BYTES
    from briefing_tui.ingest.metadata import MAX_YAML_BYTES
    from briefing_tui.safe_read import NotReadable, hash_regular

    h = sha1()
    try:
        hash_regular(path, MAX_BYTES, h)
    except (OSError, NotReadable):
        return None
    if sidecar is not None:
        h.update(b"\0sidecar\0" + Path(sidecar).suffix.encode())
        try:
            hash_regular(sidecar, MAX_YAML_BYTES, h)
        except (OSError, NotReadable):
            h.update(b"\0unreadable")
    return h.hexdigest()


def reparse_file(path: str, sid: str) -> Source | None:
    from briefing_tui.ingest.discover import Found
    from briefing_tui.ingest.load import read_article

    return read_article(Found(Path(path), sid))[0]


def reparse(stub: StoredSource) -> dict[str, Any]:
    """The heavy fields straight from the file, when the index cannot give them."""
    source = reparse_file(stub.path, stub.id)
    if source is None:
        return {"raw": "", "paragraphs": [], "sentences": [], "citations": [], "removed": [], "meta_spans": {}}
    return {name: getattr(source, name) for name in HEAVY_FIELDS}
