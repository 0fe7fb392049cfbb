"""A word for "one" as the last count of a list of counts (issue 11): "14 civilians and one soldier", "13 civili e un
militare", "13 civis e um soldado", "13 civils et un soldat", "13 Zivilisten und einen Soldaten" is 1 of that noun.

Italian "un", Portuguese "um", Spanish "un", French "un", German "ein"/"einen" are also articles, never a number
alone: read only inside such a list, right after a count and its noun ("14 civili") and a word of "and", and only
when the noun after it is a group or measure word a toll is told in ("soldado", "militare", "herido"). (Any noun that
ends the list was tried: "25 estudiantes y un profesor" among the victims then gave a teacher counted apart from the
dead students, a measure of its own.) Offsets are relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.numbers import LIST_AND, NUMBER_WORD, NUMERAL
from briefing_tui.compare.toll_parts import TOLL_GROUPS
from briefing_tui.compare.word_forms import singular
from briefing_tui.lazy_pattern import lazy_compile

ONE = 1.0  # the value of a word for "one"
# A count and its noun ("14 civili", "trece civiles"), a comma maybe, a word of "and", a word for "one" and its noun.
# (Bounded spaces and word lengths: linear on any text.)
_LISTED_ONE = lazy_compile(
    rf"(?<![\w.,])(?:{NUMERAL}|{NUMBER_WORD})\s{{1,3}}[^\W\d_]{{3,20}}\s{{0,3}},?\s{{0,3}}{LIST_AND}\s{{1,3}}"
    r"(?P<one>one|un|uno|una|une|um|uma|ein|eine|einen|einem|einer)\s{1,3}(?P<noun>[^\W\d_]{3,20})(?![\w-])", re.I)
# The words a toll's groups are told in (civilians, soldiers, children...), in the languages of compare/toll_parts.py.
_GROUP_WORDS = frozenset(w for words in TOLL_GROUPS.values() for w in words)


def listed_ones_in(text: str) -> list[Found]:
    """Every word for "one" ending a list of counts, as the count 1 of its noun (see the module)."""
    found = []
    for m in _LISTED_ONE.finditer(text):
        noun = m.group("noun")
        lower = noun.lower()
        if lower not in _GROUP_WORDS and measure_of_word(lower) is None:
            continue  # ("13 morts et un deuxième séisme", "25 élèves et un enseignant": an article, or no toll's group)
        found.append(Found("count", m.start("one"), m.end(), {"low": ONE, "high": ONE, "unit": singular(lower),
                                                               "head": noun}))
    return found
