"""A half written after a period's unit: "cuatro años y medio", "trois ans et demi", "quatro anos e meio", "tre anni e
mezzo", "four years and a half" are each the period and half its unit (4.5 years), never the whole number alone.
(":mod:`~briefing_tui.compare.prison_terms` reads "four and a half years", the half before the unit.)

A number and a half hyphenated into a compound before its noun, "a three-and-a-half-month trial", "a
two-and-a-half-year inquiry", is that period (3.5 months), never a count of "and-a-half-month".

A number and a half before a length's noun, its unit left out, is counted in the unit of the period written before it
in the sentence: "un plazo de diez años para la devolución, con cuatro y medio de gracia" is 4.5 years of grace.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.counts import Found
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.numbers import ENGLISH, parse_number
from briefing_tui.compare.span_measures import measure_named
from briefing_tui.lazy_pattern import lazy_compile

# A half right after a period: English, Spanish, French, Portuguese, Italian.
_HALF_AFTER = lazy_compile(
    r"\s{1,3}(?:and\s{1,3}a\s{1,3}half|y\s{1,3}medi[oa]|et\s{1,3}demie?|e\s{1,3}mei[oa]|e\s{1,3}mezz[oa])(?![\w-])", re.I)
# The words of a half without a unit, and the word joining it to its noun ("y medio de", "e meio de", "et demi de").
_HALF_OF = (r"(?P<half>\s{1,3}(?:y\s{1,3}medio|et\s{1,3}demi|e\s{1,3}meio|e\s{1,3}mezzo|and\s{1,3}a\s{1,3}half))"
            r"\s{1,3}(?:de|d['’]|di|of)\s{0,3}")
HALF = 0.5  # of the period's own unit
# Units a period is stored in that a half is read for (not hours: "deux heures et demie" is a clock time too).
_HALVED_UNITS = frozenset({"year"})


# A number and a half hyphenated with its unit into a compound (named groups n and unit): "three-and-a-half-month",
# "2-and-a-half-year", "four-and-a-half-week".
_HYPHENATED_HALF = lazy_compile(r"(?<![\w-])(?P<n>\d{1,3}|[A-Za-z]{3,9})-and-a-half-(?P<unit>year|month|week|day)s?(?![\w-])",
                                re.I)
# Each unit as a share of the year periods are stored in (the days and weeks of a 365-day year, as elsewhere).
_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365}


def hyphenated_halves_in(text: str) -> list[Found]:
    """Each number and a half hyphenated with its unit ("a three-and-a-half-month trial"), as a period in years."""
    out = []
    for m in _HYPHENATED_HALF.finditer(text):
        number = parse_number(m.group("n"), ENGLISH)
        if number is None or number % 1:
            continue
        per = _UNIT_YEARS[m.group("unit").lower()]
        value = (number + HALF) * per
        out.append(Found("period", m.start(), m.end(), {"low": value, "high": value, "unit": "year",
                                                        **({"conversion": per} if per != 1.0 else {})}))
    return out


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


@lru_cache(maxsize=1)
def _elided_half() -> re.Pattern:
    """A number (digits or another language's word) and a half before a noun, its unit left out."""
    words = "|".join(re.escape(w) for w in sorted(language_words().numbers, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}|{words})" + _HALF_OF + r"(?P<noun>[^\W\d_][\w-]{2,30})", re.I)


def with_elided_halves(found: list[Found], text: str) -> list[Found]:
    """``found`` and each number and a half of a length's noun with its unit left out (see the module), in the unit of
    the period before it."""
    if not any(f.kind == "period" and f.fields.get("unit") in _HALVED_UNITS for f in found):
        return found  # (no period whose unit a half could take: nothing is elided)
    added = []
    for m in _elided_half().finditer(text):
        before = [f for f in found if f.kind == "period" and f.end <= m.start() and f.fields.get("unit") in _HALVED_UNITS]
        if not before or measure_named(m.group("noun")) is None or any(f.start < m.end("n") and m.start() < f.end for f in found):
            continue
        number = m.group("n").lower()
        count = int(number) if number.isdigit() else language_words().numbers.get(number)
        if count is None:
            continue
        per = before[-1].fields.get("conversion", 1.0)
        value = (count + HALF) * per
        added.append(Found("period", m.start(), m.end("half"),
                           {"low": value, "high": value, "unit": "year", **({"conversion": per} if per != 1 else {})}))
    return sorted(found + added, key=lambda f: f.start) if added else found
