"""A quote of an article added after every other folded into the stored merged quotes as the merge would fold it.

:func:`~briefing_tui.extract.merge.merge_quotes` takes the quotes source after source, and each goes to the earliest
merged quote from other sources with the same words and a compatible speaker, else becomes a merged quote of its
own. For the quotes of the last source, everything the merge knows when it reaches them is in the stored analysis:
each merged quote's normalised words (of its search string), kind (its document), speaker and sources, in creation
order. Its candidate lists are those merged quotes with the same kind and words, and its blocking keys (the first
or the last two words) hold every such text while fewer than :data:`~briefing_tui.extract.merge.MAX_TEXTS_PER_KEY`
distinct ones share them (else the patch is refused). No later quote can merge otherwise, so the result is exact:
the quote is added to its home's occurrences (giving it its speaker when it had none), or appended as a merged
quote of its own (:func:`~briefing_tui.store.mention_splice.insert_quote`, called with ``last``).
"""

from __future__ import annotations

import zlib
from itertools import islice

from briefing_tui.extract.merge import MAX_TEXTS_PER_KEY, _normal, same_words
from briefing_tui.model import Quote, QuoteOccurrence
from briefing_tui.store.analysis_codec import search_text
from briefing_tui.store.analysis_splice import DUMPS, offsets_bytes, offsets_of
from briefing_tui.store.codec import encode_value, pack, unpack, unpack_value
from briefing_tui.store.quote_segments import LEVEL, RAW_DEFLATE


def home_of(parts: list[bytes], q: Quote, texts: list[str], speakers: list, quote_sources: list) -> int | str | None:
    """The merged quote ``q`` goes to (None: one of its own), or why it may not be worked out here."""
    words = _normal(q.text).split()
    if not words:
        return None  # (no blocking key, and no words are the same as any)
    norm = " ".join(words)
    split = [t.split() for t in texts]
    for end in (slice(None, 2), slice(-2, None)):
        if len({t for t, w in zip(texts, split) if w[end] == words[end]}) + 1 >= MAX_TEXTS_PER_KEY:
            return "a full blocking key"
    offsets = offsets_of(parts[2])
    copies: dict[str, list[int]] = {}  # each candidate text of q's kind -> its merged quotes, in order
    for i, (t, w) in enumerate(zip(texts, split)):
        if (t == norm or w[:2] == words[:2] or w[-2:] == words[-2:]) and same_words(t, norm):
            doc = unpack_value(zlib.decompressobj(RAW_DEFLATE).decompress(parts[3][offsets[i]:offsets[i + 1]]))
            if doc.kind == q.kind:
                copies.setdefault(t, []).append(i)
    homes = []
    for positions in copies.values():
        lists = [positions] if q.speaker is None else [[i for i in positions if speakers[i] == q.speaker],
                                                      [i for i in positions if speakers[i] is None]]
        homes += [i for i in (next((i for i in islice(p, MAX_TEXTS_PER_KEY) if q.source not in quote_sources[i]),
                                   None) for p in lists) if i is not None]
    return min(homes, default=None)


def fold_into(parts: list[bytes], head: dict, q: Quote, home: int) -> str:
    """Add ``q`` to merged quote ``home``'s occurrences (its speaker too when it had none), as the merge does."""
    offsets = offsets_of(parts[2])
    doc: Quote = unpack_value(zlib.decompressobj(RAW_DEFLATE).decompress(parts[3][offsets[home]:offsets[home + 1]]))
    doc.also_in.append(QuoteOccurrence(q.source, q.start, q.end, q.sentence))
    speakers, speaker_entities = unpack(parts[5])
    quote_sources = unpack(parts[8])
    if doc.speaker is None and q.speaker is not None:
        from rapidfuzz.utils import default_process

        doc.speaker, doc.speaker_entity, doc.speaker_type = q.speaker, q.speaker_entity, q.speaker_type
        search = search_text(doc.speaker, doc.text)
        processed = default_process(search)
        if "\0" in search or "\0" in processed or not (head["joined"] and head["processed_joined"]):
            return "a quote with a NUL"
        for at, text in ((4, search), (1, processed)):
            strings = parts[at].decode("utf-8", "surrogatepass").split("\0")
            strings[home] = text
            parts[at] = "\0".join(strings).encode("utf-8", "surrogatepass")
        speakers[home], speaker_entities[home] = doc.speaker, doc.speaker_entity
        parts[5] = pack([speakers, speaker_entities])
    quote_sources[home] = doc.sources
    parts[8] = pack(quote_sources)
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    segment = deflate.compress(DUMPS(encode_value(doc)).encode("utf-8", "surrogatepass")) + deflate.flush(
        zlib.Z_FULL_FLUSH)
    grown = len(segment) - (offsets[home + 1] - offsets[home])
    parts[3] = parts[3][:offsets[home]] + segment + parts[3][offsets[home + 1]:]
    parts[2] = offsets_bytes([*offsets[:home + 1], *(x + grown for x in offsets[home + 1:])])
    return ""
