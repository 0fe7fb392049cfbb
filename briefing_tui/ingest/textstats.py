"""Small, language-light statistics about a line of text."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.lazy_pattern import lazy_compile

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not of off on once only or other our ours out over own same she should so some such
    than that the their theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    said says according however which its it's while since already still""".split()
)
# Function words of the other languages articles commonly arrive in, so that French, German,
# Spanish, Dutch, Italian, Portuguese or Indonesian prose is recognised as prose too (chrome in any
# language has almost none).
OTHER_STOP_WORDS = frozenset(
    """le la les un une des du de et est sont dans pour par sur avec qui que ne pas au aux ce cette il elle
    ils se sa son ses leur été être a plus mais ou où
    der die das und ist nicht mit den dem ein eine einen sich auf für von zu im es sie wird auch bei als
    el los las y del que una por con para se su al es lo como más pero sus fue
    het een en van op te dat voor zijn niet aan er om ook bij door naar wordt worden maar uit tot over nog dan kan
    deze dit werd ze hij zij wij heeft hebben hun
    il gli di da con su tra che non è della dei delle alla nel nella sono ha hanno anche più
    os um em na nas não com foi são ao mais
    yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh sudah telah karena bahwa""".split()
)
FUNCTION_WORDS = STOP_WORDS | OTHER_STOP_WORDS

_WORD = lazy_compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_CJK = lazy_compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A sentence end inside a line; not the point of an initial or abbreviation such as "U.S." or "S. Korea".
_INNER_END = lazy_compile(r"(?<!\b[A-Z])[.!?。！？][\"”’»)]*(?:\s|$)")
_END_TAIL = 64
# Sentence ends of Chinese and Japanese text (full-width), and the scripts they are written in.
_CJK_STOP = lazy_compile(r"[。！？]")
_CJK_HEADLINE_SCRIPT = lazy_compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
CJK_UNPUNCTUATED_PROSE = 80
"""CJK characters from which a line with no full stop is still prose (a headline is shorter)."""
_SENTENCE_END = lazy_compile(r"[.!?。！？][\"”’»」』')\]]*$")


def words(text: str) -> tuple[str, ...]:
    """Alphabetic words of ``text`` (cached for lines of ordinary length: cleaning asks about each line several times)."""
    if len(text) > _CACHED_LINE:
        return tuple(_WORD.findall(text))
    return _cached_words(text)


_CACHED_LINE = 2000  # longer texts are not kept in the cache (bounds its memory to ~4096 x 2 KB)


@lru_cache(maxsize=4096)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def cjk_count(text: str) -> int:
    """How many CJK (Chinese, Japanese, Korean) characters ``text`` has."""
    if len(text) <= _CACHED_LINE:
        return _cached_cjk_count(text)
    return len(_CJK.findall(text))


@lru_cache(maxsize=4096)
def _cached_cjk_count(text: str) -> int:
    # Most lines have no CJK at all: one search answers them without building a list.
    return len(_CJK.findall(text)) if _CJK.search(text) else 0


def stop_density(text: str) -> float:
    """Share of words that are function words (English, French, German, Spanish).

    Prose scores ~0.35-0.5, chrome ~0-0.1.
    """
    return _density(words(text))


def _density(ws: tuple[str, ...]) -> float:
    if not ws:
        return 0.0
    return sum(map(FUNCTION_WORDS.__contains__, map(str.lower, ws))) / len(ws)


def ends_sentence(text: str) -> bool:
    """Does the line end like a sentence (terminal punctuation, possibly inside a closing quote)?"""
    t = text[-_END_TAIL:].rstrip()  # only the end is looked at: constant time on any line
    return bool(_SENTENCE_END.search(t)) and not t.endswith(("...", "…"))


def is_prose(text: str) -> bool:
    """A line that reads like article prose: long enough, function words, sentence punctuation."""
    n_cjk = cjk_count(text)
    if n_cjk >= 25:
        # Chinese and Japanese prose has its full stops; a headline has none (unless it is long).
        return n_cjk >= CJK_UNPUNCTUATED_PROSE or bool(_CJK_STOP.search(text)) or not _CJK_HEADLINE_SCRIPT.search(text)
    ws = words(text)
    if len(ws) < 8 or len(text) < 50:
        return False
    long_sentence = len(ws) >= LONG_SENTENCE_WORDS and ends_sentence(text)
    if not long_sentence and not _INNER_END.search(text):
        return False
    density = _density(ws)
    # A long finished sentence counts with fewer function words (a language whose are not listed here).
    return density >= (LONG_SENTENCE_DENSITY if long_sentence else 0.18)


LONG_SENTENCE_WORDS = 20
LONG_SENTENCE_DENSITY = 0.1
