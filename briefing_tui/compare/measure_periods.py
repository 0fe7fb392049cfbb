"""The period a movement is measured over: "shares are down 15% this year" and "shares fell 4% after the
announcement" are two measures of one subject (a fall over the year to date, a fall on the day), never one claim;
"down 13% this year" is the first one's. Only movements (a change, a rise) carry it: a toll or a price is one
figure whatever the clause says of time.
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
# Characters of the clause around the figure searched for its period (to the clause's punctuation).
PERIOD_REACH = 60
_CLAUSE_END = lazy_compile(r"[;:—–]|,\s(?:but|while|whereas|and)\b|\.\s")


def period_mark(text: str, start: int, figure: Figure) -> str:
    """The key suffix for the period a movement figure is measured over (" (year to date)"), "" when it is
    none or not a movement. ``text`` is the figure's sentence, ``start`` the sentence's offset."""
    if not figure.measure or figure.measure.split()[-1] not in MOVEMENT_MEASURES:
        return ""
    lo, hi = figure.start - start, figure.end - start
    before = text[max(0, lo - PERIOD_REACH):lo]
    after = text[hi:hi + PERIOD_REACH]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    end = _CLAUSE_END.search(after)
    after = after[:end.start()] if end else after
    for name, pattern in _PERIODS:
        if pattern.search(after) or pattern.search(before):
            return f" ({name})"
    return ""


_PERIOD_SUFFIX = lazy_compile(r" \((?:" + "|".join(name for name, _ in _PERIODS) + r")\)$")


def period_of(family: str) -> str:
    """The period suffix a key's family ends with (" (year to date)"), for the claim's title; "" for none."""
    found = _PERIOD_SUFFIX.search(family)
    return found.group(0) if found else ""
