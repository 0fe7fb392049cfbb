"""Entities and quotes: who is named and who said what (no Textual here).

Contract used by the rest of the program::

    analyse(sources, alias_files=()) -> Analysis

Issue 3 fills this in; until then it finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.model import Entity, Quote, Source


@dataclass
class Analysis:
    """Everything extracted from a corpus: merged entities and attributed quotes."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def analyse(sources: Sequence[Source], alias_files: Sequence[Path] = ()) -> Analysis:
    """Extract entities and quotes from every source and resolve them across the corpus."""
    return Analysis()
