"""A range of hours or days after a verb of taking or lasting: "pode levar de 6 horas a 10 horas", "puede tardar de 6
a 10 horas", "could take from 6 hours to 10 hours", "dürfte von 6 bis 10 Stunden dauern" is one period of 6 to 10
hours, not two clock times ("de 6 horas", "a 10 horas" read as "at 6 o'clock") nor a change from 6 to 10 ("from 31
to 46").
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.lazy_pattern import lazy_compile

# A verb of taking or lasting, in its common forms (English, Portuguese, Spanish, French, Italian, German), then a word
# of "from" (its article allowed): the start of a length of time, not of a move ("rose from 31 to 46").
_DURATION_VERB = (
    r"take|takes|took|taking|last|lasts|lasted|lasting"
    r"|levar|leva|levou|levará|levaria|demorar|demora|demorou|demorará|demoraria|durar|dura|durou|durará"
    r"|tardar|tarda|tardó|tardará|tardaría|duró|durará|llevar|llevará"
    r"|durer|dure|durera|prendre|prendra"
    r"|durare|durerà|richiedere|richiederà|volerci"
    r"|dauern|dauert|dauerte|dauern\s{1,3}wird"
)
_FROM_AFTER_VERB = lazy_compile(
    rf"\b(?:{_DURATION_VERB})\s{{1,3}}(?:(?:from|de|desde|entre|von|da|dal|dalle)\s{{1,3}})\Z", re.I)
# The same verb before a word of "from" or "to" that opens a time told in hours: "levar de 6 horas", and the second
# end after the first, "levar de 6 horas a 10 horas", "levar de 6 a 10 horas" (whose "a 10 horas" is no "at 10
# o'clock" either).
_HOURS_AFTER_VERB = lazy_compile(
    rf"\b(?:{_DURATION_VERB})\s{{1,3}}"
    r"(?:(?:from|de|desde|entre|von|da|dal)\s{1,3}\d{1,2}(?:[.,]\d)?(?:\s{0,2}(?:horas|heures|hours|stunden|ore))?\s{1,3})?\Z",
    re.I)
DURATION_REACH = 40  # characters read before a figure for the verb and its "from"


def after_duration_verb(before: str) -> bool:
    """Whether the text right ``before`` a first number is a verb of taking or lasting and a word of "from"
    ("pode levar de", "could take from"): the two numbers that follow are a range, not a move."""
    return _FROM_AFTER_VERB.search(before[-DURATION_REACH:]) is not None


def hours_of_duration(text: str, start: int) -> bool:
    """Whether a time told in hours at ``start`` ("de 6 horas", "a 10 horas") follows a verb of taking or lasting:
    a length of time, never a clock time."""
    return _HOURS_AFTER_VERB.search(text[max(0, start - DURATION_REACH):start]) is not None


def period_range(first: Found, second: Found, text: str, to_link: re.Pattern) -> Found | None:
    """Two exact periods of one unit after a verb of taking or lasting and a word of "from", linked by a word of
    "to" ("levar de 6 horas a 10 horas"): one period from the first to the second."""
    if first.kind != "period" or second.kind != "period" or first.fields.get("unit") != second.fields.get("unit"):
        return None
    if any(f.fields.get("low") != f.fields.get("high") or f.fields.get("qualifier") for f in (first, second)):
        return None
    if not (to_link.match(text[first.end:second.start]) and after_duration_verb(text[:first.start])):
        return None
    if not first.fields["low"] < second.fields["low"]:
        return None
    return Found("period", first.start, second.end, {**second.fields, "low": first.fields["low"],
                                                     "high": second.fields["low"], "qualifier": "range"})
