"""Entities and quotes: who is named and who said what (no Textual here).

Contract used by the rest of the program::

    analyse(sources, alias_files=()) -> Analysis

Stages: ``recognise`` (names in each source) -> ``resolve`` (one entity per person, place or
organisation across the corpus, user aliases applied) -> ``quotes`` (direct and reported speech per
source, attributed to canonical names) -> ``merge`` (the same words in several sources: one quote).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.model import Entity, Problem, Quote, Source


@dataclass(slots=True)
class QuotedTerm:
    """A name, title or slogan in quotation marks: kept, but never anyone's speech."""

    source: str
    start: int
    end: int
    text: str


@dataclass
class Analysis:
    """Everything extracted from a corpus: merged entities, attributed quotes, quoted terms."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    terms: list[QuotedTerm] = field(default_factory=list)  # names and slogans in quote marks, not speech
    problems: list[Problem] = field(default_factory=list)  # bad alias files


def analyse(sources: Sequence[Source], alias_files: Sequence[Path] = ()) -> Analysis:
    """Extract entities and quotes from every source and resolve them across the corpus."""
    from briefing_tui.extract.aliases import load_aliases
    from briefing_tui.extract.gazetteer import shipped_gazetteer
    from briefing_tui.extract.merge import merge_quotes
    from briefing_tui.extract.quotes import source_quotes
    from briefing_tui.extract.recognise import recognise
    from briefing_tui.extract.resolve import resolve
    from briefing_tui.gcpause import paused_gc

    # Hundreds of thousands of small acyclic objects: the cyclic collector would rescan them all
    # again and again as the corpus grows (a quarter of the time at 3k articles).
    with paused_gc():
        aliases, problems = load_aliases(alias_files)
        gaz = shipped_gazetteer()
        found = {s.id: recognise(s, gaz) for s in sources}
        entities, entity_of = resolve(sources, found, aliases)
        quotes, terms = [], []
        for s in sources:
            q, t = source_quotes(s, found[s.id], entity_of)
            quotes.extend(q)
            terms.extend(t)
        return Analysis(entities, merge_quotes(quotes), terms, problems)
