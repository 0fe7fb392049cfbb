"""The stored analysis, records and base of an edit that adds mentions (:mod:`~briefing_tui.store.mention_patch`):
the added quote inserted as a merged quote of its own, every mention's entity renumbered, the edited article's
piece made again, and the spreading answers and resolution record a full analysis leaves."""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from briefing_tui.extract.merge import MAX_TEXTS_PER_KEY, _normal
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution, ResolutionRecord
from briefing_tui.extract.resolve import signature
from briefing_tui.model import Quote
from briefing_tui.sha import sha1
from briefing_tui.store.analysis_base import BASE, Base, crc, encode_base
from briefing_tui.store.analysis_codec import search_text
from briefing_tui.store.analysis_splice import DUMPS, offsets_bytes, offsets_of
from briefing_tui.store.codec import encode_value, pack, unpack, unpack_value
from briefing_tui.store.quote_fold import fold_into, home_of
from briefing_tui.store.quote_segments import LEVEL, RAW_DEFLATE
from briefing_tui.store.group_ids import move_group
from briefing_tui.store.resolution_codec import encode_resolution
from briefing_tui.store.spread_rows import decode_spread

if TYPE_CHECKING:
    from briefing_tui.store.mention_edit import Edit

NEAR = 70
"""Fuzz ratio (of normalised words) from which a merged quote may merge otherwise once a quote is added: two
texts the merge takes for the same words are within an Indel distance of a ninth of their lengths, so a quote
the same words as two texts puts them within about a quarter (ratio 74 or more)."""


def insert_quote(parts: list[bytes], head: dict, q: Quote, at: int, index_of: dict,
                 new_quotes: list[Quote], last: bool = False) -> str:
    """Insert ``q`` as a merged quote of its own, in order, when nothing else may merge otherwise; a quote of an
    added article after every other (``last``) goes where the merge puts it (:mod:`.quote_fold`)."""
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extract
    from rapidfuzz.utils import default_process

    count = head["quotes"]
    searched = parts[4].decode("utf-8", "surrogatepass").split("\0")
    speakers, speaker_entities = unpack(parts[5])
    quote_sources = unpack(parts[8])
    if not (len(searched) == len(speakers) == len(quote_sources) == count):
        return "stored quotes do not match"
    texts = [_normal(s[len(who or "") + 1:]) for s, who in zip(searched, speakers)]
    norm = _normal(q.text)
    if last:  # no later quote to merge otherwise
        home = home_of(parts, q, texts, speakers, quote_sources)
        if home is not None:
            return home if isinstance(home, str) else fold_into(parts, head, q, home)
    for _, _, i in extract(norm, texts, scorer=ratio, score_cutoff=NEAR, limit=None) if not last else ():
        if speakers[i] is None or speakers[i] == q.speaker or len(quote_sources[i]) != 1:
            return "a quote near its words may merge otherwise"
    words = norm.split()
    for end in (slice(None, 2), slice(-2, None)):  # its blocking keys (of any kind): few texts each
        if len({t for t in texts if t.split()[end] == words[end]}) + 1 >= MAX_TEXTS_PER_KEY:
            return "a full blocking key"
    # Its place: after every merged quote first quoted in an earlier source, or earlier in its own.
    place = {(o.start, o.end): k for k, o in enumerate(new_quotes)}  # the stored ones are moved already
    mine = next(k for k, o in enumerate(new_quotes) if o is q)
    offsets = offsets_of(parts[2])
    p = count if last else 0  # (after every other: at the end)
    for i, srcs in enumerate(quote_sources if not last else ()):
        home = index_of.get(srcs[0])
        if home is None:
            return "a quote of no member"
        if home < at:
            p += 1
        elif home == at:
            doc = unpack_value(zlib.decompressobj(RAW_DEFLATE).decompress(parts[3][offsets[i]:offsets[i + 1]]))
            k = place.get((doc.start, doc.end))
            if k is None:
                return "the stored quotes do not hold the old text's"
            if k < mine:
                p += 1
    search = search_text(q.speaker, q.text)
    processed = default_process(search)
    if "\0" in search or "\0" in processed:
        return "a quote with a NUL"
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    segment = deflate.compress(DUMPS(encode_value(q)).encode("utf-8", "surrogatepass")) + deflate.flush(
        zlib.Z_FULL_FLUSH)
    ends = list(offsets)
    parts[3] = parts[3][:ends[p]] + segment + parts[3][ends[p]:]
    ends[p + 1:] = [ends[p] + len(segment), *(x + len(segment) for x in ends[p + 1:])]
    parts[2] = offsets_bytes(ends)
    searched.insert(p, search)
    parts[4] = "\0".join(searched).encode("utf-8", "surrogatepass")
    processed_all = parts[1].decode("utf-8", "surrogatepass").split("\0")
    processed_all.insert(p, processed)
    parts[1] = "\0".join(processed_all).encode("utf-8", "surrogatepass")
    speakers.insert(p, q.speaker)
    speaker_entities.insert(p, q.speaker_entity)
    parts[5] = pack([speakers, speaker_entities])
    quote_sources.insert(p, q.sources)
    parts[8] = pack(quote_sources)
    head["quotes"] = count + 1
    return ""


def mentions(e: Edit, parts: list[bytes], sid: str, numbers: list, group_ids: Any, number_of: dict,
              renumber: array) -> str:
    """Every mention's entity renumbered, the edited article's piece and numbers made again."""
    index = unpack_value(parts[10])
    order, sizes, counts = index["sources"], index["sizes"], index["counts"]
    rows = sorted((f.start, f.end, f.text, f.sentence, renumber[number_of[group_ids[group_of_number(n)]]])
                  for f, n in zip(e.new_names, numbers) if n != -1)
    if len({r[:3] for r in rows}) != len(rows):
        return "two mentions at one place"
    if sid not in order:  # its first mentions (a source with none is not listed)
        k = bisect_left(order, sid)
        order.insert(k, sid)
        sizes.insert(k, 0)
        counts.insert(k, 0)
    assignment = array("i")
    assignment.frombytes(parts[11])
    k = order.index(sid)
    start, first = sum(sizes[:k]), sum(counts[:k])
    mine = array("i", [r[4] for r in rows])
    assignment = array("i", [renumber[x] for x in assignment[:first]]) + mine + array(
        "i", [renumber[x] for x in assignment[first + counts[k]:]])
    piece = zlib.compress(DUMPS([list(r[:4]) for r in rows]).encode("utf-8", "surrogatepass"), 1)
    if not rows:  # listed with no mention: left out, as a full analysis leaves it
        piece = b""
    parts[12] = parts[12][:start] + piece + parts[12][start + sizes[k]:]
    sizes[k], counts[k] = len(piece), len(rows)
    if not rows:
        del order[k], sizes[k], counts[k]
    parts[10] = pack({"sources": order, "sizes": sizes, "counts": counts})
    parts[11] = assignment.tobytes()
    return ""


def store(e: Edit, analysis: bytes, numbers: list, offsets: list[int]) -> None:
    """The analysis, the spreading answers and resolution record a full analysis leaves, and the base."""
    at = e.at
    members = e.members
    version = e.stages.version
    new_key = members[at].key
    missing = {m.key for m in members if m.key and m.key not in e.digests and m.key != new_key}
    rows = e.backend.get_analyses("spread", version, missing) if missing else {}
    digests: dict[str, str] = {}
    for m in members:
        if m.key and m.key not in digests:
            digests[m.key] = e.digest if m.key == new_key else (
                e.digests[m.key] if m.key in e.digests else decode_spread(rows[m.key])[2])
    answers = pack([e.answers, digests], compress=False)
    kept = e.kept
    views = [sha1(f"{version}\0{m.key}\0{digests[m.key]}".encode()).hexdigest() if m.key else ""
             for m in members]
    signatures = list(kept.signatures)
    signatures[at] = signature(e.new_names)
    counts = list(kept.counts)
    counts[at] = len(e.new_names)
    all_numbers = array("i", kept.numbers[:offsets[at]]) + array("i", numbers) + array(
        "i", kept.numbers[offsets[at + 1]:])
    after = KeptResolution(list(kept.order), views, signatures, list(kept.groups), counts, all_numbers)
    if e.moved is not None:  # a group the edit makes earlier
        move_group(after, *e.moved)
    record = encode_resolution(after)
    e.backend.put_result("analysis", e.signature, analysis)
    e.backend.put_result("spread answers", version, answers)
    e.stages.keep_resolution(ResolutionRecord(after=after))
    base_members = [[m.id, m.key] for m in members]
    e.backend.put_result(BASE, version, encode_base(Base(e.signature, base_members, crc(answers), crc(record))))


def group_of_number(n: int) -> int:
    """The group of a name's number in the record (see SINGLE)."""
    return n if n >= 0 else SINGLE - n
