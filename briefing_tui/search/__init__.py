"""Fuzzy search over everything in a briefing: quotes, entities, sources and sentences.

Contract used by the UI and the benchmark::

    index = SearchIndex(items)               # items: Sequence[SearchItem]
    hits = index.search("japan is bak", limit=50, cancelled=None)  # -> list[Hit], best first

Queries match word prefixes (every query word must start a word of the item, in any order),
whole-word and phrase matches rank first, and typos are found through the indexed vocabulary;
see :mod:`briefing_tui.search.engine` for how it stays fast at a million items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_tui.gcpause import paused_gc
from briefing_tui.search.engine import WordIndex
from briefing_tui.search.highlight import Highlighter
from briefing_tui.search.items import KINDS, SearchItem, SearchItems, corpus_items
from briefing_tui.search.tokens import words

__all__ = ["KINDS", "Hit", "SearchIndex", "SearchItem", "SearchItems", "corpus_items"]

MAX_QUERY_WORDS = 16
"""Words of a query beyond this are ignored (a pasted paragraph must not cost seconds)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the item, its score (0-100) and the matched character positions in its text."""

    item: SearchItem
    score: float
    positions: tuple[int, ...] = ()


class SearchIndex:
    """Ranks items against a query: whole-word and phrase hits first, then word-prefix, then typo matches.

    Ties keep the order of ``items``. Built once (about 1 s per 100k sentences); each search
    touches only the candidates the inverted index gives (see :mod:`briefing_tui.search.engine`).
    """

    def __init__(self, items: Sequence[SearchItem]) -> None:
        self.items: Sequence[SearchItem] = items if isinstance(items, SearchItems) else list(items)
        texts = items.texts() if isinstance(items, SearchItems) else (it.text for it in self.items)
        with paused_gc():
            self._index = WordIndex(texts)

    def __len__(self) -> int:
        return len(self.items)

    def search(self, query: str, limit: int = 50, cancelled: Callable[[], bool] | None = None) -> list[Hit]:
        """The best ``limit`` hits for ``query`` (empty query: no hits); [] once ``cancelled()`` is true."""
        tokens = words(query)[:MAX_QUERY_WORDS]
        if not tokens or limit <= 0:
            return []
        matches = self._index.exact(tokens, limit, cancelled)
        if len(matches) < limit:
            matches += self._index.fuzzy(tokens, limit - len(matches), {m.index for m in matches}, cancelled)
        if cancelled is not None and cancelled():
            return []
        exact = Highlighter(tokens)
        typos = Highlighter(tokens, matches[-1].fuzzy) if matches and matches[-1].fuzzy else exact
        hits = []
        for m in matches:
            item = self.items[m.index]  # once: a sentence item is built on each look-up
            hits.append(Hit(item, m.score, (typos if m.fuzzy else exact).positions(item.text)))
        return hits
