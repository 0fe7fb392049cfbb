"""The same quote in several sources becomes one quote with ``also_in`` occurrences."""

from __future__ import annotations

import re

from rapidfuzz.fuzz import ratio

from briefing_tui.model import Quote, QuoteOccurrence

MAX_PER_KEY = 64
_NON_WORD = re.compile(r"[^\w]+")


def _normal(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_words(na: str, nb: str) -> bool:
    """Verbatim or near-verbatim (punctuation, a word or two changed); arguments already normalised."""
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 6 and short in long_ and len(short) >= 0.8 * len(long_):
        return True
    return len(short.split()) >= 4 and ratio(na, nb) >= 90


def _keys(kind: str, words: list[str]) -> set[str]:
    """Blocking keys: a near-verbatim copy keeps its first or its last two words."""
    return {f"{kind}|<{' '.join(words[:2])}", f"{kind}|>{' '.join(words[-2:])}"} if words else set()


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """Fold quotes with the same words and compatible speakers from other sources into the first one."""
    merged: list[Quote] = []
    normals: list[str] = []
    sources: list[set[str]] = []
    # key -> source -> quotes of that source under the key (at most MAX_PER_KEY: thousands of quotes of one
    # file sharing their first words would otherwise make every later quote scan them all)
    by_key: dict[str, dict[str, list[int]]] = {}
    for q in quotes:
        norm = _normal(q.text)
        keys = _keys(q.kind, norm.split())
        candidates = {i for k in keys for src, found in by_key.get(k, {}).items() if src != q.source for i in found}
        home = next((i for i in sorted(candidates)
                     if q.source not in sources[i]
                     and (merged[i].speaker is None or q.speaker is None or merged[i].speaker == q.speaker)
                     and same_words(normals[i], norm)), None)
        if home is None:
            for k in keys:
                found = by_key.setdefault(k, {}).setdefault(q.source, [])
                if len(found) < MAX_PER_KEY:
                    found.append(len(merged))
            merged.append(q)
            normals.append(norm)
            sources.append({q.source})
            continue
        m = merged[home]
        m.also_in.append(QuoteOccurrence(q.source, q.start, q.end, q.sentence))
        sources[home].add(q.source)
        if m.speaker is None and q.speaker is not None:
            m.speaker, m.speaker_entity = q.speaker, q.speaker_entity
    return merged
