"""The range of the terms a court handed to several defendants: "their sentences range from three years to 20 years
in prison", "sentences of between four and 18 years", "las condenas de prisión, de entre tres y 12 años", "die
Haftstrafen liegen zwischen vier und 18 Jahren". A plural noun of sentences names the measure before the range, with
no verb of sentencing and often no prison word after it: the range is the terms handed down (``SENTENCES_MEASURE``),
of no one person, never weighed against one defendant's term.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The measure of such a range: the terms of several defendants, never weighed against one defendant's term.
SENTENCES_MEASURE = "spread prison sentence"  # (an own kind of the prison sentence: compare/measure_kinds.py)

# Before the range: a plural noun of sentences (its prison word allowed after it), up to four words (a verb of
# ranging: "range", "van", "vont", "vanno", "liegen"), then a word of "from" or "between" ("de entre" in Spanish).
# (Or a verb of ranging alone, its subject the sentences named before: "elles s'échelonnent de 3 ans".)
_SENTENCES_BEFORE = lazy_compile(
    r"(?:\b(?:sentences|(?:prison|jail)\s{1,3}terms|condenas|penas|peines|pene|condanne|Strafen|Haftstrafen"
    r"|Freiheitsstrafen|Gefängnisstrafen)"
    r"(?:\s{1,3}(?:de|di)\s{1,3}(?:prisión|cárcel|prisão|prison|carcere|reclusione))?,?"
    r"(?:\s{1,3}[\w’'-]{1,20}){0,4}?,?"
    r"|\bs['’]échelonn(?:ent|aient|eront)|\bse\s{1,3}escalonan)"
    r"\s{1,3}(?:from|of|between|de\s{1,3}entre|entre|de|da|tra|fra|von|zwischen)\s{1,3}$", re.I)
SENTENCES_REACH = 90  # characters before the range searched for the noun of sentences
# The range itself: two numbers linked by a word of "to" or "and", or a dash ("three years to 20 years", "tres y 12").
_RANGE_LINK = lazy_compile(r"\s(?:to|and|y|a|e|et|à|bis|und)\s|\d\s{0,2}[-–]\s{0,2}\d", re.I)


def sentence_range(before: str, written: str) -> bool:
    """Whether the period ``written`` after ``before`` is the range of the terms handed to several defendants."""
    return bool(_RANGE_LINK.search(written)) and bool(_SENTENCES_BEFORE.search(before[-SENTENCES_REACH:]))
