"""What the three main panes show for a given filter (plain data, no Textual).

Everything the panes need is indexed once when the corpus is ready, so picking a
source or an entity is a dictionary lookup rather than a scan: with 10k sources and
100k quotes a filter change costs well under a frame.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_tui.model import MentionSpans

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
    """Indexes a corpus for the panes: counts per source, quotes and sources per entity.

    What the panes show first is built at once from the entities' stored source ids, without decoding
    any mention. Where each entity is mentioned (for the reader's underlines and the quotes that name
    an entity) is linked on first use, or ahead of it by :meth:`link_mentions` (the loader calls it
    off the UI thread once the panes are filled).
    """

    def __init__(self, corpus: Corpus, analysed: bool = True, names: dict[str, str] | None = None) -> None:
        """``analysed=False`` indexes the sources alone (entities and quotes are still being found);
        ``names`` are the sources' labels when already made (by the view of the sources alone)."""
        from briefing_tui.corpus import Corpus as CorpusClass

        self.corpus = corpus
        self.analysed = analysed
        self.sources: list[Source] = list(corpus.sources)
        if names is None:
            from briefing_tui.ui.display_text import unique_labels

            names = unique_labels(self.sources)
        self.names: dict[str, str] = names  # what every view calls each source
        self.source_places: dict[str, list[int]] = defaultdict(list)  # each source id's places in ``sources``
        for place, source in enumerate(self.sources):
            self.source_places[source.id].append(place)
        order = {t: i for i, t in enumerate(ENTITY_TYPES)}
        self.entities: list[Entity] = sorted(
            corpus.entities if analysed else (), key=lambda e: (order.get(e.type, len(order)), e.type, -len(e.mentions), e.name.casefold(), e.id))
        self.quotes: list[Quote] = list(corpus.quotes) if analysed else []
        self.entity_by_id = {e.id: e for e in self.entities}
        self.entity_rank = {e.id: i for i, e in enumerate(self.entities)}  # the entities pane's order
        self._grouped: list[Entity | GroupHeader] | None = None
        self.quote_by_id = {q.id: q for q in self.quotes}

        self.quotes_by_source: dict[str, list[Quote]] = defaultdict(list)
        for q in self.quotes:
            for sid in q.sources:
                self.quotes_by_source[sid].append(q)
        self.entities_by_source: dict[str, list[Entity]] = defaultdict(list)
        self.entity_sources: dict[str, list[str]] = {}
        for e in self.entities:
            sids = CorpusClass.entity_sources(e)
            self.entity_sources[e.id] = sids
            for sid in sids:
                self.entities_by_source[sid].append(e)
        self._links: tuple[MentionSpans, list[str], dict[str, list[Quote]]] | None = None
        self._links_lock = threading.Lock()

    def link_mentions(self) -> None:
        """Read where every entity is mentioned and link quotes to the entities they name (once; any thread)."""
        if self._links is not None:
            return
        with self._links_lock:
            if self._links is not None:
                return
            if self.analysed:
                spans, ids = self.corpus.mention_spans(), [e.id for e in self.corpus.entities]
            else:  # entities are still being found: none to link yet
                spans, ids = MentionSpans(0), []
            self._links = (spans, ids, self._quotes_by_entity(spans, ids))

    def mentions_in(self, source_id: str) -> list[tuple[int, int, str]]:
        """``(start, end, entity id)`` of every entity mention in a source, in text order."""
        self.link_mentions()
        spans, ids, _ = self._links
        found = spans.by_source.get(source_id)
        if found is None:
            return []
        starts, ends, entities = found
        return sorted(zip(starts, ends, (ids[n] for n in entities)))

    def first_mention(self, entity_id: str, source_id: str | None = None) -> tuple[str, int, int] | None:
        """``(source, start, end)`` of the entity's first mention in ``source_id`` (else anywhere), or None."""
        if source_id:
            for start, end, eid in self.mentions_in(source_id):
                if eid == entity_id:
                    return source_id, start, end
        self.link_mentions()
        spans, ids, _ = self._links
        try:
            return spans.first[ids.index(entity_id)]
        except ValueError:
            return None

    @property
    def quotes_by_entity(self) -> dict[str, list[Quote]]:
        """Quotes an entity spoke, then quotes whose words name it (each quote once per entity)."""
        self.link_mentions()
        return self._links[2]

    def _quotes_by_entity(self, spans: MentionSpans, ids: list[str]) -> dict[str, list[Quote]]:
        spoken: dict[str, list[Quote]] = defaultdict(list)
        named: dict[str, list[Quote]] = defaultdict(list)
        by_source: dict[str, list[int]] = defaultdict(list)
        for position, q in enumerate(self.quotes):
            if q.speaker_entity:
                spoken[q.speaker_entity].append(q)
            by_source[q.source].append(position)
        names: dict[int, list[str]] = {}  # quote position -> the entities its words name
        for sid, positions in by_source.items():
            stored = spans.by_source.get(sid)
            if stored is None:
                continue
            ordered = sorted(zip(*stored))
            starts = [start for start, _, _ in ordered]
            for position in positions:
                q = self.quotes[position]
                i = bisect_left(starts, q.start)
                seen: list[str] = []
                while i < len(ordered) and ordered[i][0] < q.end:
                    start, end, number = ordered[i]
                    eid = ids[number]
                    if end <= q.end and eid != q.speaker_entity and eid not in seen:
                        seen.append(eid)
                    i += 1
                names[position] = seen
        for position in sorted(names):
            for eid in names[position]:
                named[eid].append(self.quotes[position])
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
            # the sources naming it, in the sources pane's order: placed through ``source_places`` (a scan of
            # every source read each one's id: ~10 ms a pick at 10,000 sources, for the few that name it)
            mentioned = set(self.entity_sources.get(entity, ()))
            places = sorted(place for sid in mentioned for place in self.source_places.get(sid, ()))
            sources = [self.sources[place] for place in places]
        else:
            sources = self.sources
        entities = self.entities_by_source.get(source, []) if source else self.entities
        if source:
            entities = sorted(entities, key=lambda e: self.entity_rank[e.id])
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
        return PaneRows(sources, self._all_grouped() if entities is self.entities else group_by_type(entities), quotes,
                        len(entities))

    def _all_grouped(self) -> list[Entity | GroupHeader]:
        """Every entity under its type's heading (made once: an entity filter leaves the entities pane whole)."""
        if self._grouped is None:
            self._grouped = group_by_type(self.entities)
        return self._grouped


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
