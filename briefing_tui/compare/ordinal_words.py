"""Ordinal words of the languages news is read in (English, French, Spanish, Portuguese, Italian, German), from
"first" to "twelfth", with their values, and ordinals in digits ("6th", "6e", "6ème", "6ª", "6.º").

The table holds each word's stem and the endings of gender and case its language adds ("sext" + "a"/"o",
"sechst" + "e"/"en"/"er"); :func:`ordinal_value` reads a word found by ``ORDINAL_WORD``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.lazy_pattern import lazy_compile

HAS_ORDINAL_CACHE = 1024  # lines whose check is kept (the finders of one line ask in turn)

# Stems of ordinals by value, per language; ``_ENDINGS`` are the endings each language's stems take.
_STEMS = {
    "en": ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
           "twelfth"],
    "fr": ["premier|première", "deuxième|second|seconde", "troisième", "quatrième", "cinquième", "sixième",
           "septième", "huitième", "neuvième", "dixième", "onzième", "douzième"],
    "es": ["primer", "segund", "tercer", "cuart", "quint", "sext", "séptim|septim", "octav", "noven", "décim",
           "undécim", "duodécim"],
    "pt": ["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non", "décim", "décimo primeir",
           "décimo segund"],
    "it": ["prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav", "non", "decim", "undicesim",
           "dodicesim"],
    "de": ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt|siebent", "acht", "neunt", "zehnt", "elft",
           "zwölft"],
}
# Endings of gender, number and case after a stem ("sext" + "a"; "sechst" + "en"; French ones take a plural's).
_ENDING_FORMS = {"en": ("",), "fr": ("", "s"), "es": ("o", "a", "os", "as"), "pt": ("o", "a", "os", "as"),
                 "it": ("o", "a", "i", "e"), "de": ("e", "en", "er", "es", "em")}
_ENDINGS = {lang: "(?:" + "|".join(forms) + ")" for lang, forms in _ENDING_FORMS.items()}
_BARE = {"primer": 1, "tercer": 3}  # Spanish ordinals cut before a noun ("el tercer mandato")
_VALUES: dict[str, int] = {}  # each stem (lower-case) -> its value
for _stems in _STEMS.values():
    for _k, _alts in enumerate(_stems, start=1):
        for _alt in _alts.split("|"):
            _VALUES.setdefault(_alt, _k)
_WORDS = "|".join(
    "(?:" + "|".join(sorted({a for s in stems for a in s.split("|")}, key=len, reverse=True)) + ")" + _ENDINGS[lang]
    for lang, stems in _STEMS.items()) + "|" + "|".join(_BARE)
# An ordinal: a word of the table with its ending, or digits with an ordinal's mark ("6th", "6e", "6ème", "6ª").
ORDINAL_WORD = r"(?:\d{1,2}(?:st|nd|rd|th|e|ème|eme|ª|º|\.ª|\.º|°)|" + _WORDS + r")"
_DIGITS = lazy_compile(r"\d{1,2}")
_DIGIT_ORDINAL = lazy_compile(r"\d(?:st|nd|rd|th|e|ème|eme|ª|º|\.ª|\.º|°)(?!\w)")
_PUNCTUATION = ".,;:!?()[]{}\"'’‘“”«»„‹›—–-/"  # (stripped from a word's ends)
_ANY_ENDING = "(?:" + "|".join(_ENDINGS.values()) + ")"  # (the endings of all languages)
# Every ordinal word of the table as written (lower-case), for a quick check before the patterns.
ORDINAL_FORMS = frozenset(
    {alt + ending for lang, stems in _STEMS.items() for s in stems for alt in s.split("|") if " " not in alt
     for ending in _ENDING_FORMS[lang]} | set(_BARE))


# The ordinal words of the other languages than English (a quick check before patterns of those alone).
FOREIGN_FORMS = ORDINAL_FORMS - frozenset(_STEMS["en"])


@lru_cache(maxsize=HAS_ORDINAL_CACHE)
def has_ordinal(text: str, foreign: bool = False) -> bool:
    """Whether ``text`` may hold an ordinal (a word of the table, or digits with an ordinal's mark); ``foreign``:
    an ordinal word of another language than English."""
    words = [w.strip(_PUNCTUATION) for w in text.lower().split()]
    if foreign:
        return not FOREIGN_FORMS.isdisjoint(words)
    return not ORDINAL_FORMS.isdisjoint(words) or bool(_DIGIT_ORDINAL.search(text))


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal ``ORDINAL_WORD`` matched: "sixième" 6, "sexta" 6, "sechsten" 6, "6e" 6."""
    lower = " ".join(word.lower().split())
    digits = _DIGITS.match(lower)
    if digits:
        return int(digits.group(0))
    if lower in _BARE:
        return _BARE[lower]
    for stem in sorted(_VALUES, key=len, reverse=True):
        if lower.startswith(stem) and re.fullmatch(_ANY_ENDING, lower[len(stem):]):
            return _VALUES[stem]
    return None
