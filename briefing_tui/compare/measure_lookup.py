"""A word's canonical measure: the English words of compare/measure_names.py and the other languages' words of the
editable table (compare/language_words.py, with their inflected forms), a German compound by its head noun."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.language_words import fold_apostrophes, language_words, without_elision
from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.compare.word_forms import compound_measure

# English words first; other languages' words from the editable table (language_words.py) where English
# has no such word
WORD_MEASURE: dict[str, str] = {**language_words().measures, **{w: m for m, words in MEASURE_WORDS.items() for w in words}}

WORD_CACHE = 1 << 15  # words whose measure is kept (the tables never change while the app runs)


@lru_cache(maxsize=WORD_CACHE)
def measure_of_word(word: str) -> str | None:
    """The canonical measure a word names ("killed" -> "dead", "l’amende" -> "fine", "Hochwassertote" -> "dead"),
    or None."""
    lower = word.lower()
    if "'" not in lower and "’" not in lower:
        return WORD_MEASURE.get(lower) or compound_measure(lower, language_words().compound_heads)
    folded = fold_apostrophes(lower)
    return WORD_MEASURE.get(folded) or WORD_MEASURE.get(without_elision(folded))


@lru_cache(maxsize=WORD_CACHE)
def money_measure_of_word(word: str) -> str | None:
    """The canonical measure a word names where it prices an amount: a measure word, or a word that names a measure
    only for money ("financial support", "un soutien de 20 milliards": aid; but "52% support" is no aid)."""
    return measure_of_word(word) or language_words().money_measures.get(fold_apostrophes(word.lower()))
