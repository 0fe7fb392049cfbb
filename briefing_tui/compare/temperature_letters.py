"""Temperatures written with the scale's letter glued to the number and no degree sign ("50C (122F)", "highs of
41C"), as English papers print them: read only in a clause that speaks of heat or cold, since "5C" and "3F" are also
a room, a floor or a grade. And every temperature in Fahrenheit is read in Celsius ("120 Fahrenheit" is 48.9 °C), so
that one outlet's Fahrenheit meets another's Celsius; its ``conversion`` gives it the room of a converted unit.
Split from :mod:`.physical_amounts`."""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.numbers import NumberStyle, parse_number
from briefing_tui.lazy_pattern import lazy_compile

# A number of at most three digits (a decimal allowed, a minus too) with "C" or "F" glued after it and no word
# character around: "50C", "122F", "-5C", "41.5C".
_GLUED = lazy_compile(r"(?<![\w.,°-])(?P<n>-?\d{1,3}(?:[.,]\d{1,2})?)(?P<scale>[CF])(?![\w°])")
TEMPERATURE_REACH = 60  # characters before the number searched for a word of heat or cold
# A word of heat or cold in the clause before: "temperatures exceeding 50C", "highs of 41C", "the mercury hit 45C".
_HEAT_WORD = lazy_compile(
    r"\b(?:temperatures?|heat(?:wave)?|hot(?:test)?|highs?|lows?|mercury|thermometers?|degrees|cold(?:est)?"
    r"|warm(?:est)?|freezing)\b[^.;!?]{0,60}\Z", re.I)
SCALES = {"C": "°C", "F": "°F"}
FAHRENHEIT_ZERO = 32.0  # the Fahrenheit reading of 0 °C
FAHRENHEIT_STEP = 5.0 / 9.0  # degrees Celsius in one degree Fahrenheit


def in_celsius(fields: dict) -> dict:
    """A temperature's fields with a Fahrenheit reading given in Celsius (``conversion`` marks it converted); any
    other reading as it is."""
    if fields.get("unit") != "°F":
        return fields
    return {**fields, "unit": "°C", "conversion": FAHRENHEIT_STEP,
            "low": (fields["low"] - FAHRENHEIT_ZERO) * FAHRENHEIT_STEP,
            "high": (fields["high"] - FAHRENHEIT_ZERO) * FAHRENHEIT_STEP}


def glued_temperatures(text: str, style: NumberStyle) -> list[Found]:
    """Temperatures with the scale's letter glued to the number, in a clause with a word of heat or cold."""
    found = []
    for m in _GLUED.finditer(text):
        if not _HEAT_WORD.search(text[max(0, m.start() - TEMPERATURE_REACH):m.start()]):
            continue
        value = parse_number(m.group("n"), style)
        if value is None:
            continue
        found.append(Found("count", m.start(), m.end(), in_celsius({"low": value, "high": value,
                                                                     "unit": SCALES[m.group("scale")]})))
    return found
