"""The words a sentence is about: content stems and capitalised names, for alignment by overlap."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.language_words import without_elision
from briefing_tui.language_table import function_words_of
from briefing_tui.lazy_pattern import lazy_compile

STOPWORDS = frozenset(
    """a about above across after again against all almost along also although always am among an and another any
    are around as at be because been before being below between both but by can could did do does doing down during
    each either even ever every few for from further had has have having he her here hers herself him himself his how
    however i if in into is it its itself just least less like made make makes many may me might more most much must
    my myself neither never no nor not now of off often on once one only or other others our ours ourselves out over
    own per quite rather same several she should since so some still such than that the their theirs them themselves
    then there these they this those though through thus to too under until up upon us very via was we were what when
    where whether which while who whom whose why will with within without would yet you your yours said says say
    according told tells also new first recent recently last next week month year years time times well way ways""".split())
# Words that open sentences or titles without being names.
NOT_NAMES = frozenset(
    """the a an this that these those it its in on at as for from with by of to and but or however meanwhile
    first secondly second third furthermore moreover instead yet still although though while when if after before
    since given unlike apart beyond through from for group core viewpoint more most all any some many other
    he she they we you i his her their our""".split())
_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_CAP_RUN = lazy_compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}\d*)(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-)?(?:[A-Z][\w'’.-]*))*")
_SUFFIXES = ("ational", "ization", "isation", "ations", "ation", "ments", "ment", "ities", "ity", "ness", "ings",
             "ing", "ives", "ive", "ies", "ied", "ed", "es", "er", "ly", "al", "s")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude, deterministic stem: "investments" and "invest", "countries" and "country" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=1 << 16)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, or None for stopwords and one-letter words."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if len(lower) < 2 or lower in STOPWORDS:
        return None
    return stem(lower)


# Initialisms of names written in full elsewhere ("the U.S.", "the United States"): read as the full name's words.
_INITIALISMS = {"U.S.": "United States", "U.S.A.": "United States", "USA": "United States", "U.K.": "United Kingdom",
                "UK": "United Kingdom", "U.N.": "United Nations", "UN": "United Nations", "E.U.": "European Union",
                "EU": "European Union"}
_INITIALISM = lazy_compile(r"(?<![\w.])(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|USA|UK|UN|EU)(?![\w])")


@lru_cache(maxsize=1 << 14)
def content_words(text: str, language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(stem, surface form) of every content word, in order (stopwords and one-letter words dropped); an
    initialism of a name ("U.S.", "EU") gives the full name's words ("United States"). ``language``: the
    text's language (a source's), whose function words are dropped too ("les", "du", "de" of a French text;
    read by the text's language alone: "son", "car" are English words), an elided article with them
    ("l'État" is "État")."""
    out = []
    pos = 0
    dropped = function_words_of(language)
    for m in _INITIALISM.finditer(text) if "U" in text or "E" in text else ():
        out.extend(_words_of(text[pos:m.start()], dropped))
        out.extend((_content_stem(w) or w.lower(), m.group(0)) for w in _INITIALISMS[m.group(0)].split())
        pos = m.end()
    out.extend(_words_of(text[pos:], dropped))
    return tuple(out)


def _words_of(text: str, dropped: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(stem, surface) of the content words of ``text``; ``dropped``: the function words of its language."""
    out = []
    for word in _WORD.findall(text):
        if dropped:
            word = without_elision(word.replace("’", "'")) if "'" in word or "’" in word else word
            if word.lower() in dropped:
                continue
        stemmed = _content_stem(word)
        if stemmed is not None:
            out.append((stemmed, word))
    return out


def capitalised_terms(text: str, language: str | None = None) -> list[str]:
    """Runs of capitalised words that look like names ("Central Asia", "Tokyo Declaration"); a function word of
    the text's ``language`` opening a run is none of its name ("Le Maroc" is "Maroc")."""
    terms = []
    dropped = function_words_of(language)
    for m in _CAP_RUN.finditer(text):
        words = m.group(0).split()
        while words and (words[0].lower() in NOT_NAMES or words[0].lower() in dropped
                         or (m.start() == 0 and words[0].endswith("ly"))):
            words.pop(0)
        while words and words[-1].lower() in ("of", "and", "the", "de"):
            words.pop()
        term = re.sub(r"[’']s$", "", " ".join(w.strip(".’'-") for w in words))
        if len(term) >= 2 and term.lower() not in NOT_NAMES and term.lower() not in dropped:
            terms.append(term)
    return terms
