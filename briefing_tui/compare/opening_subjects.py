"""A common word that opens a sentence is no name, though its capital makes it look like one ("Cases have been
identified in nine counties": "Cases" is whose nothing). Told by the article itself: the word is written in lower
case elsewhere in it, and never with its capital inside a sentence (so "Reform" of "Reform UK" and "Democrats"
of "the Democrats" stay names)."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.lazy_pattern import lazy_compile

# The sentence's first word, after an opening quote or bracket, and a lower-case word after it.
_OPENING = lazy_compile(r"\A[\"“‘(]?(?P<word>[A-Z][a-z]{2,30})\s{1,3}[a-z]")
# A word of the article: lower-case, or capitalised with what stands before it (a sentence break or not).
_WORD = lazy_compile(r"(?<![\w-])(?:(?P<lower>[a-z][a-z]{2,30})|(?P<capital>[A-Z][a-z]{2,30}))(?![\w-])")
# What may stand before a capital that opens a sentence: the text's start, a stop, a colon or a line break, with
# quotes and brackets between.
_SENTENCE_BREAK = lazy_compile(r"(?:\A|[.!?:;\n])[\"“‘”’)\s]*\Z")
BREAK_REACH = 6  # characters before a word read for the sentence break before it
ARTICLES_KEPT = 8  # articles whose words are kept (one source's sentences are read one after another)


@lru_cache(maxsize=ARTICLES_KEPT)
def _article_words(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``raw`` writes in lower case, and the capitalised words it writes inside a sentence (one pass)."""
    lower, inside = set(), set()
    for m in _WORD.finditer(raw):
        if m.group("lower"):
            lower.add(m.group("lower"))
        elif not _SENTENCE_BREAK.search(raw[max(0, m.start() - BREAK_REACH):m.start()]):
            inside.add(m.group("capital"))
    return frozenset(lower), frozenset(inside)


def opening_word(subject: str | None, sentence: str, raw: str) -> bool:
    """Whether ``subject`` is the common word that opens ``sentence`` rather than a name: one capitalised word,
    written in lower case elsewhere in ``raw`` (the article), never capitalised inside a sentence there."""
    m = _OPENING.match(sentence) if subject else None
    if m is None or subject != m.group("word"):
        return False
    lower, inside = _article_words(raw)
    return subject.lower() in lower and subject not in inside
