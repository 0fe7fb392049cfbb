"""What the rest of the program needs from an index, whatever stores it (SQLite file, PostgreSQL).

:class:`IndexBackend` is the contract; :class:`~briefing_tui.store.index.CorpusIndex` (SQLite) is
one implementation. A backend stores four things:

- **parses**: per content key (hash of a file's bytes and sidecar) and ``PARSER_VERSION``, a small
  *head* (see :mod:`briefing_tui.store.codec`) and a decoded-on-demand *body*;
- **members**: which files make up a corpus (a set of roots) and their content keys, brought up
  to date by :meth:`IndexBackend.sync`;
- **per-source analyses**: opaque blobs keyed by ``(kind, content key, version)`` (a source's
  recognised names, its quotes, its statements ...; ``version`` names the code that made them);
- **results**: cross-source values keyed by ``(kind, signature)``; :meth:`IndexBackend.remember`
  computes and stores one when it is missing.

Blobs are bytes made by the caller's codec: a backend never interprets them. Every read may return
less than asked (a row gone meanwhile, a damaged one dropped); the caller then recomputes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from briefing_tui.model import Problem, Source

T = TypeVar("T")

Progress = Callable[[int, int], None]
"""``progress(done, total)`` while files are checked and parsed."""


@dataclass(frozen=True, slots=True)
class Member:
    """One source of a synchronised corpus: its id, file path and content key."""

    id: str
    path: str
    key: str


@runtime_checkable
class SyncedCorpus(Protocol):
    """The outcome of :meth:`IndexBackend.sync`: the corpus's members now, sources when asked for."""

    problems: list[Problem]
    """Files that could not be read or parsed, and why (discovery order)."""
    count: int
    """How many sources the corpus has (known without building them)."""

    def members(self) -> list[Member]:
        """Every source's id, path and content key, in discovery order (builds no source)."""
        ...

    def sources(self) -> list[Source]:
        """The sources, in discovery order (stored ones as lazy records whose body loads on first use)."""
        ...


@runtime_checkable
class IndexBackend(Protocol):
    """An open index: synchronise it with files, read stored sources, cache analyses and results."""

    parsed: int
    """How many files the last :meth:`sync` had to parse (the rest came from the index)."""
    members_digest: str
    """Digest of (id, path, content key) of every member as of the last :meth:`sync` (results are keyed by it)."""

    def sync(self, roots: Sequence[Path], progress: Progress | None = None,
             follow_links: bool = False) -> SyncedCorpus:
        """Bring the index up to date with the files under ``roots``; parse only what changed."""
        ...

    def read_heads(self, keys: Collection[str]) -> dict[str, list[Any]]:
        """Stored heads (see :func:`~briefing_tui.store.codec.source_head`) of these content keys, those known."""
        ...

    def read_body(self, key: str) -> dict[str, Any] | None:
        """The heavy fields of the source stored under ``key`` (see ``StoredSource``), None when not stored."""
        ...

    def read_bodies(self, keys: Collection[str]) -> dict[str, dict[str, Any]]:
        """:meth:`read_body` of many keys in one pass (those stored)."""
        ...

    def get_analyses(self, kind: str, version: str, keys: Collection[str]) -> dict[str, bytes]:
        """Stored per-source analyses of ``kind`` made by code ``version``, by content key (those stored)."""
        ...

    def put_analyses(self, kind: str, version: str, blobs: Mapping[str, bytes]) -> None:
        """Store per-source analyses (content key -> blob); replaces what ``(kind, key, version)`` held.

        Best effort: a busy or read-only index stores nothing and raises nothing."""
        ...

    def get_result(self, kind: str, signature: str) -> bytes | None:
        """The stored cross-source result ``(kind, signature)``, or None."""
        ...

    def put_result(self, kind: str, signature: str, blob: bytes) -> None:
        """Store a cross-source result (older signatures of ``kind`` beyond a few are dropped). Best effort."""
        ...

    def signature(self, depends: tuple[str, ...], inputs: Iterable[Path]) -> str:
        """A result key for this corpus state: members, parser, the code of packages ``depends``, files ``inputs``."""
        ...

    def remember(self, kind: str, depends: tuple[str, ...], inputs: Iterable[Path],
                 compute: Callable[[], T]) -> T:
        """The stored ``kind`` result for :meth:`signature`, or ``compute()`` (then stored)."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
