"""Terms summed over several people: "En tout, ils ont été condamnés à plus de 420 ans de prison", "In total, the
eleven men were given 96 years in jail", "insgesamt 120 Jahre Haft". Such a sum is no one's term: its measure is the
term's total (``measure_kinds.OWN_KINDS`` keeps a total apart from the plain measure), never weighed against the
sentences each was given. A length of anything else summed ("in total, the talks took 30 hours") is the length
itself, and counts summed ("in total, 154 people died") are the toll: only a prison term's (or a ban's) measure is
made a total. Works on the (kind, start, end, fields) tuples of :mod:`.figures`, offsets relative to the sentence."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

TOTAL = "total"  # the kind a summed term's measure takes ("total prison sentence")
# Words saying what follows is summed, anywhere before the term in its sentence (English, French, Spanish,
# Portuguese, Italian, German): "in total", "in all", "all told", "en tout", "au total", "en total", "em total",
# "in totale", "insgesamt", "zusammengerechnet".
_SUMMED_BEFORE = lazy_compile(r"\b(?:in\s{1,3}total|in\s{1,3}all|all\s{1,3}told|en\s{1,3}tout|au\s{1,3}total"
                              r"|en\s{1,3}total|em\s{1,3}total|in\s{1,3}totale|insgesamt|zusammengerechnet)\b", re.I)
# The same words right after the term: "96 years in total", "420 ans de prison au total".
_SUMMED_AFTER = lazy_compile(r"\A[^.;!?]{0,20}?\b(?:in\s{1,3}total|in\s{1,3}all|au\s{1,3}total|en\s{1,3}tout"
                             r"|en\s{1,3}total|em\s{1,3}total|in\s{1,3}totale|insgesamt)\b", re.I)
# "a total of" right before the term: "a total of 96 years", "un total de 420 ans", "un totale di".
_TOTAL_OF = lazy_compile(r"\b(?:a\s{1,3}total\s{1,3}of|un\s{1,3}total\s{1,3}(?:de|d['’])|um\s{1,3}total\s{1,3}de"
                         r"|un\s{1,3}totale\s{1,3}di)\s{1,3}(?:(?:more\s{1,3}than|over|plus\s{1,3}de|más\s{1,3}de)\s{1,3})?\Z",
                         re.I)
TOTAL_REACH = 30  # characters before the term read for "a total of" (its qualifier included)
# Measures of terms a sum of several is made a total of (the last word of the figure's measure).
TERM_MEASURES = frozenset({"sentence", "term", "ban"})


def summed_terms(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """``out`` with each summed prison term's measure made its total (see the module)."""
    result = []
    for kind, start, end, fields in out:
        measure = fields.get("measure")
        if kind == "period" and measure and measure.split()[-1] in TERM_MEASURES and measure.split()[0] != TOTAL \
                and fields.get("role") != "previous" and _summed(text, start, end):
            fields = {**fields, "measure": f"{TOTAL} {measure}"}
        result.append((kind, start, end, fields))
    return result


def _summed(text: str, start: int, end: int) -> bool:
    """Whether the term at ``start``-``end`` of its sentence is said to be a sum."""
    return bool(_SUMMED_BEFORE.search(text, 0, start) or _SUMMED_AFTER.match(text[end:])
                or _TOTAL_OF.search(text[max(0, start - TOTAL_REACH):start]))


