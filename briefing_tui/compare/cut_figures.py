"""Figures written by cutting a precise figure's last digits, not by rounding them: "32%" of a party's 32.72%,
"₹27,800 crore" of a ₹27,870 crore issue, "$27.8 billion" of $27.87 billion. News writes a share's whole points
and a large sum's leading digits as often as it rounds them, so such a figure may stand for any value up to (not
including) its last written digit's next step. Only where the step is small beside the figure: a whole share of
``CUT_SHARE_FLOOR`` per cent or more (one point), a sum whose last written digit is at most ``CUT_STEP_MOST`` of it
("7 million" is no cut of 7.4 million: a step of 14%). Counts, periods and years are weighed as written."""

from __future__ import annotations

import re

from briefing_tui.compare.numbers import CONTINENTAL, SPACE, parse_number, shape_style
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

CUT_SHARE_FLOOR = 5.0  # per cent: below it one point is a large part of the share ("3%" is no cut of 3.9%)
SHARE_STEP = 1.0  # points: a whole share's next step ("32%" may be 32.72%, never 33.1%)
CUT_STEP_MOST = 0.01  # a sum's last written digit's step at most this share of it ("27,800" of 27,870: 0.36%)
STEP_OPEN = 0.001  # the next step itself is excluded ("32%" is not 33%), as a share of the step
# A numeral of the figure's text: digits with group and decimal marks or grouping spaces ("27,800", "32,72",
# "1 300"); one class repeated, so linear.
_NUMERAL = lazy_compile(r"\d(?:[\d,.]|" + SPACE + r"(?=\d{3}))*")
# A lone dot before three digits ending in zero: a sum's grouping, never three decimals ("27.800 millones").
_DOT_GROUPED_ZEROS = lazy_compile(r"\d{1,3}\.\d\d0")


def cut_room(figure: Figure, value: float) -> float:
    """How far above ``value`` (the figure's value, in the unit it is weighed in) the precise figure may lie if
    the writer cut its last digits: a whole share one point less a hair, a sum its last written digit's step less a
    hair when that step is small beside it; else 0."""
    if value <= 0 or figure.qualifier not in (None, "exact") or figure.kind not in ("percent", "money"):
        return 0.0
    m = _NUMERAL.search(figure.text)
    if not m:
        return 0.0
    written = re.sub(SPACE, "", m.group(0)).rstrip(",.")
    style = CONTINENTAL if figure.kind == "money" and _DOT_GROUPED_ZEROS.fullmatch(written) else shape_style(written)
    plain = parse_number(written, style)
    if not plain:
        return 0.0
    decimals = len(written.rsplit(style.decimal, 1)[1]) if style.decimal in written else 0
    if figure.kind == "percent":
        return SHARE_STEP * (1 - STEP_OPEN) if not decimals and value >= CUT_SHARE_FLOOR else 0.0
    digits = written.replace(",", "").replace(".", "")
    zeros = 0 if decimals else len(digits) - len(digits.rstrip("0"))
    step = 10.0 ** (zeros - decimals) * value / plain
    return step * (1 - STEP_OPEN) if step <= CUT_STEP_MOST * value else 0.0
