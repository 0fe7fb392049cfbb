"""Shares and periods, each read by one pattern: "40%", "15 per cent", "-2.8%", "over the next five years", "for more
than 24 hours" (not the hours of a time of day: "a las 12:33 horas")."""

from __future__ import annotations

import re

from briefing_tui.compare.clock_times import clock_hours
from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import (_LANGUAGE_PERIODS, _PERCENT, _PERIOD, _PERIOD_SPACED, PERCENTAGE_POINT,
                                                 QUALIFIERS, period_scale)
from briefing_tui.compare.numbers import NumberStyle, parse_number


def shares_in(text: str, style: NumberStyle) -> list[Found]:
    """Every share written with a per cent sign or word, and every change of one in percentage points (unit
    "pp": "3 percentage points", "3,5 puntos porcentuales")."""
    return _plain(_PERCENT, "percent", text, lambda m: (PERCENTAGE_POINT if m.group("pp") else "%", 1.0), style)


def periods_in(text: str, style: NumberStyle) -> list[Found]:
    """Every period written with a number, none inside a time of day; thousands grouped by spaces on a page of
    decimal commas ("8 200 heures")."""
    pattern = _PERIOD_SPACED if style.spaces_group else _PERIOD
    return _not_clock_hours(_plain(pattern, "period", text, _period_unit, style), text)


def _plain(pattern: re.Pattern, kind: str, text: str, unit_of, style: NumberStyle) -> list[Found]:
    """Every match of ``pattern`` as a figure of ``kind``, its unit and factor from ``unit_of``."""
    found = []
    for m in pattern.finditer(text):
        low = parse_number(m.group("n1"), style)
        if low is None:
            continue
        high = parse_number(m.group("n2"), style) if m.group("n2") else low
        if kind == "percent" and high is not None and high < low:
            high = low  # a descending pair is a split, not a range: "a 59-41 percent lead" is the leader's 59%
        start = m.start()
        if m.groupdict().get("sign"):
            if m.group("n2"):
                start = m.start("n1")  # ("-2-3%": no reading of a signed range; the range as written)
            else:
                low = high = -low  # "-2.8%": a negative share
        unit, factor = unit_of(m)
        fields = {"low": low * factor, "high": (high or low) * factor, "unit": unit}
        if factor != 1:
            fields["conversion"] = factor
        if kind == "period" and unit == "hour":
            fields["measure"] = "hours"
        if kind == "period" and m.group("qual"):
            fields["qualifier"] = QUALIFIERS[m.group("qual").lower()]
        found.append(Found(kind, start, m.end(), fields))
    return found


def _not_clock_hours(periods: list[Found], text: str) -> list[Found]:
    """The periods that are no part of a time of day ("a las 12:33 horas" is no period of 33 hours)."""
    clocks = clock_hours(text) if periods else []
    return [p for p in periods if not any(a < p.end and p.start < b for a, b in clocks)]


def _period_unit(m: re.Match) -> tuple[str, float]:
    unit = m.group("unit").lower()
    unit = _LANGUAGE_PERIODS.get(unit, unit)
    return period_scale("century" if unit.startswith("centur") else unit.rstrip("s"))
