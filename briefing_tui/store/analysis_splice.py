"""The stored analysis's quote documents, quoted terms and one source's mentions made again in place
(:mod:`~briefing_tui.store.analysis_patch`, :mod:`~briefing_tui.store.mention_patch`)."""

from __future__ import annotations

import dataclasses
import json
import sys
import zlib
from array import array
from collections.abc import Collection
from typing import Any

from briefing_tui.extract.found import Found
from briefing_tui.model import Quote, QuoteOccurrence
from briefing_tui.store.analysis_codec import MAGIC
from briefing_tui.store.codec import encode_value, pack, unpack, unpack_value
from briefing_tui.store.quote_segments import LEVEL, RAW_DEFLATE

POSITION_FIELDS = ("id", "start", "end", "sentence", "sentence_index", "cue")
"""Fields of a quote an edit may change without changing how quotes merge (the merge reads its words, kind,
speaker and source); an occurrence in ``also_in`` keeps the first four of source, start, end and sentence."""
DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""json.dumps as the stored analysis is written (made once)."""


def splice(parts: list[bytes], sid: str, head: dict, names: list[Found] | None, numbers: Any,
            old_quotes: list[Quote], new_quotes: list[Quote], new_terms: list,
            earlier: Collection[str] = ()) -> bytes | None:
    """The stored analysis with the edited source's mentions, quotes and terms made again (see the module docstring).

    ``earlier``: the ids of the sources before the edited one, where its terms go when it had none (an addition)."""
    parts = list(parts)
    # Its quotes: the merged quotes it takes part in, its occurrences moved (found by their old places).
    sources = unpack(parts[8])  # lists of source ids: plain JSON
    offsets = offsets_of(parts[2])
    documents = parts[3]
    by_place = {(q.start, q.end): new for q, new in zip(old_quotes, new_quotes)}
    if len(by_place) != len(old_quotes):
        return None
    dumps = DUMPS
    changed: dict[int, bytes] = {}
    moved = 0
    for i, quote_sources in enumerate(sources):
        if sid not in quote_sources:
            continue
        q: Quote = unpack_value(zlib.decompressobj(RAW_DEFLATE).decompress(documents[offsets[i]:offsets[i + 1]]))
        if q.source == sid:
            new = by_place.get((q.start, q.end))
            if new is None:
                return None
            q = dataclasses.replace(q, **{f: getattr(new, f) for f in POSITION_FIELDS})
            moved += 1
        for k, o in enumerate(q.also_in):
            if o.source == sid:
                new = by_place.get((o.start, o.end))
                if new is None:
                    return None
                q.also_in[k] = QuoteOccurrence(sid, new.start, new.end, new.sentence)
                moved += 1
        deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, RAW_DEFLATE)
        doc = dumps(encode_value(q)).encode("utf-8", "surrogatepass")
        changed[i] = deflate.compress(doc) + deflate.flush(zlib.Z_FULL_FLUSH)
    if moved != len(old_quotes):
        return None
    if changed:  # the documents between two changed ones copied as one run, each offset moved by the growth before it
        out, ends, at, shift = [], offsets[:1].tolist(), 0, 0
        for i in sorted(changed):
            out += [documents[at:offsets[i]], changed[i]]
            ends += [offset + shift for offset in offsets[len(ends):i + 1]]
            shift += len(changed[i]) - (offsets[i + 1] - offsets[i])
            at = offsets[i + 1]
        out.append(documents[at:])
        ends += [offset + shift for offset in offsets[len(ends):]]
        parts[3] = b"".join(out)
        parts[2] = offsets_bytes(ends)
    # Its quoted terms: the stored table (plain JSON, not built into terms) with its block of rows made again
    # (terms come source after source, and the rows of one class: as encode_value makes them).
    (terms,) = unpack(parts[9])
    made = encode_value(list(new_terms))
    if isinstance(terms, list):  # no term in the corpus
        if terms:
            return None
        if new_terms:  # (an added source's: its own table)
            parts[9], head["terms"] = pack([made]), len(new_terms)
    else:
        rows, at_source = terms["rows"], terms["fields"].index("source")
        mine = [i for i, row in enumerate(rows) if row[at_source] == sid]
        if head["terms"] != len(rows) or (mine and len(mine) != len(new_terms)) or (
                mine and mine != list(range(mine[0], mine[0] + len(mine)))):
            return None
        if new_terms:
            if {k: v for k, v in made.items() if k != "rows"} != {k: v for k, v in terms.items() if k != "rows"}:
                return None
            start = mine[0] if mine else sum(row[at_source] in earlier for row in rows)  # source after source
            if rows[start:start + len(mine)] != made["rows"]:  # (the same rows: the stored table as it is)
                rows[start:start + len(mine)] = made["rows"]
                parts[9], head["terms"] = pack([terms]), len(rows)
    if names is None:  # its mentions are made again by the caller
        return parts_joined(parts)
    # Its mentions: its piece made again (its rows keep their entities: the assignment stays).
    rows = sorted((f.start, f.end, f.text, f.sentence) for f, n in zip(names, numbers) if n != -1)
    index = unpack_value(parts[10])
    order, sizes, counts = index["sources"], index["sizes"], index["counts"]
    if sid in order:
        k = order.index(sid)
        if counts[k] != len(rows):
            return None
        start = sum(sizes[:k])
        piece = zlib.compress(dumps([list(r) for r in rows]).encode("utf-8", "surrogatepass"), 1)
        parts[12] = parts[12][:start] + piece + parts[12][start + sizes[k]:]
        sizes[k] = len(piece)
        parts[10] = pack({"sources": order, "sizes": sizes, "counts": counts})
    elif rows:
        return None
    return parts_joined(parts)


def parts_joined(parts: list[bytes]) -> bytes:
    """A stored analysis of ``parts`` (as :func:`~briefing_tui.store.analysis_codec.pack_analysis` joins them)."""
    return MAGIC + b"".join(len(p).to_bytes(8, "big") for p in parts) + b"".join(parts)


def offsets_of(blob: bytes) -> array:
    """The stored documents' offsets (8-byte little-endian integers)."""
    offsets = array("q")
    offsets.frombytes(blob)
    if sys.byteorder != "little":
        offsets.byteswap()
    return offsets


def offsets_bytes(ends: list[int]) -> bytes:
    """:func:`_offsets` stored."""
    offsets = array("q", ends)
    if sys.byteorder != "little":
        offsets.byteswap()
    return offsets.tobytes()

