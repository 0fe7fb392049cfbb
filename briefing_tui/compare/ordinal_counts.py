"""Ordinals that count people: "a second death", "the third victim", "a potential second measles-related death".

The ordinal of one of a toll's members says how many there are at least so far: "investigating a second death"
is at least two dead. Only the nouns of a measure of people count so (``PEOPLE_MEASURES`` and the dead: "death",
"fatality", "victim", "survivor"); "first" is left out (the first of anything says nothing of how many there
are), and so is a noun that only modifies the next one ("a second death sentence", "the third death
anniversary"). Successions (terms, titles) are :func:`~briefing_tui.compare.counts.ordinals_in`'s.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import ORDINALS, Found
from briefing_tui.compare.measures import INVARIABLE_PLURALS, PEOPLE_MEASURES, PHRASE_STOP, measure_of_word, singular

# An ordinal from two on, at most two modifiers ("potential", "measles-related", "confirmed"), then the noun.
_ORDINAL_MEMBER = re.compile(
    r"(?<![\w-])(?P<n>" + "|".join(w for w, n in ORDINALS.items() if n > 1) + r"|\d{1,3}(?:nd|rd|th))"
    r"(?P<mods>(?:\s{1,3}[a-z][a-z-]{2,30}){0,2}?)"
    r"\s{1,3}(?P<noun>[a-z]{3,20})\b(?!-\w)", re.I)
# Nouns a member's noun only modifies when it comes right before them ("death sentence", "death anniversary").
_COMPOUND_AFTER = re.compile(
    r"\s{1,3}(?:penalty|penalties|sentence|sentences|anniversary|certificate|certificates|row|march|squad|threat"
    r"|threats|toll|tolls|rate|rates|benefit|benefits|count|counts)\b", re.I)
DEAD = "dead"


def ordinal_counts_in(text: str) -> list[Found]:
    """Ordinals of people's counts in ``text`` (see the module's doc): counts of "at least" the ordinal's value,
    the counted noun as their head."""
    found = []
    for m in _ORDINAL_MEMBER.finditer(text):
        noun = m.group("noun").lower()
        measure = measure_of_word(noun) or measure_of_word(f"{noun}s")  # ("victim": the word listed is "victims")
        if (measure not in PEOPLE_MEASURES and measure != DEAD) or singular(noun) != noun \
                or noun in INVARIABLE_PLURALS or noun.endswith(("ed", "ing")) or _COMPOUND_AFTER.match(text, m.end()):
            continue  # (a plural or an adjective is no member: "the second victims' group", "a second injured man";
            # nor a modifier: "a second death sentence")
        if any(w in PHRASE_STOP or measure_of_word(w) for w in m.group("mods").lower().split()):
            continue  # ("the second of the dead", "a second injured man")
        written = m.group("n").lower()
        value = float(ORDINALS[written] if written in ORDINALS else int(written[:-2]))
        found.append(Found("count", m.start(), m.end(), {"low": value, "high": value, "unit": noun, "head": noun,
                                                          "own_measure": measure, "qualifier": "at_least"}))
    return found
