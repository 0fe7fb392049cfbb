"""Another language's verb of what befell people put before their count (issue 11): "Murieron 158 personas en
Valencia", "Bei dem Unglück starben mindestens 200 Menschen", "morreram 39 pessoas". The verbs are those of the
predicates table (``data/measure_words.yaml``), read after a count too ("95 personas murieron"); between the verb and
the count only a qualifier's words may stand ("al menos", "mindestens", "pelo menos")."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

# A word: letters first, hyphens and apostrophes inside.
_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
INVERTED_REACH = 4  # words back from a count where the verb put before it is read (the verb and a qualifier)


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    """The words of every language's qualifier phrases ("al", "menos", "mindestens", "pelo")."""
    return frozenset(w for q in language_words().qualifiers for w in q.split())


def inverted_predicate(clause: str, measures: frozenset[str]) -> str | None:
    """The measure (one of ``measures``) of the predicates table's verb that ends ``clause`` (the text of the count's
    clause before it), past a qualifier's words, or None. (A weekday, like a function word, ends a counted phrase:
    "le bilan s'élève à 225 mercredi" counts no Wednesdays: ``measures.PHRASE_STOP``.)"""
    words = [w.lower() for w in _WORD.findall(clause)][-INVERTED_REACH:]
    predicates, qualifiers = language_words().predicates, _qualifier_words()
    for word in reversed(words):
        if word in predicates:
            return predicates[word] if predicates[word] in measures else None
        if word not in qualifiers:
            return None
    return None
