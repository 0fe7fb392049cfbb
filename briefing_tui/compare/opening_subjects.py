"""A common word that opens a sentence is no name, though its capital makes it look like one ("Cases have been
identified in nine counties": "Cases" is whose nothing). Told by the article itself: the word is written in lower
case elsewhere in it, and never with its capital inside a sentence (so "Reform" of "Reform UK" and "Democrats"
of "the Democrats" stay names)."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The sentence's first word, after an opening quote or bracket, and a lower-case word after it.
_OPENING = lazy_compile(r"\A[\"“‘(]?(?P<word>[A-Z][a-z]{2,30})\s{1,3}[a-z]")
# What may stand before a capital that opens a sentence: the text's start, a stop, a colon or a line break, with
# quotes and brackets between.
_SENTENCE_BREAK = lazy_compile(r"(?:\A|[.!?:;\n])[\"“‘”’)\s]*\Z")
BREAK_REACH = 6  # characters before a word read for the sentence break before it


def opening_word(subject: str | None, sentence: str, raw: str) -> bool:
    """Whether ``subject`` is the common word that opens ``sentence`` rather than a name: one capitalised word,
    written in lower case elsewhere in ``raw`` (the article), never capitalised inside a sentence there."""
    m = _OPENING.match(sentence)
    if not subject or m is None or subject != m.group("word"):
        return False
    if not re.search(rf"(?<![\w-]){re.escape(subject.lower())}(?![\w-])", raw):
        return False
    for hit in re.finditer(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", raw):
        if not _SENTENCE_BREAK.search(raw[max(0, hit.start() - BREAK_REACH):hit.start()]):
            return False  # capitalised inside a sentence: a name
    return True
