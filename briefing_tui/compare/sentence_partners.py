"""A fine given with a prison term in one sentencing is the sentenced person's, as the term is.

Courts' verdicts list each defendant's penalties together: "Guéant a écopé de six ans de prison et 250 000 euros
d'amende", "X was sentenced to 18 months in prison and a €100,000 fine". The prison term's subject is read (the
one sentenced, :mod:`.sentenced_subjects`); the fine after it, joined by "and" or a comma, names no one and was read
with none, so another defendant's fine of the same sum joined the main defendant's claim. Here such a fine takes the
term's subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile

TERM_MEASURE = "prison sentence"  # the measure of a prison term whose subject a fine after it takes
FINE_MEASURE = "fine"  # the measure of the fine that takes it
# What may stand between a prison term and the fine listed with it: the rest of the term's phrase and a list's
# joiner, no sentence or clause break and no other figure ("six ans de prison et", "18 months in prison and a",
# "dix-huit mois de prison, 3 millions"). Bounded, one way to read it.
_LISTED_AFTER_TERM = lazy_compile(
    r"\A[^\d.;:!?()]{0,40}?"  # (the term's phrase: " de prison", " in prison")
    r"(?:,|\b(?:and|et|y|e|und|en|plus)\b)"  # (the list's joiner)
    r"[^\d.;:!?()]{0,20}\Z"  # (an article or "a fine of" before the sum)
)


def fines_of_sentenced(units: Sequence[Unit]) -> None:
    """Give each fine with no subject listed right after a prison term with one that term's subject (in place)."""
    for u in units:
        figures = u.figures
        for k in range(1, len(figures)):
            f, term = figures[k], figures[k - 1]
            if f.measure != FINE_MEASURE or f.subject or term.measure != TERM_MEASURE or not term.subject:
                continue
            between = u.text[term.end - u.start:f.start - u.start]
            if _LISTED_AFTER_TERM.match(between):
                figures[k] = replace(f, subject=term.subject)
