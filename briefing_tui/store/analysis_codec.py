"""How a cached analysis is stored so that a quick lookup decodes only what it shows.

The stored value has thirteen parts, each compressed on its own unless said otherwise:

- the head: problems and counts;
- what ``briefing quotes`` searches, each quote's speaker and words as one string (``"speaker words"``,
  ``" words"`` when unattributed), as rapidfuzz's ``default_process`` makes it (its version noted: another
  version's are not used), joined by NUL (a JSON list should any contain one) and not compressed: read
  and split, neither inflated, parsed nor processed again;
- where each quote's document starts, as 8-byte integers, not compressed: a lookup reads the 16 bytes of
  the quotes it prints, never the whole column;
- the quotes in full, one JSON document each, so that the few quotes a lookup prints are decoded
  alone (:func:`~briefing_tui.store.lazy_list.peek`). They are compressed as one raw deflate stream
  flushed in full after each document (so each one inflates on its own): a compressor per document
  costs its set-up, which outweighed compressing itself (a third of the stored analysis's writing
  time, a large part of what one edited article costs); a document whose bytes the last analysis
  stored had too is not compressed again (:mod:`briefing_tui.store.quote_segments`);
- the same search strings as they are (stored as the processed ones);
- each quote's speaker and speaker entity (for ``--speaker``; with the search strings, a quote's summary);
- one row per entity (id, name, type, aliases, roles, mention count), built into entities when the
  list is first looked into;
- the source ids of every entity (for ``briefing entities``), and of every quote (for ``--source``);
- the quoted terms, with the mentions of every entity when they are not stored source by source,
  decoded the first time one of those lists is looked into (:class:`~briefing_tui.store.lazy_list.LazyList`);
- the mentions source by source: an index, each mention's entity, each source's piece (empty parts when
  they are stored with the terms; :mod:`briefing_tui.store.mention_pieces`), decoded on first use too.

What a quote lookup reads comes first: SQLite finds a byte of a stored value by walking its chain of
overflow pages from the start, so a read 9 MB in costs some 3 ms of CPU where one 2 MB in costs 0.5.

Reading the head of 10k articles' analysis (11,889 quotes) so costs a split of 1.5 MB of text where it cost
the JSON decoding of a list of lists of 2 MB (~15 ms of a ~250 ms lookup).
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import sys
import zlib
from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from briefing_tui.model import MentionSpans
from briefing_tui.store.codec import CodecError, encode_value, pack, unpack_value
from briefing_tui.store.lazy_list import LazyList
from briefing_tui.store.mention_pieces import pack_mentions, spans_of_pieces, unpack_mentions
from briefing_tui.store.quote_segments import RAW_DEFLATE, segments

if TYPE_CHECKING:
    from briefing_tui.model import Entity

MAGIC = b"\x00analysis/13\x00"
_LENGTH = 8  # bytes per part length, after MAGIC
_PARTS = 13
_OFFSET = "q"  # array type of the quote documents' offsets: 8 bytes each, little-endian as stored
_OFFSET_BYTES = 8
_SEPARATOR = "\0"  # between the stored search strings (none contains it, else they are stored as JSON)


class Window:
    """Bytes ``start:end`` of a stored value, read when sliced: a stored analysis read through
    :class:`~briefing_tui.store.stored_rows.StoredBlob` reads only the parts a command looks into."""

    __slots__ = ("_source", "_start", "_end")

    def __init__(self, source: Any, start: int, end: int) -> None:
        self._source, self._start, self._end = source, start, end

    def __len__(self) -> int:
        return self._end - self._start

    def __getitem__(self, key: slice) -> bytes:
        start, stop, step = key.indices(len(self))
        if step != 1:
            raise ValueError("a stored window is read in steps of one byte")
        return bytes(self._source[self._start + start:self._start + max(start, stop)])

    def whole(self) -> bytes:
        """Every byte of the window."""
        return self[0:len(self)]

    def through(self, other: Window) -> bytes:
        """Every byte from this window's start to the end of ``other`` (a later window of the same value), in one read."""
        if other._source is not self._source or other._end < self._start:
            raise ValueError("not a later window of the same value")
        return bytes(self._source[self._start:other._end])


class _Part:
    """One stored part: compressed JSON (a list of lists), decoded on first use."""

    def __init__(self, blob: Window) -> None:
        self._blob = blob
        self._items: list | None = None

    def items(self) -> list:
        if self._items is None:
            try:
                items = unpack_value(zlib.decompress(self._blob.whole()))
            except zlib.error as exc:
                raise CodecError(f"undecodable stored part: {exc}") from None
            if not isinstance(items, list) or not all(isinstance(x, list) for x in items):
                raise CodecError("malformed stored analysis part")
            self._items = items
        return self._items

    def item(self, i: int) -> list:
        try:
            return self.items()[i]
        except IndexError:
            raise CodecError("stored analysis part is too short") from None


def search_text(speaker: str | None, text: str) -> str:
    """A quote as the fuzzy search reads it: its speaker and its words (``" words"`` when unattributed)."""
    return f"{speaker or ''} {text}"


def pack_analysis(analysis: Any) -> bytes:
    """The stored form of an ``extract.Analysis`` (see the module docstring)."""
    entities = [[e.id, e.name, e.type, list(e.aliases), list(e.roles), len(e.mentions)] for e in analysis.entities]
    searched = [search_text(q.speaker, q.text) for q in analysis.quotes]
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # json.dumps's, made once
    documents = segments((dumps(encode_value(q)).encode("utf-8", "surrogatepass") for q in analysis.quotes),
                         analysis.pieces)
    offsets = array(_OFFSET, [0])
    for doc in documents:
        offsets.append(offsets[-1] + len(doc))
    if sys.byteorder != "little":
        offsets.byteswap()
    joined = not any(_SEPARATOR in text for text in searched)
    from rapidfuzz import __version__ as processed_by
    from rapidfuzz.utils import default_process

    processed = [default_process(text) for text in searched]
    processed_joined = not any(_SEPARATOR in text for text in processed)
    rest = dataclasses.replace(analysis, entities=[], terms=[], quotes=[], pieces=None)
    by_source = pack_mentions(analysis.entities, analysis.pieces)
    if by_source is None:  # an entity lists its mentions otherwise than the pieces give them back
        mention_parts = [b"", b"", b""]
        entity_sources = [e.sources for e in analysis.entities]
        tail = [encode_value(list(analysis.terms)), *(encode_value(list(e.mentions)) for e in analysis.entities)]
    else:
        *mention_parts, entity_sources = by_source
        tail = [encode_value(list(analysis.terms))]
    parts = [
        pack({"analysis": encode_value(rest), "entities": len(entities), "terms": len(analysis.terms),
              "quotes": len(searched), "joined": joined, "processed_by": processed_by,
              "processed_joined": processed_joined, "by_source": by_source is not None}),
        _strings(processed, processed_joined),
        offsets.tobytes(),  # right before the documents: every quote decoded from one read of both
        b"".join(documents),
        _strings(searched, joined),
        pack([[q.speaker for q in analysis.quotes], [q.speaker_entity for q in analysis.quotes]]),
        pack(entities),
        pack(entity_sources),
        pack([q.sources for q in analysis.quotes]),
        pack(tail),
        *mention_parts,
    ]
    return MAGIC + b"".join(len(p).to_bytes(_LENGTH, "big") for p in parts) + b"".join(parts)


PARTS = _PARTS
"""How many parts a stored analysis has (see the module docstring)."""


def parts_of(blob: bytes) -> list[bytes]:
    """The parts of a stored analysis, each as bytes (for :mod:`~briefing_tui.store.analysis_patch`)."""
    return [window.whole() for window in _parts(blob, _PARTS)]


def _parts(blob: Any, count: int) -> list[Window]:
    """The ``count`` parts of a stored analysis (bytes, or anything sliced into bytes), none read yet."""
    at = len(MAGIC) + count * _LENGTH
    header = bytes(blob[0:at])
    if not header.startswith(MAGIC):
        raise CodecError("stored analysis has another format")
    sizes = [int.from_bytes(header[len(MAGIC) + i * _LENGTH:len(MAGIC) + (i + 1) * _LENGTH], "big") for i in range(count)]
    parts = []
    for size in sizes:
        parts.append(Window(blob, at, at + size))
        at += size
    if at != len(blob):
        raise CodecError("stored analysis is truncated")
    return parts


def unpack_analysis(blob: Any) -> Any:
    """The inverse of :func:`pack_analysis`; CodecError for anything else (an older format too).

    ``blob`` is the stored bytes or a value read when sliced (``len`` and ``blob[a:b]``): only the
    head is read at once; every other part when first looked into, a quote's document alone."""
    (head_blob, processed_blob, offsets_blob, documents, search_blob, speakers_blob, entities_blob,
     entity_sources_blob, quote_sources_blob, tail_blob, *by_source) = _parts(blob, _PARTS)
    data = unpack_value(head_blob.whole())
    entity_rows, entity_sources = _Part(entities_blob), _Part(entity_sources_blob)
    quote_sources, tail, speakers = _Part(quote_sources_blob), _Part(tail_blob), _Part(speakers_blob)
    try:
        count = data["quotes"]
        if len(offsets_blob) != (count + 1) * _OFFSET_BYTES:
            raise CodecError("stored quotes do not match their index")

        def one_quote(i: int, read: Any = documents, start: int | None = None, end: int | None = None) -> Any:
            if start is None or end is None:  # the two offsets around document i, in one read
                if not 0 <= i < count:
                    raise IndexError(i)
                both = offsets_blob[i * _OFFSET_BYTES:(i + 2) * _OFFSET_BYTES]
                start = int.from_bytes(both[:_OFFSET_BYTES], "little")
                end = int.from_bytes(both[_OFFSET_BYTES:], "little")
            try:
                return unpack_value(zlib.decompressobj(RAW_DEFLATE).decompress(read[start:end]))
            except zlib.error as exc:
                raise CodecError(f"undecodable stored quote: {exc}") from None

        def all_quotes(_: Any) -> list:
            both = memoryview(offsets_blob.through(documents))  # read once, not one slice per quote
            at = array(_OFFSET)
            at.frombytes(both[:len(offsets_blob)])
            if sys.byteorder != "little":
                at.byteswap()
            every = both[len(offsets_blob):]
            return [one_quote(i, every, at[i], at[i + 1]) for i in range(count)]

        known: dict[str, list[str]] = {}  # the search strings, once read (the summaries are made of them too)

        def searched() -> list[str]:
            if "search" not in known:
                known["search"] = _search_texts(search_blob.whole(), data["joined"], count)
            return known["search"]

        def processed() -> list[str] | None:
            from rapidfuzz import __version__ as processing

            if data["processed_by"] != processing:  # another rapidfuzz may process otherwise: not used
                return None
            return _search_texts(processed_blob.whole(), data["processed_joined"], count)

        def summaries() -> list[list]:
            speaker, entity = speakers.items()
            if len(speaker) != count or len(entity) != count:
                raise CodecError("stored speakers do not match the quotes")
            return [[text[len(who or "") + 1:], who, of] for text, who, of in zip(searched(), speaker, entity)]

        pieces: list[list] = []  # every entity's mentions, once read from the pieces

        def from_pieces(i: int) -> list:
            if not pieces:
                pieces.extend(unpack_mentions(*(part.whole() for part in by_source), data["entities"]))
            if len(pieces[i]) != entity_rows.item(i)[5]:
                raise CodecError("stored mentions do not match the entities")
            return pieces[i]

        def mentions(i: int, count: int) -> list:
            if not count:
                return []
            return LazyList(pending=i if data["by_source"] else i + 1, count=count,
                            decode=from_pieces if data["by_source"] else tail.item,
                            columns={"sources": lambda: entity_sources.item(i)})

        def spans() -> MentionSpans:
            if data["by_source"]:
                return spans_of_pieces(*(part.whole() for part in by_source), data["entities"])
            return mention_spans(tail_blob.whole(), data["entities"])

        def entities(_: Any) -> list[Entity]:
            from briefing_tui.model import Entity  # (made on first use: a quote lookup builds no entity)

            try:
                return [Entity(id_, name, type_, aliases, mentions(i, count), roles)
                        for i, (id_, name, type_, aliases, roles, count) in enumerate(entity_rows.items())]
            except (TypeError, ValueError) as exc:
                raise CodecError(f"malformed stored entities: {exc}") from None

        analysis = data["analysis"]
        analysis.entities = LazyList(pending=True, count=data["entities"], decode=entities,
                                     columns={"mention_spans": spans}
                                     ) if data["entities"] else []
        analysis.terms = LazyList(pending=0, count=data["terms"], decode=tail.item) if data["terms"] else []
        analysis.quotes = LazyList(pending=True, count=count, decode=all_quotes, one=one_quote,
                                   columns={"search": searched, "processed": processed, "summary": summaries,
                                            "sources": quote_sources.items}
                                   ) if count else []
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise CodecError(f"malformed stored analysis: {exc}") from None
    return analysis


def _strings(texts: list[str], joined: bool) -> bytes:
    """A stored column of strings: joined by NUL and not compressed (read and split), else JSON."""
    return _SEPARATOR.join(texts).encode("utf-8", "surrogatepass") if joined else pack(texts)


def _search_texts(stored: bytes, joined: bool, count: int) -> list[str]:
    """The stored search strings of ``count`` quotes (NUL-joined when ``joined``, else a JSON list)."""
    try:
        texts = stored.decode("utf-8", "surrogatepass").split(_SEPARATOR) if joined else unpack_value(stored)
    except UnicodeDecodeError as exc:
        raise CodecError(f"undecodable stored search strings: {exc}") from None
    if not isinstance(texts, list) or len(texts) != count or (
            not joined and not all(isinstance(t, str) for t in texts)):  # a split gives strings
        raise CodecError("stored search strings do not match the quotes")
    return texts


STREAM_PIECE = 1 << 16
"""Compressed bytes inflated at a time when the stored mentions are walked (a 10k-article corpus holds
about 15 MB of them as text: never in memory at once)."""


def mention_spans(tail_blob: bytes, entity_count: int) -> MentionSpans:
    """Where each entity is mentioned, read from the stored mentions one entity at a time.

    No ``Mention`` object is built and the part is never decompressed or decoded whole: the stored
    list is inflated piece by piece and walked element by element (the quoted terms first, then
    each entity's mentions).
    """
    spans = MentionSpans(entity_count)
    count = 0
    try:
        for element, value in enumerate(_list_elements(tail_blob)):
            if element:
                for source, start, end in _span_rows(value):
                    spans.add(element - 1, source, start, end)
            count = element + 1
    except (zlib.error, UnicodeDecodeError, IndexError, ValueError, KeyError, TypeError) as exc:
        raise CodecError(f"malformed stored mentions: {exc}") from None
    if count != entity_count + 1:
        raise CodecError("stored mentions do not match the entities")
    return spans


def _list_elements(blob: bytes) -> Iterator[Any]:
    """The elements of a stored (packed) JSON list of lists and objects, decoded one at a time.

    Every element is a list or an object, so one cut short at the end of what is inflated so far
    fails to decode, and is tried again once more text has come.
    """
    inflate = zlib.decompressobj() if blob[:1] not in (b"{", b"[") else None
    utf8 = codecs.getincrementaldecoder("utf-8")("surrogatepass")
    decoder = json.JSONDecoder()
    text, at, retry_from, opened = "", 0, 0, False
    for i in range(0, len(blob) + 1, STREAM_PIECE):
        piece = blob[i:i + STREAM_PIECE]
        last = i + STREAM_PIECE > len(blob)
        data = (inflate.decompress(piece) + (inflate.flush() if last else b"")) if inflate is not None else piece
        text = text[at:] + utf8.decode(data, final=last)
        retry_from -= at
        at = 0
        if not opened and text:
            at, opened = _after(text, 0, "["), True
        while opened and at < len(text) and (last or len(text) >= retry_from):
            if text[at] == "]":
                return
            try:
                value, end = decoder.raw_decode(text, at)
            except ValueError:
                retry_from = at + 2 * (len(text) - at)  # cut short: decode again once twice as much is here
                break
            yield value
            at = end
            if at < len(text) and text[at] == ",":
                at += 1
    raise ValueError("the stored list is cut short")


def _after(text: str, at: int, char: str) -> int:
    """The position after ``char`` at ``at`` (the stored JSON has no white space)."""
    if text[at] != char:
        raise ValueError(f"expected {char!r} at {at}")
    return at + 1


def _span_rows(value: Any) -> list[tuple[str, int, int]]:
    """``(source, start, end)`` of each mention in one entity's stored mentions (a table, or a list of objects)."""
    if isinstance(value, dict):
        fields = value["fields"]
        i, j, k = fields.index("source"), fields.index("start"), fields.index("end")
        return [(row[i], row[j], row[k]) for row in value["rows"]]
    return [(m["source"], m["start"], m["end"]) for m in value]
