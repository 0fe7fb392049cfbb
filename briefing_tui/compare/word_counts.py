"""Other languages' number words that stand alone, with no noun after them (issue 11): the value a toll has come to
("Die Zahl der Toten stieg auf zwölf", "le bilan est passé à douze", "la cifra de muertos subió a doce") and a count
of people told by its predicate ("et trois ont été blessées", "drei wurden verletzt").

English number words are read wherever they stand; another language's ("acht", "elf", "sept", "tres") are also
words of other meanings, so :mod:`~briefing_tui.compare.counts` reads one without a counted noun only where the
grammar makes it a count: right after a preposition of reaching whose clause names a measure of people before it
(``REACHED_BEFORE``, ``MEASURE_BACK_WORDS``), before a predicate naming one
(:func:`~briefing_tui.compare.measures.predicate_measure`), or right after a word for "other" that makes it the head
of its noun phrase ("Outras quatro seguem em investigação", "otros cuatro", "altri quattro": ``OTHER_BEFORE``),
or as the first end of a range whose second end is written in digits ("zwischen drei und 15 Jahren", "de entre tres
y 12 años": ``BETWEEN_BEFORE`` and ``AND_DIGITS_AFTER``; :mod:`.figure_ranges` joins the two).
"""

from __future__ import annotations

import re

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import PEOPLE_MEASURES, measure_of_word, predicate_measure, words_in
from briefing_tui.lazy_pattern import lazy_compile

# A preposition of reaching right before the number: German "auf"/"bei", French "à", Spanish and Portuguese "a"/"até",
# Dutch "op"/"tot", Italian "a"/"fino a" ("stieg auf zwölf", "passé à douze", "subió a doce", "salito a dodici").
REACHED_BEFORE = lazy_compile(r"(?<![\w'’])(?:auf|bei|à|a|até|op|tot|fino\s{1,3}a)\s{1,3}\Z")
# A word for "other" right before the number: the number stands for the noun it leaves out, as English "four others"
# ("outras quatro", "otros cuatro", "altri quattro", "die anderen acht", "weitere vier"). (Not French "mais" and
# Portuguese "mais", which are also "but".)
# (the words for "other" of the languages read but English, shared with compare/count_groups.py)
OTHER_WORDS = r"weitere|weiteren|andere|anderen|otros|otras|outros|outras|altri|altre"
OTHER_BEFORE = lazy_compile(rf"(?<![\w'’])(?:{OTHER_WORDS})\s{{1,3}}\Z", re.I)
# A word of "between" right before the number, and a word of "and" with a number in digits right after it: the
# first end of a range ("zwischen drei und 15 Jahren", "entre tres y 12 años", "tra tre e 12 anni").
BETWEEN_BEFORE = lazy_compile(r"(?<![\w'’])(?:zwischen|entre|tra|fra|tussen)\s{1,3}\Z", re.I)
AND_DIGITS_AFTER = lazy_compile(r"\s{1,3}(?:und|y|et|e|en)\s{1,3}\d")
# What ends a clause before the number: its measure is not read across it.
_CLAUSE_END = lazy_compile(r"[;:!?()\[\]—–.,]")
# The last words before the number, where a qualifier of the table (measure_words.yaml ``qualifiers``) is looked for.
_WORDS_BEFORE = lazy_compile(r"(?:[^\W\d_][\w.'’]{0,30}\s{1,3}){1,4}\Z")
MEASURE_BACK_WORDS = 8  # words of the clause before the preposition read for a measure of people
PREDICATE_REACH = 40  # characters after the number read for its predicate
CLAUSE_REACH = 120  # characters before the number read for its clause


def _past_qualifier(before: str) -> str:
    """``before`` (the text right before a number) without the qualifier of the table ending it ("auf mindestens"
    -> "auf ", "à au moins" -> "à "), or unchanged when none ends it."""
    words = _WORDS_BEFORE.search(before)
    if words is None:
        return before
    found = words.group(0).split()
    qualifiers = language_words().qualifiers
    for k in range(len(found)):  # (the longest qualifier first: "por lo menos" before "menos")
        if " ".join(found[k:]).lower() in qualifiers:
            return before[:words.start()] + " ".join(found[:k]) + (" " if k else "")
    return before


def _people(measure: str | None) -> bool:
    return measure in PEOPLE_MEASURES or measure == "dead"


def counts_alone(text: str, start: int, end: int) -> bool:
    """Whether the number word at ``text[start:end]`` (with no counted noun after it) is a count: one a word for
    "other" leads, the value of a measure of people its clause names before a preposition of reaching, or a count
    its predicate tells."""
    before = text[max(0, start - CLAUSE_REACH):start]
    if OTHER_BEFORE.search(before) or BETWEEN_BEFORE.search(before) and AND_DIGITS_AFTER.match(text, end):
        return True
    if REACHED_BEFORE.search(before) or REACHED_BEFORE.search(before := _past_qualifier(before)):
        clause = _CLAUSE_END.split(before)[-1]
        if any(_people(measure_of_word(w.group(0))) for w in words_in(clause)[-MEASURE_BACK_WORDS:]):
            return True
    return _people(predicate_measure(text[end:end + PREDICATE_REACH]))
