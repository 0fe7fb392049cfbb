"""The words of a speech sentence that say who speaks, not what is said.

"Caroline Holt, director of global operations at the International Federation of Red Cross and Red Crescent
Societies, said the needs were immense": what is said is "the needs were immense" (the quote the extraction
found); the speaker's name, the title set off around it and the verb of saying are the *attribution*
(:func:`attribution_spans`). Two statements are one claim by what they say: two speakers of one body ("director of
the International Federation of Red Cross", twice) saying two things, or one speaker ("le porte-parole du
gouvernement, Mustapha Baitas") quoted on two things, share only attribution words (:func:`speech_apart`).

Only the speaker's own stretch is attribution: the outlet's words beside a quote ("Nippon Steel completed its
takeover of U.S. Steel on Wednesday, after agreeing to ... and promise to make major investments") stay what the
sentence says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.compare.voice import ROLE_WORDS
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity

# What stands between two pieces of a sentence read apart, so that no name runs across the gap.
_GAP = " ; "
# What ends the clause before a speaker's name: a comma (not one right before the name, which sets off a title:
# "Le porte-parole du gouvernement, Mustapha Baitas"), other punctuation of clauses, a quotation mark, a bracket.
_LEFT_BREAK = lazy_compile(r"[,;:«»“”\"()\[\]—–]")
MAX_ROLE_WORDS = 20  # words of a title or body set off around a name ("the Middle East and North Africa director of ...")
MAX_CUE_WORDS = 3  # words of saying between a name (or its title) and what is said ("said", "a assuré que", "told AP")
# A word (letters or digits first, apostrophes and hyphens inside), as a stretch's length is counted.
_WORDS = lazy_compile(r"[^\W_][\w'’-]*")

EntitySpans = dict[tuple[str, int], list[tuple[int, int, str, str]]]
"""Each sentence's entity mentions, by (source id, sentence index): (start, end, entity token, entity name), offsets
in the source."""


def sentence_entity_spans(entities: Sequence[Entity]) -> EntitySpans:
    """Where each entity ("@id", with its name) stands in each sentence (see :data:`EntitySpans`)."""
    out: EntitySpans = {}
    for e in entities:
        for m in e.mentions:
            if m.sentence is not None:
                out.setdefault((m.source, m.sentence), []).append((m.start, m.end, f"@{e.id}", e.name))
    return out


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def _left(text: str, start: int, said: Sequence[tuple[int, int]]) -> int:
    """Where the speaker's stretch begins before its name at ``start``: a title set off by a comma before it, from
    the start of its clause ("Le porte-parole du gouvernement, ", "a déclaré le porte-parole du gouvernement, "), or
    the title words right before it ("Transport Minister", "IFRC director": capitalised or words of a role); else
    the name (a clause before the name is no title: "Judge Kaplan delivered the sentence moments after")."""
    before = text[:start].rstrip()
    if before.endswith(","):
        core = before[:-1]
        cut = max([m.end() for m in _LEFT_BREAK.finditer(core)] + [b for _, b in said if b <= start] + [0])
        return cut if _words(text[cut:start]) <= MAX_ROLE_WORDS else start
    cut = start
    for m in reversed(list(_WORDS.finditer(text, max([b for _, b in said if b <= start] + [0]), start))):
        if text[m.end():cut].strip() or not (m.group(0)[:1].isupper() or m.group(0).lower() in ROLE_WORDS):
            break  # (punctuation between, or a word of no title)
        cut = m.start()
    return cut


def _right(text: str, end: int, said: Sequence[tuple[int, int]]) -> int:
    """Where the speaker's stretch ends after its name at ``end``: through a title set off by commas and the verb of
    saying up to what is said ("Caroline Holt, director of ..., said "), or to the sentence's end after a quote
    ("..., a déclaré ..., Mustapha Baitas, porte-parole du gouvernement."), else at the name."""
    nxt = min([a for a, _ in said if a >= end] + [len(text)])
    after = text[end:nxt]
    if _words(after) <= MAX_CUE_WORDS:
        return nxt  # "Holt said the needs ...", "..., the company announced Wednesday."
    if after.startswith(","):
        close = after.find(",", 1)
        if close < 0 and nxt == len(text) and _words(after) <= MAX_ROLE_WORDS:
            return nxt  # a title closing the sentence
        if close > 0 and _words(after[:close]) <= MAX_ROLE_WORDS and (
                nxt < len(text) and _words(after[close:]) <= MAX_CUE_WORDS):
            return nxt  # a title between commas, then the verb of saying
    return end


def attribution_spans(text: str, said: Sequence[tuple[int, int]], speaker: Sequence[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """The stretches of ``text`` that say who speaks: each mention of the speaker (``speaker``: offsets) outside
    what is said (``said``), with the title around it and the verb of saying (:func:`_left`, :func:`_right`)."""
    return [(_left(text, a, said), _right(text, b, said)) for a, b in speaker if not _inside(a, b, said)]


def speaker_mentions(text: str, speaker: str | None, entity_spans: Sequence[tuple[int, int, str, str]]
                     ) -> list[tuple[int, int]]:
    """Where the speaker is named in the sentence: the mentions of the entity of its name, else its name as written
    ("royal palace"); none for no speaker."""
    if not speaker:
        return []
    found = [(a, b) for a, b, _, name in entity_spans if name == speaker]
    if not found:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(speaker), text, re.I)]
    return found


def attribution_tokens(text: str, said: Sequence[tuple[int, int]], speaker: Sequence[tuple[int, int]],
                       language: str | None, entity_spans: Sequence[tuple[int, int, str, str]],
                       figure_spans: Sequence[tuple[int, int, str]], features) -> frozenset[str]:
    """The tokens of a sentence that stand only in who speaks (:func:`attribution_spans`), none of them anywhere
    else in it. ``entity_spans`` and ``figure_spans``: its entity mentions and figures with their tokens, offsets
    in ``text``; ``features``: :func:`~.units.sentence_features`. Empty when nothing is said or no one is named."""
    spans = sorted(attribution_spans(text, said, speaker)) if said else []
    if not spans:
        return frozenset()
    inner, outer, pos = [], [], 0
    for a, b in spans:
        outer.append(text[pos:a])
        inner.append(text[max(a, pos):b])
        pos = max(pos, b)
    outer.append(text[pos:])
    who, rest = features(_GAP.join(inner), language), features(_GAP.join(outer), language)
    who_tokens = {t for t, _ in who.surface} | who.concepts
    rest_tokens = {t for t, _ in rest.surface} | rest.concepts
    for start, end, token, *_ in [*entity_spans, *figure_spans]:
        (who_tokens if _inside(start, end, spans) else rest_tokens).add(token)
    return frozenset(who_tokens - rest_tokens)


def speech_apart(a_tokens: set[str], a_attribution: frozenset[str], b_tokens: set[str],
                 b_attribution: frozenset[str]) -> bool:
    """Whether two statements that both report what a named speaker says share no word of what is said, only words
    of who says it (a name, a title, a body): two things said, not one claim. A statement of the outlet's own
    voice has no attribution, and is never apart by this rule."""
    if not (a_attribution and b_attribution):
        return False
    return not ((a_tokens & b_tokens) - a_attribution - b_attribution)
