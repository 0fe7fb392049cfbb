"""Which article files a corpus has, remembered so that a warm start does not walk the tree.

Finding 10k files (walking, resolving each path to drop duplicates) costs far more than checking
them. A folder's mtime changes whenever an entry is added, removed or renamed in it, so when
every folder walked last time still has the same mtime (and ctime, and inode), the same files are
there: only their own stamps need checking. Sidecars (``<stem>.yaml``) are noted at the same time.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_tui.model import Problem
from briefing_tui.store.fingerprint import code_fingerprint

RACY_NS = 2_000_000_000
"""A folder or file changed this close to the moment it was recorded is looked at again next time
(timestamps are coarse: a change within the same tick would otherwise go unnoticed)."""

SIDECAR_SUFFIXES = (".yaml", ".yml")
MISSING = -1
"""Stamp of a root that did not exist: the listing holds only while it still does not."""


@dataclass
class Listing:
    """The article files under a set of roots, their sidecars, and what was found wrong."""

    found: list[tuple[str, str]]  # (path, source id), in discovery order
    problems: list[Problem]
    sidecars: dict[str, str]  # article path -> sidecar path
    folders: list[tuple[str, int, int, int]]  # (path, mtime_ns, ctime_ns, inode) of every folder walked
    taken_ns: int

    def to_json(self, same_as: list[tuple[str, str]] | None = None) -> dict[str, Any]:
        """A JSON-able form (stored inside the manifest); ``found`` is left out when it equals ``same_as``."""
        found = None if same_as is not None and self.found == same_as else [list(f) for f in self.found]
        return {"found": found, "problems": [[p.path, p.reason] for p in self.problems],
                "sidecars": self.sidecars, "folders": [list(x) for x in self.folders],
                "taken_ns": self.taken_ns, "code": code_fingerprint(("ingest",))}

    @classmethod
    def from_json(cls, data: dict[str, Any], same_as: list[tuple[str, str]]) -> Listing:
        """The inverse of :meth:`to_json` (KeyError/TypeError/ValueError when malformed)."""
        found = same_as if data["found"] is None else [(str(p), str(i)) for p, i in data["found"]]
        return cls(found, [Problem(str(p), str(r)) for p, r in data["problems"]],
                   {str(k): str(v) for k, v in data["sidecars"].items()},
                   [(str(p), int(m), int(c), int(n)) for p, m, c, n in data["folders"]], int(data["taken_ns"]))

    def still_valid(self, stored_code: str) -> bool:
        """Whether nothing was added, removed or renamed in any folder since this listing was taken."""
        if stored_code != code_fingerprint(("ingest",)):
            return False
        for path, mtime, ctime, inode in self.folders:
            try:
                st = os.stat(path)
            except OSError:
                if inode == MISSING:
                    continue
                return False
            if inode == MISSING:
                return False
            if (st.st_mtime_ns, st.st_ctime_ns, st.st_ino) != (mtime, ctime, inode) or mtime >= self.taken_ns - RACY_NS:
                return False
        return True


def take_listing(roots: list[Path], follow_links: bool = False) -> Listing:
    """Discover the article files (as ingestion does) and note the folders and sidecars seen."""
    from briefing_tui.ingest.discover import CorpusFence, discover  # the parser comes with it: only when needed

    taken = time.time_ns()
    found, problems = discover(roots, follow_links)
    fence = CorpusFence(roots, follow_links)
    folders: list[tuple[str, int, int, int]] = []
    names_by_dir: dict[str, set[str]] = {}
    seen: set[tuple[int, int]] = set()
    def unreadable(error: OSError) -> None:
        # A folder that cannot be listed still has a ctime: fixing its permissions changes it.
        try:
            st = os.stat(error.filename)
            folders.append((str(error.filename), st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
        except (OSError, TypeError):
            pass

    for root in roots:
        if not root.exists():
            folders.append((str(root), MISSING, MISSING, MISSING))
            continue
        start = root if root.is_dir() else root.parent
        for dirpath, dirnames, filenames in os.walk(start, followlinks=True, onerror=unreadable):
            try:
                st = os.stat(dirpath)
            except OSError:
                dirnames[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            folders.append((dirpath, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
            names_by_dir[str(Path(dirpath))] = set(filenames)
            # The same pruning as discovery; a root that is a file needs only its own folder.
            dirnames[:] = [] if not root.is_dir() else fence.inside(
                dirpath, [d for d in dirnames if not d.startswith((".", "__"))])
    sidecars: dict[str, str] = {}
    for f in found:
        names = names_by_dir.get(str(f.path.parent))
        if names is None:
            names = set(os.listdir(f.path.parent)) if f.path.parent.is_dir() else set()
        for ext in SIDECAR_SUFFIXES:
            if f.path.stem + ext in names:
                sidecars[str(f.path)] = str(f.path.with_suffix(ext))
                break
    return Listing([(str(f.path), f.id) for f in found], problems, sidecars, folders, taken)
