"""Fuzzy search over everything in a briefing: quotes, entities, sources and sentences.

Contract used by the UI and the benchmark::

    index = SearchIndex(items)               # items: Sequence[SearchItem]
    hits = index.search("japan is bak", limit=50, cancelled=None)  # -> list[Hit], best first

This first version scans every item (substring, then rapidfuzz); issue 6 replaces the
internals with a real index behind the same interface.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus

KINDS = ("quote", "entity", "source", "sentence")


@dataclass(frozen=True, slots=True)
class SearchItem:
    """One searchable thing: its kind, the id to jump to, its text and where it comes from."""

    kind: str  # one of KINDS
    ref: str  # quote id, entity id, source id, or "source_id:sentence_index"
    text: str
    source: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the item, its score (0-100) and the matched character positions in its text."""

    item: SearchItem
    score: float
    positions: tuple[int, ...] = ()


class SearchIndex:
    """Ranks items against a query: exact and prefix hits first, then fuzzy ones."""

    def __init__(self, items: Sequence[SearchItem]) -> None:
        self.items = list(items)
        self._folded = [" ".join(it.text.casefold().split()) for it in self.items]

    def __len__(self) -> int:
        return len(self.items)

    def search(self, query: str, limit: int = 50, cancelled: Callable[[], bool] | None = None) -> list[Hit]:
        """The best ``limit`` hits for ``query`` (empty query: no hits)."""
        q = " ".join(query.casefold().split())
        if not q:
            return []
        scored: list[tuple[float, int, tuple[int, ...]]] = []
        for i, text in enumerate(self._folded):
            pos = text.find(q)
            if pos >= 0:
                bonus = 10.0 if pos == 0 or not text[pos - 1].isalnum() else 0.0
                scored.append((90.0 + bonus - min(len(text), 400) / 400, i, tuple(range(pos, pos + len(q)))))
        if len(scored) < limit and len(q) >= 3:
            from rapidfuzz import fuzz, process

            exact = {i for _, i, _ in scored}
            for _, score, i in process.extract(q, self._folded, scorer=fuzz.partial_ratio, limit=limit * 2,
                                               score_cutoff=75):
                if cancelled is not None and cancelled():
                    return []
                if i not in exact:
                    scored.append((score * 0.85, i, _fuzzy_positions(q, self._folded[i])))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Hit(self.items[i], round(s, 1), p) for s, i, p in scored[:limit]]


def _fuzzy_positions(query: str, text: str) -> tuple[int, ...]:
    from rapidfuzz import fuzz

    al = fuzz.partial_ratio_alignment(query, text)
    if al is None:
        return ()
    return tuple(range(al.dest_start, al.dest_end))


def corpus_items(corpus: Corpus) -> list[SearchItem]:
    """Every searchable thing in ``corpus``: quotes, entities, sources and sentences."""
    items: list[SearchItem] = []
    for q in corpus.quotes:
        items.append(SearchItem("quote", q.id, f"{q.speaker or 'unattributed'}: {q.text}", q.source, q.start, q.end))
    for e in corpus.entities:
        items.append(SearchItem("entity", e.id, " / ".join(dict.fromkeys([e.name, *e.aliases]))))
    for s in corpus.sources:
        label = " · ".join(x for x in (s.outlet, s.title, s.id) if x)
        items.append(SearchItem("source", s.id, label, s.id))
    for s in corpus.sources:
        for sent in s.sentences:
            items.append(SearchItem("sentence", f"{s.id}:{sent.index}", sent.text, s.id, sent.start, sent.end))
    return items
