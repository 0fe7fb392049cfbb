"""Entities and quotes: who is named and who said what (no Textual here).

Contract used by the rest of the program::

    analyse(sources, alias_files=(), memo=None) -> Analysis

A ``memo`` (:class:`StageMemo`, the store's) keeps the per-source stages' results between runs, so
that after one article changes only the cross-source steps run over the whole corpus again.

Stages: ``recognise`` (names in each source) -> ``spread_known_names`` (a name one source confirms is a
mention wherever it is written) -> ``resolve`` (one entity per person, place or
organisation across the corpus, user aliases applied) -> ``quotes`` (direct and reported speech per
source, attributed to canonical names) -> ``merge`` (the same words in several sources: one quote).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefing_tui.model import Problem, Quote, Source

if TYPE_CHECKING:
    from briefing_tui.extract.found import Found
    from briefing_tui.extract.person_spellings import AlikeRecord
    from briefing_tui.extract.resolution_record import ResolutionRecord
    from briefing_tui.extract.spread_step import SpreadStep
    from briefing_tui.model import Entity


@dataclass(slots=True)
class QuotedTerm:
    """A name, title or slogan in quotation marks: kept, but never anyone's speech."""

    source: str
    start: int
    end: int
    text: str


class AnalysisPieces(Protocol):
    """Where the stored form of an analysis keeps its pieces between runs (the index's): each source's
    mentions (:mod:`briefing_tui.store.mention_pieces`) and the compressed quote documents
    (:mod:`briefing_tui.store.quote_segments`), so that only what changed is encoded again."""

    def piece_keys(self) -> dict[str, str]:
        """A key for each source id whose mentions it can tell apart: the same key, the same mentions."""
        ...

    def stored_pieces(self, keys: dict[str, str]) -> dict[str, bytes]:
        """The stored piece of each source id made under the key ``keys`` gives it (those stored)."""
        ...

    def keep_pieces(self, fresh: dict[str, tuple[str, bytes]]) -> None:
        """Keep the pieces made in this run (source id -> its key and piece). Best effort."""
        ...

    def stored_documents(self) -> bytes | None:
        """The quote documents' record kept by the last analysis stored, if any."""
        ...

    def keep_documents(self, record: bytes, compressed: int) -> None:
        """Keep this run's quote documents' record for the next (``compressed``: how many of them this run
        compressed). Best effort."""
        ...


@dataclass
class Analysis:
    """Everything extracted from a corpus: merged entities, attributed quotes, quoted terms."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    terms: list[QuotedTerm] = field(default_factory=list)  # names and slogans in quote marks, not speech
    problems: list[Problem] = field(default_factory=list)  # bad alias files
    pieces: AnalysisPieces | None = field(default=None, repr=False, compare=False)
    """Where storing this analysis finds the pieces stored before (each source's mentions, the quote
    documents); not part of the analysis, never stored."""


SourceQuotes = tuple[list[Quote], list[QuotedTerm]]
"""The quotes and quoted terms of one source, before quotes are merged across sources."""


class StageMemo(Protocol):
    """Per-source stage results kept between runs; each method returns ``compute(source)`` for every
    source it has no valid stored result for (and stores it). Results are fresh objects each call."""

    def recognised(self, sources: Sequence[Source], compute: Callable[[Source], list[Found]]
                   ) -> dict[str, list[Found]]:
        """Names recognised in each source, by source id (they depend on the source alone)."""
        ...

    def spread(self, sources: Sequence[Source], found: dict[str, list[Found]], step: SpreadStep
               ) -> dict[str, list[Found]]:
        """Names of each source after spreading known names (``found`` as recognised), by source id, as
        ``step`` computes them (:mod:`briefing_tui.extract.spread_step`)."""
        ...

    def quotes(self, sources: Sequence[Source], found: dict[str, list[Found]],
               entity_of: dict[tuple[str, str], Entity], compute: Callable[[Source], SourceQuotes]
               ) -> dict[str, SourceQuotes]:
        """Quotes of each source, by source id; they depend on the source, its names ``found[id]``
        and the id, name, type and roles of the entities those names resolved to (``entity_of``)."""
        ...

    def pieces(self) -> AnalysisPieces | None:
        """Where the stored analysis of this run keeps its pieces (None: everything encoded afresh)."""
        ...

    def alike(self) -> AlikeRecord:
        """The person spellings alike as the last resolution kept them (``before``; None when there is no
        such record), for this run's resolution (:mod:`briefing_tui.extract.person_spellings`)."""
        ...

    def keep_alike(self, record: AlikeRecord) -> None:
        """Keep this run's relation (``record.after``) for the next, when it knows spellings the last did not."""
        ...

    def resolution(self) -> ResolutionRecord | None:
        """The grouping the last resolution kept (``before``) and this run's view of each source, after
        spreading (:mod:`briefing_tui.extract.resolution_record`); None when nothing may be kept (user aliases)."""
        ...

    def keep_resolution(self, record: ResolutionRecord) -> None:
        """Keep this run's grouping (``record.after``, when the names were grouped afresh) for the next."""
        ...


def analyse(sources: Sequence[Source], alias_files: Sequence[Path] = (), memo: StageMemo | None = None) -> Analysis:
    """Extract entities and quotes from every source and resolve them across the corpus."""
    from briefing_tui.extract.aliases import load_aliases
    from briefing_tui.extract.corpus_names import spread_known_names
    from briefing_tui.extract.gazetteer import shipped_gazetteer
    from briefing_tui.extract.merge import merge_quotes
    from briefing_tui.extract.organisation_speakers import unify_organisation_speakers
    from briefing_tui.extract.quotes import source_quotes
    from briefing_tui.extract.recognise import recognise
    from briefing_tui.extract.resolve import resolve
    from briefing_tui.gcpause import paused_gc, settle_young

    # Hundreds of thousands of small acyclic objects: the cyclic collector would rescan them all
    # again and again as the corpus grows (a quarter of the time at 3k articles).
    with paused_gc():
        aliases, problems = load_aliases(alias_files)
        gaz = shipped_gazetteer()
        if memo is None:
            found = {s.id: recognise(s, gaz) for s in sources}
        else:
            found = memo.recognised(sources, lambda s: recognise(s, gaz))
        found = spread_known_names(sources, found, gaz, memo)
        alike = memo.alike() if memo is not None else None
        record = memo.resolution() if memo is not None else None
        entities, entity_of = resolve(sources, found, aliases, alike, record)
        if memo is not None and alike is not None and not (record is not None and record.replayed):
            memo.keep_alike(alike)  # a replayed grouping looked nothing up: the kept relation stays
        if memo is not None and record is not None:
            memo.keep_resolution(record)
        if memo is None:
            per_source = {s.id: source_quotes(s, found[s.id], entity_of) for s in sources}
        else:
            per_source = memo.quotes(sources, found, entity_of, lambda s: source_quotes(s, found[s.id], entity_of))
        quotes, terms = [], []
        for s in sources:
            q, t = per_source[s.id]
            quotes.extend(q)
            terms.extend(t)
        unify_organisation_speakers(quotes, entities)  # "Interior Ministry", "interior ministry", "ministry": one
        pieces = memo.pieces() if memo is not None else None
        analysis = Analysis(entities, merge_quotes(quotes), terms, problems, pieces)
        settle_young()  # what was built lives on: not scanned again as young objects (see settle_young)
        return analysis
