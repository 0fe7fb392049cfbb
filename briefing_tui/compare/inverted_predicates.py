"""Another language's verb of what befell people put before their count or at its clause's end (issue 11).

Before it: "Murieron 158 personas en Valencia", "Bei dem Unglück starben mindestens 200 Menschen", "morreram 39
pessoas"; between the verb and the count only a qualifier's words may stand ("al menos", "mindestens", "pelo menos").
At the end of its clause, past more words than a predicate right after a count is looked for in (German puts the
participle last: "Mehr als drei Millionen Franzosen haben am Dienstag gegen die geplante Rentenreform demonstriert"),
with no word joining another clause between (``CLAUSE_JOINS``). The verbs are those of the predicates table
(``data/measure_words.yaml``), read right after a count too ("95 personas murieron")."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

# A word: letters first, hyphens and apostrophes inside.
_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# Words joining another clause (German, Dutch, and the Romance languages' commonest): a verb past them is that
# clause's ("300 Menschen wurden evakuiert, weil ..."; "und 20 weitere starben").
CLAUSE_JOINS = frozenset("und oder aber dass weil als wenn während nachdem bevor obwohl sowie en maar dat "
                         "omdat toen y o pero que porque cuando et ou mais qui quand e ma che".split())
CLAUSE_FINAL_WORDS = 12  # words at most from a count to the verb ending its clause
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


def clause_final_predicate(clause: str, measures: frozenset[str]) -> str | None:
    """The measure (one of ``measures``) of the predicates table's verb that ends ``clause`` (the text after a
    count's noun up to its clause's end), when no word joining another clause stands before it, or None."""
    words = [w.lower() for w in _WORD.findall(clause)]
    if not words or len(words) > CLAUSE_FINAL_WORDS or any(w in CLAUSE_JOINS for w in words[:-1]):
        return None
    measure = language_words().predicates.get(words[-1])
    return measure if measure in measures else None
