"""The words of a speech sentence that say who speaks, not what is said.

"Caroline Holt, director of global operations at the International Federation of Red Cross and Red Crescent
Societies, said the needs were immense": what is said is "the needs were immense" (the quote the extraction
found); the speaker's name, title and body are the *attribution*. Two statements are one claim by what they say:
two speakers of one body ("director of the International Federation of Red Cross", twice) saying two things, or
one speaker ("le porte-parole du gouvernement, Mustapha Baitas") quoted on two things, share only attribution
words (:func:`speech_apart`).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.model import Entity

# What stands between two pieces of a sentence read apart, so that no name runs across the gap.
_GAP = " ; "

EntitySpans = dict[tuple[str, int], list[tuple[int, int, str]]]
"""Each sentence's entity mentions, by (source id, sentence index): (start, end, entity token) in the source."""


def sentence_entity_spans(entities: Sequence[Entity]) -> EntitySpans:
    """Where each entity token ("@id") stands in each sentence (see :data:`EntitySpans`)."""
    out: EntitySpans = {}
    for e in entities:
        for m in e.mentions:
            if m.sentence is not None:
                out.setdefault((m.source, m.sentence), []).append((m.start, m.end, f"@{e.id}"))
    return out


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def attribution_tokens(text: str, said: Sequence[tuple[int, int]], language: str | None,
                       entity_spans: Sequence[tuple[int, int, str]], figure_spans: Sequence[tuple[int, int, str]],
                       features) -> frozenset[str]:
    """The tokens of a sentence that stand only outside what its speaker says (``said``: offsets in ``text``):
    its attribution. ``entity_spans`` and ``figure_spans``: (start, end, token) of its entity mentions and
    figures, offsets in ``text``; ``features``: :func:`~.units.sentence_features`. Empty when nothing is said."""
    if not said:
        return frozenset()
    spans = sorted(said)
    pieces, outside, pos = [], [], 0
    for a, b in spans:
        outside.append(text[pos:a])
        pieces.append(text[a:b])
        pos = max(pos, b)
    outside.append(text[pos:])
    inner, outer = features(_GAP.join(pieces), language), features(_GAP.join(outside), language)
    said_tokens = {t for t, _ in inner.surface} | inner.concepts
    out_tokens = {t for t, _ in outer.surface} | outer.concepts
    for start, end, token in [*entity_spans, *figure_spans]:
        (said_tokens if _inside(start, end, spans) else out_tokens).add(token)
    return frozenset(out_tokens - said_tokens)


def speech_apart(a_tokens: set[str], a_attribution: frozenset[str], b_tokens: set[str],
                 b_attribution: frozenset[str]) -> bool:
    """Whether two statements that both report what a speaker says share no word of what is said, only words
    of who says it (a name, a title, a body): two things said, not one claim. A statement of the outlet's own
    voice has no attribution, and is never apart by this rule."""
    if not (a_attribution and b_attribution):
        return False
    return not ((a_tokens & b_tokens) - a_attribution - b_attribution)
