"""What the three main panes show for a given filter (plain data, no Textual).

Everything the panes need is indexed once when the corpus is ready, so picking a
source or an entity is a dictionary lookup rather than a scan: with 10k sources and
100k quotes a filter change costs well under a frame.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.model import Entity, Quote, Source

ENTITY_TYPES = ("person", "organization", "place")
TYPE_LABELS = {"person": "People", "organization": "Organizations", "place": "Places"}
TYPE_SYMBOLS = {"person": "●", "organization": "■", "place": "▲"}


def type_label(kind: str) -> str:
    """The plural heading for an entity type ("People"); unknown types are shown as they are."""
    return TYPE_LABELS.get(kind, kind.capitalize() or "Other")


def type_symbol(kind: str) -> str:
    """A one-cell symbol for an entity type, so the type never rests on colour alone."""
    return TYPE_SYMBOLS.get(kind, "◆")


@dataclass(frozen=True, slots=True)
class Filter:
    """The active narrowing of the main panes: a picked source, a picked entity, an entity type."""

    source: str | None = None
    entity: str | None = None
    entity_type: str | None = None

    @property
    def active(self) -> bool:
        """True when anything narrows the panes."""
        return bool(self.source or self.entity or self.entity_type)


@dataclass(frozen=True, slots=True)
class GroupHeader:
    """A non-selectable heading row in a list ("People · 12")."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class PaneRows:
    """The rows of the three panes for one filter."""

    sources: list[Source]
    entities: list[Entity | GroupHeader]
    quotes: list[Quote]
    entity_count: int


class BriefingView:
    """Indexes a corpus for the panes: counts per source, quotes and sources per entity."""

    def __init__(self, corpus: Corpus, analysed: bool = True) -> None:
        """``analysed=False`` indexes the sources alone (entities and quotes are still being found)."""
        self.corpus = corpus
        self.analysed = analysed
        self.sources: list[Source] = list(corpus.sources)
        from briefing_tui.ui.display_text import unique_labels

        self.names: dict[str, str] = unique_labels(self.sources)  # what every view calls each source
        order = {t: i for i, t in enumerate(ENTITY_TYPES)}
        self.entities: list[Entity] = sorted(
            corpus.entities if analysed else (), key=lambda e: (order.get(e.type, len(order)), e.type, -len(e.mentions), e.name.casefold(), e.id))
        self.quotes: list[Quote] = list(corpus.quotes) if analysed else []
        self.entity_by_id = {e.id: e for e in self.entities}
        self.quote_by_id = {q.id: q for q in self.quotes}

        self.quotes_by_source: dict[str, list[Quote]] = defaultdict(list)
        for q in self.quotes:
            for sid in q.sources:
                self.quotes_by_source[sid].append(q)
        self.entities_by_source: dict[str, list[Entity]] = defaultdict(list)
        self.mentions_by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        mentions_by_source = self.mentions_by_source
        self.entity_sources: dict[str, list[str]] = {}
        for e in self.entities:
            sids = e.sources
            self.entity_sources[e.id] = sids
            for sid in sids:
                self.entities_by_source[sid].append(e)
            for m in e.mentions:
                mentions_by_source[m.source].append((m.start, m.end, e.id))
        self.quotes_by_entity = self._quotes_by_entity(mentions_by_source)

    def _quotes_by_entity(self, mentions_by_source: dict[str, list[tuple[int, int, str]]]) -> dict[str, list[Quote]]:
        """Quotes an entity spoke, then quotes whose words name it (each quote once per entity)."""
        spoken: dict[str, list[Quote]] = defaultdict(list)
        named: dict[str, list[Quote]] = defaultdict(list)
        starts: dict[str, list[int]] = {}
        for sid, spans in mentions_by_source.items():
            spans.sort()
            starts[sid] = [s for s, _, _ in spans]
        for q in self.quotes:
            if q.speaker_entity:
                spoken[q.speaker_entity].append(q)
            spans = mentions_by_source.get(q.source)
            if not spans:
                continue
            i = bisect_left(starts[q.source], q.start)
            seen: set[str] = set()
            while i < len(spans) and spans[i][0] < q.end:
                start, end, eid = spans[i]
                if end <= q.end and eid != q.speaker_entity and eid not in seen:
                    seen.add(eid)
                    named[eid].append(q)
                i += 1
        return {eid: spoken.get(eid, []) + named.get(eid, []) for eid in {*spoken, *named}}

    def quote_spans(self, source_id: str) -> list[tuple[int, int, str]]:
        """``(start, end, quote id)`` of every quote occurrence in a source, in text order."""
        spans = []
        for q in self.quotes_by_source.get(source_id, ()):
            if q.source == source_id:
                spans.append((q.start, q.end, q.id))
            spans.extend((o.start, o.end, q.id) for o in q.also_in if o.source == source_id)
        return sorted(spans)

    def quote_count(self, source_id: str) -> int:
        """How many quotes appear in a source."""
        return len(self.quotes_by_source.get(source_id, ()))

    def entity_count(self, source_id: str) -> int:
        """How many distinct entities a source names."""
        return len(self.entities_by_source.get(source_id, ()))

    def rows(self, flt: Filter) -> PaneRows:
        """The rows of each pane under ``flt``."""
        return self._rows(flt.source, flt.entity, flt.entity_type)

    @lru_cache(maxsize=64)  # noqa: B019 - the view lives as long as its corpus
    def _rows(self, source: str | None, entity: str | None, entity_type: str | None) -> PaneRows:
        if entity:
            mentioned = set(self.entity_sources.get(entity, ()))
            sources = [s for s in self.sources if s.id in mentioned]
        else:
            sources = self.sources
        entities = self.entities_by_source.get(source, []) if source else self.entities
        if source:
            order = {e.id: i for i, e in enumerate(self.entities)}
            entities = sorted(entities, key=lambda e: order[e.id])
        if entity_type:
            entities = [e for e in entities if e.type == entity_type]
        if entity:
            quotes = self.quotes_by_entity.get(entity, [])
            if source:
                quotes = [q for q in quotes if source in q.sources]
        elif source:
            quotes = self.quotes_by_source.get(source, [])
        else:
            quotes = self.quotes
        return PaneRows(sources, group_by_type(entities), quotes, len(entities))


def group_by_type(entities: list[Entity]) -> list[Entity | GroupHeader]:
    """Entities (already sorted by type) with a heading row before each type."""
    rows: list[Entity | GroupHeader] = []
    counts: dict[str, int] = defaultdict(int)
    for e in entities:
        counts[e.type] += 1
    current = None
    for e in entities:
        if e.type != current:
            current = e.type
            rows.append(GroupHeader(e.type, type_label(e.type), counts[e.type]))
        rows.append(e)
    return rows
