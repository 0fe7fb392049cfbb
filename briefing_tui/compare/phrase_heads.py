"""The measure a noun right after a figure names: the word right after it ("the 5% threshold"), or the head of the
noun phrase the figure opens ("a 2.76% national two-party preferred swing"). Used by
:mod:`~briefing_tui.compare.figure_measures` for shares inside a noun phrase."""

from __future__ import annotations

from briefing_tui.compare.measures import PHRASE_STOP, measure_of_word
from briefing_tui.lazy_pattern import lazy_compile

_FIRST_WORD = lazy_compile(r"[\s-]{0,2}([^\W\d_][\w-]*)")
# Words of the noun phrase a figure opens ("a 2.76% national two-party preferred swing"): lower-case words and
# compounds, at most ``NOUN_PHRASE_WORDS`` of them.
_PHRASE_WORD = lazy_compile(r"[\s-]{1,3}([a-z][a-z-]{0,30})")
NOUN_PHRASE_WORDS = 5


def noun_after(after: str) -> str | None:
    """The measure the word right after a figure names ("threshold" -> "threshold"), or None."""
    m = _FIRST_WORD.match(after)
    return measure_of_word(m.group(1)) if m else None


def head_noun_after(after: str) -> str | None:
    """The measure of the noun phrase right after a figure after a determiner: its last word that names a measure
    before a function word ends the phrase, or None."""
    found, at = None, 0
    for _ in range(NOUN_PHRASE_WORDS):
        m = _PHRASE_WORD.match(after, at)
        if m is None or m.group(1) in PHRASE_STOP:
            break
        found = measure_of_word(m.group(1)) or found
        at = m.end()
    return found
