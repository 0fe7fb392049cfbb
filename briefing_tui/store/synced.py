"""What a sync of the index with the files produces: the plan of every file, and the corpus it yields.

:class:`Synced` is the SQLite index's :class:`~briefing_tui.store.backend.SyncedCorpus`: problems and
members at once, sources (parsed ones as they are, stored ones as lazy records) when first asked for.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.model import Problem, Source
from briefing_tui.store.backend import Member
from briefing_tui.store.codec import CodecError
from briefing_tui.store.files import reparse_file
from briefing_tui.store.listing import Listing
from briefing_tui.store.stored_source import StoredSource

if TYPE_CHECKING:
    from briefing_tui.store.index import CorpusIndex


@dataclass(eq=False)
class Planned:
    """One discovered file on its way through :meth:`CorpusIndex.sync`."""

    path: str
    sid: str
    stamp: list | None  # [size, mtime_ns, sidecar stamp] or None when it cannot be stat'ed
    key: str | None  # content key, None when unreadable (or not recorded)
    ok: bool | None = None  # whether it yields a source, once known
    reasons: Sequence[str] = ()  # its problems
    changed: bool = True
    fresh: Source | None = None  # parsed in this run
    head: list | None = None  # its stored head, when already read


@dataclass
class Manifest:
    listing: Listing
    listing_fresh: bool
    rows: dict[str, tuple]  # path -> (source id, stamp, key, ok, problems)
    checked: int
    members: str  # digest of (source id, path, key) of every source


class Synced:
    """The outcome of a sync: problems now, sources when first asked for."""

    def __init__(self, index: CorpusIndex, name: str, plan: list[Planned], problems: list[Problem]) -> None:
        self.problems = problems
        self._name = name
        self.count = sum(1 for p in plan if p.ok)
        """How many sources there are (known without building them)."""
        self._index, self._plan = index, plan

    def members(self) -> list[Member]:
        """Every source's id, path and content key, in discovery order (builds no source)."""
        return [Member(p.sid, p.path, p.key or "") for p in self._plan if p.ok]

    def sources(self) -> list[Source]:
        """The sources, in discovery order: parsed ones as they are, stored ones as lazy stubs."""
        wanted = {p.key for p in self._plan if p.ok and p.fresh is None and p.key}
        try:
            heads = self._index.heads(self._name, wanted) if wanted else {}
        except (sqlite3.Error, CodecError):
            heads = {}
        out: list[Source] = []
        load = self._index.load_body
        for p in self._plan:
            if not p.ok:
                continue
            if p.fresh is not None:
                out.append(p.fresh)
                continue
            head = heads.get(p.key)
            try:
                out.append(StoredSource.from_head(p.sid, p.path, p.key, head, load))
            except (ValueError, TypeError):  # gone from the index meanwhile, or damaged: read the file
                source = reparse_file(p.path, p.sid)
                if source is not None:
                    out.append(source)
        return out


def members_digest(plan: list[Planned]) -> str:
    h = hashlib.sha1()
    for p in plan:
        if p.ok:
            h.update(f"{p.sid}\0{p.path}\0{p.key or ''}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def roots_name(roots: list[Path]) -> str:
    return "\0".join(sorted(str(r) for r in roots))
