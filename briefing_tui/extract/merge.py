"""The same quote in several sources becomes one quote with ``also_in`` occurrences."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import islice

from rapidfuzz.fuzz import ratio

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Quote, QuoteOccurrence

_NON_WORD = lazy_compile(r"[^\w]+")


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


MAX_TEXTS_PER_KEY = 64
"""Distinct texts kept per blocking key as fuzzy merge targets. Exact copies are always found (by
their text); past this many different quotes opening or closing with the same two words (a file of
thousands of templated quotes), later ones are only merged when verbatim, which keeps merging linear."""


@dataclass
class _Copies:
    """The merged quotes (by position) that have one normalised text, all of them and by speaker, and every
    source they are in (a quote finds no home among copies all in its own source: one long article quoting
    itself thousands of times is not compared copy by copy)."""

    text: str
    all: list[int] = field(default_factory=list)
    by_speaker: dict[str | None, list[int]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """Fold quotes with the same words and compatible speakers from other sources into the first one.

    Every quote goes to the earliest merged quote that is from other sources, has the same speaker
    (or one of the two has none) and the same words. Candidates share a blocking key and are kept
    per normalised text and per speaker, so a quote repeated across thousands of sources with
    different speakers is not compared with every copy.
    """
    merged: list[Quote] = []
    sources: list[set[str]] = []
    copies: dict[tuple[str, str], _Copies] = {}  # (kind, normalised text) -> copies
    by_key: dict[str, dict[tuple[str, str], None]] = {}  # blocking key -> texts, in order

    normal: dict[str, str] = {}  # text -> _normal(text): the same words recur across sources

    def first_from_elsewhere(positions: list[int], source: str) -> int | None:
        # Bounded: a file repeating one quote thousands of times must not make every copy scan the others.
        return next((i for i in islice(positions, MAX_TEXTS_PER_KEY) if source not in sources[i]), None)

    for q in quotes:
        norm = normal.get(q.text)
        if norm is None:
            norm = normal[q.text] = _normal(q.text)
        keys = _keys(q.kind, norm.split())
        homes = []
        exact = [(q.kind, norm)] if (q.kind, norm) in copies else []
        for text in dict.fromkeys([*exact, *(t for k in keys for t in by_key.get(k, ()))]):
            c = copies[text]
            if c.sources <= {q.source} or not same_words(c.text, norm):
                continue
            if q.speaker is None:
                lists = [c.all]
            else:
                lists = [c.by_speaker.get(q.speaker, []), c.by_speaker.get(None, [])]
            homes += [i for i in (first_from_elsewhere(pos, q.source) for pos in lists) if i is not None]
        if not homes:
            c = copies.setdefault((q.kind, norm), _Copies(norm))
            for k in keys:
                bucket = by_key.setdefault(k, {})
                if len(bucket) < MAX_TEXTS_PER_KEY:
                    bucket[(q.kind, norm)] = None
            c.all.append(len(merged))
            c.sources.add(q.source)
            c.by_speaker.setdefault(q.speaker, []).append(len(merged))
            merged.append(q)
            sources.append({q.source})
            continue
        home = min(homes)
        m = merged[home]
        m.also_in.append(QuoteOccurrence(q.source, q.start, q.end, q.sentence))
        sources[home].add(q.source)
        copies[(m.kind, normal[m.text])].sources.add(q.source)
        if m.speaker is None and q.speaker is not None:
            c = copies[(m.kind, normal[m.text])]
            del c.by_speaker[None][bisect_left(c.by_speaker[None], home)]
            insort(c.by_speaker.setdefault(q.speaker, []), home)
            m.speaker, m.speaker_entity, m.speaker_type = q.speaker, q.speaker_entity, q.speaker_type
    return merged
