"""Ordinals as counts: of a succession ("a fourth consecutive term", "the 51st state") and of people ("a second
death", "the third victim", "a potential second measles-related death").

The ordinal of one of a toll's members says how many there are at least so far: "investigating a second death"
is at least two dead. Only the nouns of a measure of people count so (``PEOPLE_MEASURES`` and the dead: "death",
"fatality", "victim", "survivor"); "first" is left out (the first of anything says nothing of how many there
are), and so is a noun that only modifies the next one ("a second death sentence", "the third death
anniversary"). Successions (terms, titles) are :func:`ordinals_in`'s.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.measures import INVARIABLE_PLURALS, PEOPLE_MEASURES, PHRASE_STOP, measure_of_word, singular
from briefing_tui.compare.ordinal_words import ORDINAL_WORD
from briefing_tui.compare.ordinal_words import ordinal_value as foreign_ordinal
from briefing_tui.lazy_pattern import lazy_compile

# Ordinals that count a succession: "a fourth consecutive term", "the 51st state", "her third mandate", "a third
# presidential term" (at most two words of the term's kind between).
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL = lazy_compile(
    r"(?<![\w-])(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
    r"(?:\s+(?:consecutive|straight|successive|full|new|presidential|parliamentary|legislative|gubernatorial)){0,2}"
    r"\s+(?P<noun>[a-z]{3,20})\b(?!-\w)", re.I)  # ("a third straight presidential term")
# The nouns an ordinal counts a succession of, and the measure each is: a party's terms in office are
# "terms", "mandates" or "governments" ("a fourth mandate" is not a seat: German "Mandate" are seats).
ORDINAL_NOUNS = {"term": "term", "mandate": "term", "government": "term", "state": "state", "title": "title",
                 "victory": "victory", "win": "victory"}


def ordinals_in(text: str) -> list[Found]:
    """Ordinals that count a succession ("a fourth consecutive term": 4 terms; "the 51st state"), with the
    measure of ``ORDINAL_NOUNS``; other ordinals ("first time", "second-largest") are no figures."""
    found = []
    for m in _ORDINAL.finditer(text):
        measure = ORDINAL_NOUNS.get(m.group("noun").lower())
        if measure is None:
            continue
        value = ordinal_value(m.group("n"))
        found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": "ordinal",
                                                          "measure": measure}))
    return found

# A term in office counted by another language's ordinal: "un troisième mandat consécutif", "el tercer mandato",
# "um terceiro mandato", "un terzo mandato", "eine dritte Amtszeit" (the noun a term in each language).
_FOREIGN_TERM = lazy_compile(
    r"(?<![\w-])(?P<n>" + ORDINAL_WORD + r")\s{1,3}(?:(?:nouveau|nuevo|novo|nuovo|neue)\s{1,3})?"
    r"(?:mandats?|mandatos?|mandati|Amtszeit|quinquennat|legislatura)(?![\w-])", re.I)
_TERM_HINT = lazy_compile(r"mandat|amtszeit|quinquennat|legislatura")  # (a quick check of the lower-case line)


def foreign_terms_in(text: str) -> list[Found]:
    """Terms in office counted by an ordinal of French, Spanish, Portuguese, Italian or German (see
    ``_FOREIGN_TERM``): counts of the measure "term", as :func:`ordinals_in` gives English ones."""
    found: list[Found] = []
    if not _TERM_HINT.search(text.lower()):
        return found
    for m in _FOREIGN_TERM.finditer(text):
        value = foreign_ordinal(m.group("n"))
        if value is not None:
            found.append(Found("count", m.start(), m.end(), {"low": float(value), "high": float(value),
                                                              "unit": "ordinal", "measure": "term"}))
    return found


def ordinal_value(written: str) -> float:
    """The number an ordinal says: "fourth" 4, "51st" 51."""
    lower = written.lower()
    return float(ORDINALS[lower] if lower in ORDINALS else int(lower[:-2]))


# An ordinal from two on, at most two modifiers ("potential", "measles-related", "confirmed"), then the noun.
_ORDINAL_MEMBER = lazy_compile(
    r"(?<![\w-])(?P<n>" + "|".join(w for w, n in ORDINALS.items() if n > 1) + r"|\d{1,3}(?:nd|rd|th))"
    r"(?P<mods>(?:\s{1,3}[a-z][a-z-]{2,30}){0,2}?)"
    r"\s{1,3}(?P<noun>[a-z]{3,20})\b(?!-\w)", re.I)
# Nouns a member's noun only modifies when it comes right before them ("death sentence", "death anniversary").
_COMPOUND_AFTER = lazy_compile(
    r"\s{1,3}(?:penalty|penalties|sentence|sentences|anniversary|certificate|certificates|row|march|squad|threat"
    r"|threats|toll|tolls|rate|rates|benefit|benefits|count|counts)\b", re.I)
DEAD = "dead"


def ordinal_counts_in(text: str) -> list[Found]:
    """Ordinals of people's counts in ``text`` (see the module's doc): counts of "at least" the ordinal's value,
    the counted noun as their head; and other languages' terms in office (:func:`foreign_terms_in`: their
    ordinals are no numbers the figures' first reading looks for)."""
    found = foreign_terms_in(text)
    for m in _ORDINAL_MEMBER.finditer(text):
        noun = m.group("noun").lower()
        measure = measure_of_word(noun) or measure_of_word(f"{noun}s")  # ("victim": the word listed is "victims")
        if (measure not in PEOPLE_MEASURES and measure != DEAD) or singular(noun) != noun \
                or noun in INVARIABLE_PLURALS or noun.endswith(("ed", "ing")) or _COMPOUND_AFTER.match(text, m.end()):
            continue  # (a plural or an adjective is no member: "the second victims' group", "a second injured man";
            # nor a modifier: "a second death sentence")
        if any(w in PHRASE_STOP or measure_of_word(w) for w in m.group("mods").lower().split()):
            continue  # ("the second of the dead", "a second injured man")
        value = ordinal_value(m.group("n"))
        found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": noun, "head": noun,
                                                          "own_measure": measure, "qualifier": "at_least"}))
    return found
