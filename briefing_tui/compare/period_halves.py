"""A half written after a period's unit: "cuatro años y medio", "trois ans et demi", "quatro anos e meio", "tre anni e
mezzo", "four years and a half" are each the period and half its unit (4.5 years), never the whole number alone.
(":mod:`~briefing_tui.compare.prison_terms` reads "four and a half years", the half before the unit.)
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.lazy_pattern import lazy_compile

# A half right after a period: English, Spanish, French, Portuguese, Italian.
_HALF_AFTER = lazy_compile(
    r"\s{1,3}(?:and\s{1,3}a\s{1,3}half|y\s{1,3}medi[oa]|et\s{1,3}demie?|e\s{1,3}mei[oa]|e\s{1,3}mezz[oa])(?![\w-])", re.I)
HALF = 0.5  # of the period's own unit
# Units a period is stored in that a half is read for (not hours: "deux heures et demie" is a clock time too).
_HALVED_UNITS = frozenset({"year"})


def with_halves(found: list[Found], text: str) -> list[Found]:
    """``found`` with each single period of years followed by a half (see the module) made that much longer, its text
    taking the half in."""
    out = []
    for f in found:
        if f.kind == "period" and f.fields.get("unit") in _HALVED_UNITS and f.fields.get("low") == f.fields.get("high") \
                and (m := _HALF_AFTER.match(text, f.end)):
            step = HALF * f.fields.get("conversion", 1.0)  # (half a month is 1/24 year)
            f = Found("period", f.start, m.end(), {**f.fields, "low": f.fields["low"] + step, "high": f.fields["high"] + step})
        out.append(f)
    return out
