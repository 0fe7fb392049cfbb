"""Cross-source comparison: figures normalised, claims aligned, verdicts with evidence.

Contract used by the rest of the program::

    compare(corpus) -> list[Claim]

The stages, each a plain function over plain data: ``figures`` (money, dates, periods, years,
counts, with offsets), ``rates`` (the dated exchange-rate table), ``units`` (sentences with their
words, names, figures, cues and voice), ``align`` (grouping across sources), ``verdict``
(agree / disagree / single with evidence) and ``claims`` (ids, topics, statements).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_tui.compare.figures import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.rates import RateTable
    from briefing_tui.corpus import Corpus

VERDICTS = ("disagree", "agree", "single")


@dataclass(slots=True)
class Statement:
    """One source's version of a claim: the sentence, its offsets and its voice.

    ``voice`` is "outlet" (the source's own words), "quoted" or "reported"; ``speaker`` the person
    quoted or reported, or None when unknown. ``marks`` are (start, end, kind) offsets into the
    source's raw text of the figures and cues behind the verdict (kind "match", "conflict" or "cue").
    """

    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    sentence_index: int | None = None
    voice: str = "outlet"
    figures: list[Figure] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    marks: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """Statements from several sources about one thing, with a verdict and its evidence."""

    id: str
    topic: str
    verdict: str  # "agree" | "disagree" | "single"
    evidence: str
    statements: list[Statement] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Ids of the sources with a statement in this claim, in order."""
        return list(dict.fromkeys(s.source for s in self.statements))


def compare(corpus: "Corpus", table: "RateTable | None" = None) -> list[Claim]:
    """Align the corpus's statements into claims (disagreements first, then agreements, then singles)."""
    from briefing_tui.compare.claims import build_claims

    return build_claims(corpus.sources, corpus.entities, corpus.quotes, table)
