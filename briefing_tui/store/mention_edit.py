"""What :class:`~briefing_tui.store.analysis_patch.Patch` hands :mod:`~briefing_tui.store.mention_patch` of an edit
that adds names."""

from __future__ import annotations

import dataclasses
from typing import Any

from briefing_tui.extract.found import Found
from briefing_tui.extract.resolution_record import KeptResolution
from briefing_tui.store.analysis_base import Base


@dataclasses.dataclass
class Edit:
    """What :class:`~briefing_tui.store.analysis_patch.Patch` read of the edit (see its ``_run``)."""

    backend: Any
    stages: Any
    members: Any
    signature: str
    base: Base
    at: int
    kept: KeptResolution
    answers: list
    digests: dict
    known_added: set[tuple]
    known_lost: bool
    old_names: list[Found]
    new_names: list[Found]
    source: Any
    digest: str
    added: bool = False
    """Whether the article is new (an edit from nothing: no names, quotes or terms before)."""
    people: Any = None
    """What resolution reads of the other articles' people (:class:`~briefing_tui.store.made_known.CorpusPeople`),
    when the spreading answers were made from every member's names (:mod:`~briefing_tui.store.made_known`)."""
    moved: tuple[int, int] | None = None
    """A group the edit makes earlier: its number in the kept record, and in a full analysis's."""


def known_part(found: list[Found]) -> set[tuple]:
    """What spreading's known spellings take of one source's names (:class:`~briefing_tui.extract.corpus_names.KnownSpellings`)."""
    return {(f.type, f.text, f.key, f.full) for f in found if f.confirmed}
