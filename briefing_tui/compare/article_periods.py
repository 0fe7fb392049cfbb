"""Periods said with an article instead of a number: "for an hour", "over a day", "half an hour later", "within a
week", "a year and a half", "nearly a decade".

"A day" alone is as often a rate ("twice a day", "$5 a day") as a period, so an article's period is read only where
the text shows it is a length of time: after a word that takes one ("for", "over", "within", "in", "after",
"during", "across", a qualifier such as "nearly"), or before a word of time ("later", "earlier", "ago", "long"), or
halved ("half an hour"). Its value is one unit (a half, or one and a half), in the same units as numbered periods
(years; hours for hours and minutes).
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import _QUAL_BEFORE, QUALIFIERS, period_scale
from briefing_tui.lazy_pattern import lazy_compile

# A period with an article: the word before that makes it a length of time ("for", "over", "nearly"), "half"
# before the article, the article, the unit, "and a half" after it, and the word of time after it ("later").
_ARTICLE_PERIOD = lazy_compile(
    r"(?<![\w-])(?:(?P<before>for|over|within|in|after|during|across|throughout|nearly|almost|about|around|roughly"
    r"|under|barely|some)\s{1,3})?"
    r"(?P<half>half\s{1,3})?"
    r"(?P<article>an?)\s{1,3}"
    r"(?P<unit>minute|hour|day|week|month|year|decade|century)"
    r"(?P<and_half>\s{1,3}and\s{1,3}a\s{1,3}half)?\b"
    r"(?P<after>\s{1,3}(?:later|earlier|ago|long|before|after)\b)?",
    re.I)
# Words before the period that make "a day" a rate or a part of something else, never a length of time:
# "once a day", "three times a year", "$5 a day", "per a day".
_RATE_BEFORE = lazy_compile(r"(?:\b(?:once|twice|thrice|times|per|every)|\d|[$€£¥%])\s{0,3}\Z", re.I)
# A superlative before "in a ..." makes it a comparison, not a length of time: "deadliest in US in a century",
# "the worst in a decade", "for the first time in a year".
_SUPERLATIVE_BEFORE = lazy_compile(r"\b(?:[^\W\d_]{3,}est|most|worst|best|first|least)\b[^,.;:!?]{0,40}\Z", re.I)
HALF = 0.5  # "half an hour", "a day and a half": half of the unit


def article_periods_in(text: str) -> list[Found]:
    """Every period said with an article in ``text`` (offsets relative to it), as ``Found`` periods."""
    found = []
    for m in _ARTICLE_PERIOD.finditer(text):
        if not (m.group("before") or m.group("half") or m.group("after")):
            continue
        if m.group("half") is None and _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if (m.group("before") or "").lower() == "in" and _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        start = m.start("half") if m.group("half") else m.start("article")
        end = m.end("and_half") if m.group("and_half") else m.end("unit")
        unit = m.group("unit").lower()
        count = (HALF if m.group("half") else 1.0) + (HALF if m.group("and_half") else 0.0)
        counted_in, factor = period_scale(unit)
        fields: dict = {"low": count * factor, "high": count * factor, "unit": counted_in}
        if factor != 1:
            fields["conversion"] = factor
        if counted_in == "hour":
            fields["measure"] = "hours"
        qualifier = _QUAL_BEFORE.search(text, max(0, start - 30), start)
        if qualifier is not None and qualifier.end() == start:
            fields["qualifier"] = QUALIFIERS[qualifier.group("qual").lower()]
            start = qualifier.start()
        found.append(Found("period", start, end, fields))
    return found
