"""Find speech verbs in text ("said", "points out") by word lookup rather than one huge regex.

A regex alternation of a hundred verb forms costs milliseconds to compile at every start of the
CLI; a plain word scan plus a set lookup costs nothing up front and is fast on sentence-sized text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass

from briefing_tui.extract.spacing import SP
from briefing_tui.extract.lexicon import REPORTED_VERBS, RULING_VERBS, SPEECH_PHRASES, SPEECH_VERBS
from briefing_tui.lazy_pattern import lazy_compile

_WORD = lazy_compile(r"(?<![\w-])([a-z]+)(?:" + SP + r"(out|on|for))?(?![\w-])")
_PHRASES = frozenset(SPEECH_PHRASES)
_AUX = lazy_compile(r"(?:has|had|have|will|would|also|then|later|again|once|further|previously|recently)" + SP + r"+")


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb found in text: offsets and the verb as written ("points out")."""

    start: int
    end: int
    word: str


def _verb(m: re.Match) -> Verb | None:
    """The speech verb a ``_WORD`` match is, if any."""
    word, particle = m.group(1, 2)
    if particle and f"{word} {particle}" in _PHRASES:
        return Verb(m.start(), m.end(), f"{word} {particle}")
    if word in SPEECH_VERBS or word in RULING_VERBS:
        return Verb(m.start(), m.start() + len(word), word)
    return None


# A determiner or quantifier of a plural noun, maybe with an acronym or "member" after it, right before
# a verb's "-s" form: that form is the plural noun ("few EU states meet", "the claims", "its estimates", "other
# member states"), never a speech verb.
_PLURAL_NOUN_BEFORE = lazy_compile(
    r"(?<![\w-])(?i:the|few|many|several|some|other|all|these|those|both|most|its|their|our|his|her|whose|such|"
    r"various|numerous|member)" + SP + r"+(?:(?:[A-Z][A-Z0-9]+|member)" + SP + r"+)?\Z")
NOUN_LOOKBACK = 40  # characters before an "-s" form searched for a plural noun's determiner


def _plural_noun(text: str, v: Verb) -> bool:
    """Whether the "-s" form ``v`` follows a plural noun's determiner (see ``_PLURAL_NOUN_BEFORE``)."""
    return v.word.endswith("s") and " " not in v.word and bool(
        _PLURAL_NOUN_BEFORE.search(text[max(0, v.start - NOUN_LOOKBACK):v.start]))


@lru_cache(maxsize=256)
def _verbs_of(text: str) -> tuple[list[int], list[Verb]]:
    """Every speech verb of ``text`` once (texts are whole sources or short windows)."""
    found = [v for v in map(_verb, _WORD.finditer(text)) if v is not None and not _plural_noun(text, v)]
    return [v.start for v in found], found


def speech_verbs(text: str, pos: int = 0, endpos: int | None = None, reported: bool = False) -> Iterator[Verb]:
    """Every speech verb of ``text[pos:endpos]`` (only reporting verbs when ``reported``)."""
    end = len(text) if endpos is None else endpos
    starts, verbs = _verbs_of(text)
    for i in range(bisect_left(starts, pos), len(verbs)):
        v = verbs[i]
        if v.end > end:
            break
        if reported and (v.word in REPORTED_VERBS or v.word in _PHRASES):
            yield v
        elif not reported and v.word not in RULING_VERBS:  # (a ruling verb reports only a "that" clause)
            yield v


def verb_at(text: str, pos: int) -> Verb | None:
    """The speech verb starting at ``pos`` (after optional auxiliaries: "has said"), if any."""
    aux = _AUX.match(text, pos)
    if aux:
        pos = aux.end()
    # A scan from the start of ``text`` finds a word at ``pos`` exactly when matching there does: a
    # match covering ``pos`` would need a letter or a particle ("out", "on", never verbs) at ``pos``.
    m = _WORD.match(text, pos)
    v = _verb(m) if m else None
    if v is not None and v.word in RULING_VERBS:
        return None
    return v if v is not None and v.end <= min(len(text), pos + 24) else None


def last_speech_verb(text: str, pos: int = 0, endpos: int | None = None) -> Verb | None:
    """The last speech verb of ``text[pos:endpos]``."""
    last = None
    for last in speech_verbs(text, pos, endpos):
        pass
    return last
