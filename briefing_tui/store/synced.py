"""What a sync of the index with the files produces: the plan of every file, and the corpus it yields.

:class:`Synced` is the SQLite index's :class:`~briefing_tui.store.backend.SyncedCorpus`: problems and
members at once, sources (parsed ones as they are, stored ones as lazy records) when first asked for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.model import Problem, Source
from briefing_tui.sha import sha1
from briefing_tui.store.codec import CodecError
from briefing_tui.store.files import reparse_file
from briefing_tui.store.heads_codec import text_of
from briefing_tui.store.listing import Listing
from briefing_tui.store.stored_source import StoredSource

if TYPE_CHECKING:
    from briefing_tui.store.backend import Member
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
    """A corpus's state as of its last sync: its listing and each file's stamp, key and outcome."""

    listing: Listing
    listing_fresh: bool
    data: dict  # the stored arrays: "paths", "sids", "sizes", "mtimes", "sidecars", "keys", "ok", "problems"
    current: bool  # whether the rows were made by this PARSER_VERSION (else none of them is trusted)
    checked: int
    members: str  # digest of (source id, path, key) of every source
    found_in_rows: bool = False  # the listing's files are the rows' (paths, sids): see files_listing

    def files_listing(self) -> Listing:
        """The listing with its files: those of the stored rows when the listing left them out (the same
        then), put in on first use (10k pairs a warm start never looks at)."""
        if self.found_in_rows and len(self.listing.found) != len(self.data["paths"]):
            self.listing.found = list(zip(self.data["paths"], self.data["sids"]))
        return self.listing

    @property
    def rows(self) -> dict[str, tuple]:
        """path -> (source id, stamp, key, ok, problems); empty when made by another parser version."""
        if not self.current:
            return {}
        data, reasons = self.data, self.data["problems"]
        return {path: (sid, [size, mtime, side], key, bool(ok), reasons.get(path, ()))
                for path, sid, size, mtime, side, key, ok in zip(
                    data["paths"], data["sids"], data["sizes"], data["mtimes"], data["sidecars"], data["keys"],
                    data["ok"], strict=True)}

    def unchanged_plan(self) -> list[Planned]:
        """Every stored file as planned when none changed (read from the stored arrays)."""
        data = self.data
        return [Planned(path, sid, [size, mtime, side], key, bool(ok), data["problems"].get(path, ()), changed=False)
                for path, sid, size, mtime, side, key, ok in zip(
                    data["paths"], data["sids"], data["sizes"], data["mtimes"], data["sidecars"], data["keys"],
                    data["ok"], strict=True)]


class Synced:
    """The outcome of a sync: problems now, sources when first asked for."""

    def __init__(self, index: CorpusIndex, name: str, plan: list[Planned] | Callable[[], list[Planned]],
                 problems: list[Problem], count: int | None = None) -> None:
        """``plan`` may be given as a function that makes it, with ``count``: it is made when first needed
        (a warm lookup answered from cached results never needs it)."""
        self.problems = problems
        self._name = name
        self._make_plan = plan if callable(plan) else None
        self._planned = plan if not callable(plan) else None
        self.count = count if count is not None else sum(1 for p in self._plan if p.ok)
        """How many sources there are (known without building them)."""
        self._index = index

    @property
    def _plan(self) -> list[Planned]:
        if self._planned is None:
            assert self._make_plan is not None
            self._planned = self._make_plan()
        return self._planned

    def members(self) -> list[Member]:
        """Every source's id, path and content key, in discovery order (builds no source)."""
        from briefing_tui.store.backend import Member  # (made here: a warm lookup asks for no member)

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


def skip_repeated_texts(plan: list[Planned], heads: Callable[[set[str]], dict[str, list]],
                        texts: Callable[[set[str]], dict[str, str]] | None = None) -> None:
    """Mark the later of two files with one article text as yielding no source, with the problem naming the
    file it repeats (see :func:`~briefing_tui.ingest.same_text.repeated_texts`); ``heads(keys)`` reads stored
    heads, ``texts(keys)`` (when given) the digests of their texts alone, those it lacks then read from their
    heads. A file skipped so at the last sync is weighed again (the file it repeated may be gone)."""
    from briefing_tui.ingest.same_text import SAME_TEXT, SAME_TEXT_MARK, repeated_texts  # (a warm start never comes here)

    for p in plan:
        if any(r.startswith(SAME_TEXT_MARK) for r in p.reasons):
            p.reasons = [r for r in p.reasons if not r.startswith(SAME_TEXT_MARK)]
            p.ok, p.changed = True, True
    ok = [p for p in plan if p.ok]
    missing = {p.key for p in ok if p.fresh is None and p.head is None and p.key}
    try:
        known = texts(missing) if texts is not None and missing else {}
        rest = {k for k in missing if k not in known}
        stored = heads(rest) if rest else {}
    except (sqlite3.Error, CodecError):
        known, stored = {}, {}
    digests = [p.fresh.text_hash if p.fresh is not None else known[p.key] if p.head is None and p.key in known
               else text_of(p.head or stored.get(p.key or "")) for p in ok]
    for i, k in repeated_texts(digests, [p.stamp[1] if p.stamp else None for p in ok]).items():
        ok[i].ok, ok[i].changed = False, True
        ok[i].reasons = [*ok[i].reasons, SAME_TEXT.format(other=ok[k].path)]


def members_digest(plan: list[Planned]) -> str:
    h = sha1()
    for p in plan:
        if p.ok:
            h.update(f"{p.sid}\0{p.path}\0{p.key or ''}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def roots_name(roots: list[Path]) -> str:
    return "\0".join(sorted(str(r) for r in roots))
