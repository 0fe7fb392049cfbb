"""The same quote in several sources becomes one quote with ``also_in`` occurrences."""

from __future__ import annotations

import re

from rapidfuzz.fuzz import ratio

from briefing_tui.model import Quote, QuoteOccurrence

_NON_WORD = re.compile(r"[^\w]+")


def _normal(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_words(a: str, b: str) -> bool:
    """Verbatim or near-verbatim (punctuation, a word or two changed)."""
    na, nb = _normal(a), _normal(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 6 and short in long_ and len(short) >= 0.8 * len(long_):
        return True
    return len(short.split()) >= 4 and ratio(na, nb) >= 90


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """Fold quotes with the same words and compatible speakers from other sources into the first one."""
    merged: list[Quote] = []
    for q in quotes:
        home = next((m for m in merged if m.kind == q.kind and m.source != q.source
                     and q.source not in m.sources and (m.speaker is None or q.speaker is None
                                                        or m.speaker == q.speaker)
                     and same_words(m.text, q.text)), None)
        if home is None:
            merged.append(q)
            continue
        home.also_in.append(QuoteOccurrence(q.source, q.start, q.end, q.sentence))
        if home.speaker is None and q.speaker is not None:
            home.speaker, home.speaker_entity = q.speaker, q.speaker_entity
    return merged
