"""What search looks through: one :class:`SearchItem` per entity, source, quote and sentence of a corpus.

A corpus of 10k articles has some 200k sentences. :class:`SearchItems` keeps them as arrays of
numbers beside their compressed texts (not one object each) and builds a :class:`SearchItem` only
when one is asked for (the few hits shown); :func:`corpus_items` reads the articles' bodies one at
a time and keeps none of them.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.model import Sentence, Source

KINDS = ("entity", "source", "quote", "sentence")
TEXT_COMPRESSION = 1
"""zlib level for the stored sentence texts: the fastest (10k articles' sentences in about a second)."""


@dataclass(frozen=True, slots=True)
class SearchItem:
    """One searchable thing: its kind, the id to jump to, its text and where it comes from."""

    kind: str  # one of KINDS
    ref: str  # quote id, entity id, source id, or "source_id:sentence_index"
    text: str
    source: str | None = None
    start: int | None = None
    end: int | None = None


TEXT_CACHE = 256
"""Sources whose sentence texts are kept decompressed (the hits of one search come from a few hundred at most)."""


class SearchItems(Sequence[SearchItem]):
    """Items in rank order: any items first (entities, sources, quotes), then sentences stored compactly.

    A sentence item is four numbers in arrays (source, sentence index, start, end); the texts of one
    source's sentences are kept together, compressed (a tenth of 10k articles' sentences as separate
    strings). ``items[i]`` builds the :class:`SearchItem` it stands for, equal to the one made by hand.
    """

    def __init__(self) -> None:
        self._items: list[SearchItem] = []
        self._source_ids: list[str] = []
        self._source = array("i")
        self._index = array("i")
        self._start = array("i")
        self._end = array("i")
        self._first = array("i")  # per source: the number of its first sentence
        self._blobs: list[bytes] = []  # per source: its sentence texts, joined and compressed
        self._cuts: list[array] = []  # per source: where each of its sentence texts ends in the joined text
        self.source_texts = lru_cache(maxsize=TEXT_CACHE)(self._source_texts)

    def add(self, item: SearchItem) -> None:
        """Append ``item`` (only before the first sentence: sentences rank last)."""
        if self._source_ids:
            raise ValueError("items go before the sentences")
        self._items.append(item)

    def add_sentences(self, source_id: str, sentences: Sequence[Sentence]) -> None:
        """Append one sentence item per sentence of source ``source_id``."""
        if not sentences:
            return
        number = len(self._source_ids)
        self._source_ids.append(source_id)
        self._first.append(len(self._source))
        cuts, end = array("i"), 0
        for sent in sentences:
            self._source.append(number)
            self._index.append(sent.index)
            self._start.append(sent.start)
            self._end.append(sent.end)
            end += len(sent.text)
            cuts.append(end)
        self._cuts.append(cuts)
        joined = "".join(sent.text for sent in sentences)
        self._blobs.append(zlib.compress(joined.encode("utf-8", "surrogatepass"), TEXT_COMPRESSION))

    def _source_texts(self, number: int) -> list[str]:
        """The sentence texts of source number ``number``, in order."""
        joined = zlib.decompress(self._blobs[number]).decode("utf-8", "surrogatepass")
        cuts, start, out = self._cuts[number], 0, []
        for end in cuts:
            out.append(joined[start:end])
            start = end
        return out

    def __len__(self) -> int:
        return len(self._items) + len(self._source)

    @overload
    def __getitem__(self, i: int) -> SearchItem: ...

    @overload
    def __getitem__(self, i: slice) -> list[SearchItem]: ...

    def __getitem__(self, i: int | slice) -> SearchItem | list[SearchItem]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("search item index out of range")
        head = len(self._items)
        if i < head:
            return self._items[i]
        j = i - head
        number = self._source[j]
        sid = self._source_ids[number]
        text = self.source_texts(number)[j - self._first[number]]
        return SearchItem("sentence", f"{sid}:{self._index[j]}", text, sid, self._start[j], self._end[j])

    def __iter__(self) -> Iterator[SearchItem]:
        for i in range(len(self)):
            yield self[i]

    def texts(self) -> Iterator[str]:
        """Every item's text, in order (without building the items)."""
        for item in self._items:
            yield item.text
        for number in range(len(self._source_ids)):
            yield from self._source_texts(number)


def corpus_items(corpus: Corpus, cancelled: Callable[[], bool] | None = None) -> SearchItems:
    """Every searchable thing in ``corpus``: entities, sources, quotes, then sentences.

    The order is the ranking's tie-break: a name typed whole most likely means the entity (short,
    specific), then the outlet or title, then the quotes and sentences that merely contain it.
    Stored sources' bodies are read one at a time and dropped once their sentences are taken.
    Stops early once ``cancelled()`` holds (the caller then discards the result).
    """
    items = SearchItems()
    for e in corpus.entities:
        items.add(SearchItem("entity", e.id, " / ".join(dict.fromkeys([e.name, *e.aliases]))))
    for s in corpus.sources:
        label = " · ".join(x for x in (s.outlet, s.title, s.id) if x)
        items.add(SearchItem("source", s.id, label, s.id))
    for q in corpus.quotes:
        items.add(SearchItem("quote", q.id, f"{q.speaker or 'unattributed'}: {q.text}", q.source, q.start, q.end))
    for s in corpus.sources:
        if cancelled is not None and cancelled():
            break
        items.add_sentences(s.id, _sentences(s))
    return items


def _sentences(source: Source) -> Sequence[Sentence]:
    """The sentences of ``source``; a stored source that is not in memory reads its body and keeps none of it."""
    from briefing_tui.store.stored_source import StoredSource

    if isinstance(source, StoredSource) and not source.loaded:
        return source.read_body()["sentences"]
    return source.sentences
