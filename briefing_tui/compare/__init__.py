"""Cross-source comparison: figures normalised, claims aligned, verdicts with evidence.

Contract used by the rest of the program::

    compare(corpus) -> list[Claim]

Issue 5 fills this in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus


@dataclass(slots=True)
class Statement:
    """One source's version of a claim: the sentence, its offsets and its voice."""

    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    sentence_index: int | None = None


@dataclass(slots=True)
class Claim:
    """Statements from several sources about one thing, with a verdict and its evidence."""

    id: str
    topic: str
    verdict: str  # "agree" | "disagree" | "single"
    evidence: str
    statements: list[Statement] = field(default_factory=list)


def compare(corpus: "Corpus") -> list[Claim]:
    """Align the corpus's statements into claims."""
    return []
