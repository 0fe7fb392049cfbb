"""The period a movement is measured over: "shares are down 15% this year" and "shares fell 4% after the
announcement" are two measures of one subject (a fall over the year to date, a fall on the day), never one claim;
"down 13% this year" is the first one's. Only movements (a change, a rise) carry it: a toll or a price is one
figure whatever the clause says of time.

A figure that runs through a day (a turnout) read at an hour is that hour's partial reading: "turnout stood at 35.2%
by 2 p.m." and "final turnout was 67.1%" are two measures, "turnout was 35% at 14:00" and "35.2% by 2 p.m." one.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Measures whose figure is a movement over some period.
MOVEMENT_MEASURES = frozenset({"change", "rise"})
# Periods a movement is measured over, each with the name its key takes; one alternative per line.
_PERIODS = (
    ("year to date", re.compile(r"\b(?:so far )?this year\b|\byear[- ]to[- ]date\b|\bsince the (?:start|beginning) of "
                                r"(?:the|this) year\b|\bin 20\d\d so far\b|\bytd\b", re.I)),
    ("last year", re.compile(r"\b(?:last|past|previous) year\b|\bin the (?:past|last) (?:12|twelve) months\b", re.I)),
    ("this month", re.compile(r"\bthis month\b|\bmonth[- ]to[- ]date\b", re.I)),
    ("this week", re.compile(r"\bthis week\b", re.I)),
    ("since", re.compile(r"\bsince (?:its|their|the) (?:listing|IPO|debut|launch|peak)\b", re.I)),
)
# Measures whose figure runs through a day: a reading at an hour is a partial one.
RUNNING_MEASURES = frozenset({"turnout"})
# An hour a running figure is read at: "by 2 p.m.", "as of 11:00", "at noon", "bis 14 Uhr", "à 12 heures", "à midi",
# "a las 14:00", "alle ore 12", "às 14h" (an hour alone needs a.m./p.m. or a word of hours: "at 35" is no hour).
_AT_HOUR = lazy_compile(
    r"\b(?:by|as\s{1,3}of|at|until|till|up\s{1,3}to|bis|um|gegen|à|vers|jusqu['’]à|a\s{1,3}las|hasta\s{1,3}las"
    r"|(?:fino\s{1,3})?alle(?P<ore>\s{1,3}ore)?|às|até\s{1,3}às|pelas)\s{1,3}"
    r"(?:(?P<noon>noon|midday|midi|mediod[íi]a|mezzogiorno|meio-dia|Mittag)\b"
    r"|(?P<h>[01]?\d|2[0-3])(?:(?:[:.]|\s?h\s?)(?P<m>[0-5]\d))?(?![\d.,]\d|\d|\s{0,2}(?:%|per|por|pour|Prozent))"
    r"\s{0,2}(?P<unit>(?P<ap>[ap])\.?\s?m\b\.?|uhr\b|heures?\b|h\b|horas?\b|hrs?\b|o['’]clock\b)?)", re.I)
# Words of polls closing: the hour of a clause that tells them is the close, not a partial reading's.
_CLOSING = lazy_compile(r"\b(?:clos(?:e|ed|es|ing)|ferm\w{1,6}|fermeture|cierre|cerr\w{1,6}|chius\w{1,6}|schlie\w{1,6}"
                        r"|schloss\w{0,2}|encerr\w{1,6}|fech\w{1,6})\b", re.I)
# Characters of the clause around the figure searched for its period (to the clause's punctuation).
PERIOD_REACH = 60
_CLAUSE_END = lazy_compile(r"[;—–]|(?<!\d):|:(?!\d)|,\s(?:but|while|whereas|and)\b|\.\s")  # (not a clock's "15:00")


def period_mark(text: str, start: int, figure: Figure) -> str:
    """The key suffix for the period a movement figure is measured over (" (year to date)"), "" when it is
    none or not a movement. ``text`` is the figure's sentence, ``start`` the sentence's offset."""
    base = figure.measure.split()[-1] if figure.measure else None
    if base not in MOVEMENT_MEASURES and base not in RUNNING_MEASURES:
        return ""
    lo, hi = figure.start - start, figure.end - start
    before = text[max(0, lo - PERIOD_REACH):lo]
    after = text[hi:hi + PERIOD_REACH]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    end = _CLAUSE_END.search(after)
    after = after[:end.start()] if end else after
    if base in RUNNING_MEASURES:
        return _hour_mark(before + " " + after)
    for name, pattern in _PERIODS:
        if pattern.search(after) or pattern.search(before):
            return f" ({name})"
    return ""


def _hour_mark(clause: str) -> str:
    """The key suffix for the hour a running figure's clause reads it at (" (by 14:00)"), "" for none."""
    if _CLOSING.search(clause):
        return ""
    for m in _AT_HOUR.finditer(clause):
        if m.group("noon"):
            return " (by 12:00)"
        if m.group("m") or m.group("unit") or m.group("ore"):
            hours = int(m.group("h"))
            if m.group("ap") and hours <= 12:
                hours = hours % 12 + (12 if m.group("ap").lower() == "p" else 0)
            return f" (by {hours:02d}:{m.group('m') or '00'})"
    return ""


_PERIOD_SUFFIX = lazy_compile(r" \((?:" + "|".join(name for name, _ in _PERIODS) + r"|by \d\d:\d\d)\)$")


def period_of(family: str) -> str:
    """The period suffix a key's family ends with (" (year to date)"), for the claim's title; "" for none."""
    found = _PERIOD_SUFFIX.search(family)
    return found.group(0) if found else ""
