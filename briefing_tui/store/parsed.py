"""A corpus parsed straight from its files (no index): the same shape as a synchronised one."""

from __future__ import annotations

from briefing_tui.model import Problem, Source
from briefing_tui.store.backend import Member


class ParsedCorpus:
    """Sources parsed in this run, as a :class:`~briefing_tui.store.backend.SyncedCorpus` (nothing is stored:
    the members have no content key)."""

    def __init__(self, sources: list[Source], problems: list[Problem]) -> None:
        self.problems = problems
        self.count = len(sources)
        self._sources = sources

    def members(self) -> list[Member]:
        """Every source's id and path (no content key: nothing was stored)."""
        return [Member(s.id, s.path, "") for s in self._sources]

    def sources(self) -> list[Source]:
        """The parsed sources, in discovery order."""
        return self._sources
