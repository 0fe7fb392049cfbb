"""Whether two figures are compatible: intervals from the wording, money converted at dated rates.

Every figure is read as the interval of values its wording allows (``interval``):

- exact: the value to the last digit written ("1.5 billion" is 1.451-1.549 billion; a count of 33 is 33; an
  amount's or a period's trailing zeros are rounding: "40 hours" is 38-42), at most ``ROUNDING_CAP`` either side,
  money at least ``EXACT``, shares ``PERCENT_POINTS``;
- "about/around/some/approximately": ±``ABOUT`` (an amount of money ±``ABOUT_MONEY``);
- "nearly/almost": up to ``NEARLY`` below, never the value itself ("nearly 3,000" excludes 2,600);
- "more than/over": above the value; "at least": from the value on; both up to ``ABOVE`` times it;
- "less than/under": below it; "up to/at most": below it, the value included;
- a range is its interval.

Converting between currencies adds ``RATE_DRIFT`` either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter

from briefing_tui.compare.bound_numbers import bound_own_number
from briefing_tui.compare.measure_kinds import measures_differ
from briefing_tui.compare.measure_rooms import (SET_TOP_MEASURES, UP_TO_QUALIFIERS, WRITER_CONVERTED_MEASURES,
                                                sets_top)
from briefing_tui.compare.figure_patterns import PERCENTAGE_POINT
from briefing_tui.compare.numbers import (CONTINENTAL, NUMBER_WORD, SPACE, format_amount, parse_number, period_in_words,
                                          shape_style, written_number)
from briefing_tui.compare.rates import Rate, RateTable
from briefing_tui.compare.shared_currencies import other_readings
from briefing_tui.compare.spread_ranges import spread_ends_differ
from briefing_tui.compare.when import DateSpan, spans_overlap
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

EXACT = 0.02  # rounding room for an amount weighed against another currency's (the writer converted and rounded)
HALF_DIGIT = 0.49  # just under half the last digit written: "121" and "120" stay apart
PERCENT_POINTS = 0.1  # a share as written may be off by this many points ("28.5%" and "28.6%" agree)
HUNDREDTHS = 2  # a small share to this many decimals keeps its digits' room ("1.26%" is not "1.23%")
SMALL_SHARE = 5.0  # (below this many per cent, PERCENT_POINTS would be a rounding of over 2%)
PHYSICAL_UNITS = frozenset({"km", "km/h", "m", "mm", "t", "kg", "ha", "GW"})
ROUNDING_CAP = 0.05  # at most this much either side from the precision written
SCALE_WORD = 1000  # a value this many times its numeral was written with a scale word ("4.66 million", "22 thousand")
# Kinds whose whole numbers with trailing zeros are rounded to them (within ``ROUNDING_CAP``): an amount ("₹27,900
# crore" may be 27,870) and a length of time ("a 40-hour rescue" and "38 hours"; "41 hours" and "38 hours" differ).
ROUNDED_BY_ZEROS = frozenset({"money", "period"})
ROUNDED_UNITS = frozenset({"ha"})  # an area burned or flooded is an estimate too: "16,000 hectares" may be 15,600 (not
# a distance: "70 miles" is no "100 km")
ROUND_ZEROS = 3  # a count ending in this many zeros ("8,000") is a round figure, not an exact tally
# "About" as news writes it is a round figure near the tally ("around two dozen" for 26 is 8% off: another count),
ABOUT = 0.05
# while an amount "about" is often somebody's conversion or estimate ("about 3 trillion yen" against "$22 billion").
ABOUT_MONEY = 0.15
NEARLY = 0.10
# "More than 2,000" is said of a figure between 2,000 and the next round step, not of 11,300: up to twice the value
# (a toll given as "more than 2,000" and later as 11,300 is two figures, shown as a timeline).
ABOVE = 2.0
RATE_DRIFT = 0.03
# A quantity given in another unit than the other's ("57 miles" against "90 km") was converted and rounded:
# this much room either side ("57 miles" is 91.7 km; the source had "90 km" or "about 92 km").
UNIT_DRIFT = 0.03
OPEN = 0.001  # "more than 20" excludes 20 itself
WORDING = {None: "exact", "exact": "exact", "about": "approximate", "nearly": "'nearly'", "more_than": "'more than'",
           "at_least": "'at least'", "less_than": "'less than'", "at_most": "'at most'", "up_to": "'up to'",
           "range": "a range"}
TOLERANCE = (f"exact figures to the last digit written, sums and durations to their trailing zeros (at most "
             f"±{ROUNDING_CAP:.0%}; ±{EXACT:.0%} against another "
             f"currency or a writer's own conversion; shares ±{PERCENT_POINTS} points), 'about' ±{ABOUT:.0%} (money "
             f"±{ABOUT_MONEY:.0%}), 'nearly' up to {NEARLY:.0%} below, 'more than'/'at least' up to {ABOVE:g} times "
             f"the value, 'up to'/'less than' any value below; ±{RATE_DRIFT:.0%} for a currency's rate, "
             f"±{UNIT_DRIFT:.0%} for a unit's conversion")


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """The outcome of comparing two figures: compatible or not, and the words that say why."""

    left: Figure
    right: Figure
    compatible: bool
    evidence: str


_NUMERAL = lazy_compile(r"\d(?:[\d,.]|" + SPACE + r"(?=\d{3}))*")  # ("1 300": grouped by a space)
# A lone dot before three digits ending in zero: a sum's grouping, never three decimals ("2.000 millones", "1.300")
_DOT_GROUPED_ZEROS = lazy_compile(r"\d{1,3}\.\d\d0")
# A number written in words, with no digit ("an eight-week trial"): the room of its last digit as a numeral's.
_NUMBER_IN_WORDS = lazy_compile(rf"\b{NUMBER_WORD}\b", re.I)


def _rounding(figure: Figure, value: float, converted: bool) -> float:
    """How far the true value may be from an exact one as written: just under half its last digit
    ("6 miles" is 5.51-6.49 miles; "42.5" is 42.451-42.549; for ``ROUNDED_BY_ZEROS`` its last non-zero digit of a
    whole number, "40 hours" is 38-42 at the cap), at most ``ROUNDING_CAP`` of it; money
    weighed against another currency (``converted``) at least ``EXACT``, shares at least ``PERCENT_POINTS``.
    Two exact amounts of one currency have only their digits' room: "$454 million" is not "$464 million",
    "₹27,900 crore" may be 27,870."""
    m = _NUMERAL.search(figure.text)
    room, decimals = 0.0, 0
    scaled = False  # (a numeral times a scale word: "4.66 million", "1.2 crore")
    words = None if m else _NUMBER_IN_WORDS.search(figure.text)
    if m or words:
        written = re.sub(SPACE, "", m.group(0)).rstrip(",.") if m else words.group(0)
        style = shape_style(written)  # (the numeral's own marks: "1.442.194" groups, "99,6" has a decimal)
        if figure.kind in ROUNDED_BY_ZEROS and _DOT_GROUPED_ZEROS.fullmatch(written):
            style = CONTINENTAL
        decimals = len(written.rsplit(style.decimal, 1)[1]) if m and style.decimal in written else 0
        plain = parse_number(written, style)
        if plain:
            # (an amount's or a period's whole number written with trailing zeros was rounded to them: "₹27,900
            # crore" may be 27,870, "40 hours" 38; a count's round figures are read below, in its own way)
            zeros = len(digits) - len(digits.rstrip("0")) if (figure.kind in ROUNDED_BY_ZEROS or figure.kind == "count"
                                                              and figure.unit in ROUNDED_UNITS) and not decimals and \
                (digits := written.replace(",", "").replace(".", "") if m else f"{plain:.0f}") else 0
            room = HALF_DIGIT * 10.0 ** (zeros - decimals) * abs(value) / plain
            room = min(room, abs(value) * ROUNDING_CAP)
            scaled = abs(value) >= SCALE_WORD * abs(plain)
    if figure.kind == "money" and converted:
        room = max(room, abs(value) * EXACT)
    elif figure.kind == "percent" and (decimals < HUNDREDTHS or abs(value) >= SMALL_SHARE):
        room = max(room, PERCENT_POINTS)
    elif figure.kind == "count" and float(figure.low or 0).is_integer() and figure.unit not in PHYSICAL_UNITS:
        # a count of people, seats or storeys is exact, unless written round ("8,000 houses" is a rounded
        # tally: "more than 8,000" agrees with it)
        # (the digits of the value, not of the numeral: "22 mil" and "22 thousand" are as round as "22,000")
        # a numeral with a scale word keeps the room of its last digit written: "4.66 million" is 4,655,100-4,664,900,
        # "2.3 million" agrees with "2,346,000")
        digits = f"{int(value)}" if m else ""
        round_ = len(digits) - len(digits.rstrip("0")) >= ROUND_ZEROS
        written_room = room if scaled else 0.0
        room = min(abs(value) * ROUNDING_CAP, HALF_DIGIT * 10.0 ** ROUND_ZEROS) if round_ else 0.0
        room = max(room, written_room)
    return room


def interval(figure: Figure, scale: float = 1.0, converted: bool = True) -> tuple[float, float]:
    """The values the wording allows, multiplied by ``scale`` (a conversion rate); ``converted``: an amount
    weighed against another currency's (see ``_rounding``)."""
    if figure.kind == "money" and figure.qualifier in UP_TO_QUALIFIERS and sets_top(figure.measure):
        figure = replace(figure, qualifier=None)  # (a cap's "up to" is the cap)
    # (read once per wording: a claim's figures are weighed pairwise)
    wording = _WORDING_OF(figure)
    try:
        low, high = _interval(wording, scale, converted)
    except TypeError:  # (a field that cannot be hashed: read without remembering)
        low, high = _interval.__wrapped__(wording, scale, converted)
    return (low, high) if low <= high else (high, low)  # (a negative value widens the other way: "약 -3%")


INTERVALS_KEPT = 1 << 16
"""Intervals (and money sides) remembered, by everything of a figure they are read from, for pairwise weighing."""
_WORDING_FIELDS = tuple(f.name for f in fields(Figure) if f.name not in ("source", "start", "end"))
"""Every field of a figure but where it stands: what an interval is read from (a subset of them)."""
_WORDING_OF = attrgetter(*_WORDING_FIELDS)


@lru_cache(maxsize=INTERVALS_KEPT)
def _interval(wording: tuple, scale: float, converted: bool) -> tuple[float, float]:
    figure = Figure(source="", start=0, end=0, **dict(zip(_WORDING_FIELDS, wording)))
    low = (figure.low or 0.0) * scale
    high = (figure.high if figure.high is not None else figure.low or 0.0) * scale
    q = figure.qualifier
    if q == "about":
        about = ABOUT_MONEY if figure.kind == "money" else ABOUT
        return low * (1 - about), high * (1 + about)
    if q == "nearly":
        return low * (1 - NEARLY), high * (1 - OPEN)
    if q == "more_than":
        return low * (1 + OPEN), high * ABOVE
    if q == "at_least":
        return low, high * ABOVE
    if q == "less_than":
        return 0.0, high * (1 - OPEN)
    if q in ("up_to", "at_most"):
        return 0.0, high
    room = _rounding(figure, low, converted)
    return low - room, high + _rounding(figure, high, converted)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _money_side(figure: Figure, rate: Rate | None, reference: str) -> str:
    """One side of a money check: the amount as written and in the reference currency, with the rate."""
    # (written once per figure and rate: a claim's amounts are weighed pairwise)
    return _money_text(figure.source, figure.text, figure.low, figure.high, figure.unit, rate, reference)


@lru_cache(maxsize=INTERVALS_KEPT)
def _money_text(source: str, text: str, low: float | None, high_: float | None, unit: str | None,
                rate: Rate | None, reference: str) -> str:
    value = low or 0.0
    high = high_ if high_ is not None else value
    amount = format_amount(value * rate.value) if rate else "?"
    if rate and high != value:
        amount += f"-{format_amount(high * rate.value)}"
    sign = "=" if unit == reference else "≈"
    how = f"; {rate.describe(reference)}" if rate and unit != reference else ""
    return f"{source} '{text}' {sign} {reference} {amount}{how}"


# Two amounts of money of one measure this many times apart or more are sums of different scope (a package and one
# of its parts), never one sum told two ways: writers do not disagree on a sum by an order of magnitude.
SCOPE_APART = 10.0


def sums_apart(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable) -> bool:
    """Whether two amounts of money are ``SCOPE_APART`` times apart or more in the reference currency (their
    intervals' nearest ends, each at its article's rate): not one sum, so never weighed as a disagreement. Under
    every reading of a currency form two currencies share (compare/shared_currencies.py)."""
    if a.kind != "money" or b.kind != "money":
        return False
    return _sums_apart(a, b, published, table) and all(
        _sums_apart(x, y, published, table) for x, y in other_readings(a, b, table))


def _sums_apart(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable) -> bool:
    rate_a = table.rate(a.unit or "", published.get(a.source))
    rate_b = table.rate(b.unit or "", published.get(b.source))
    if rate_a is None or rate_b is None or UP_TO_QUALIFIERS & {a.qualifier, b.qualifier}:
        return False  # (an "up to" sum, even a cap, reaches down to the other)
    ia, ib = interval(a, rate_a.value), interval(b, rate_b.value)
    (low, high) = (ia, ib) if ia[1] <= ib[0] else (ib, ia)  # (the lower interval first)
    return low[1] > 0 and high[0] >= SCOPE_APART * low[1]


def compare_money(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable,
                  stated: bool = False) -> FigureCheck | None:
    """Both amounts in the reference currency at the rate of each article's date; None without a rate.
    ``stated``: one of two amounts of one currency is a writer's own conversion ("25.5 billion pounds ($35
    billion)"), rounded from another currency: it has the room of a converted amount (``EXACT``). An amount whose
    currency form the other's currency shares ("Rs" against PKR) agrees when it does in either currency."""
    check = _compare_money(a, b, published, table, stated)
    if check is None or check.compatible:
        return check
    for x, y in other_readings(a, b, table):
        other = _compare_money(x, y, published, table, stated)
        if other is not None and other.compatible:
            return replace(other, left=a, right=b, evidence=f"{other.evidence}; a currency form both write, read "
                                                           f"as {x.unit if x.unit != a.unit else y.unit}")
    return check


def _compare_money(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable,
                   stated: bool = False) -> FigureCheck | None:
    rate_a = table.rate(a.unit or "", published.get(a.source))
    rate_b = table.rate(b.unit or "", published.get(b.source))
    if rate_a is None or rate_b is None:
        return None
    ia, ib = interval(a, rate_a.value), interval(b, rate_b.value)
    if a.unit == b.unit:
        # (two amounts of one currency are weighed in it: "€500 billion" and "€500 billion" agree whatever the rates
        # of their articles' dates, one of them the default date when an article gives none)
        ia, ib = interval(a, rate_a.value, converted=stated), interval(b, rate_a.value, converted=stated)
    if a.unit != b.unit:
        ia = (ia[0] * (1 - RATE_DRIFT), ia[1] * (1 + RATE_DRIFT))
        ib = (ib[0] * (1 - RATE_DRIFT), ib[1] * (1 + RATE_DRIFT))
    ok = _overlap(ia, ib)
    verdict = "within tolerance" if ok else "do not match"
    wording = f"{WORDING.get(a.qualifier, 'exact')} vs {WORDING.get(b.qualifier, 'exact')} wording"
    if stated and a.unit == b.unit:
        wording += f"; a writer's conversion, ±{EXACT:.0%}"
    return FigureCheck(a, b, ok, f"{_money_side(a, rate_a, table.reference)} and "
                                 f"{_money_side(b, rate_b, table.reference)}: {verdict} ({wording})")


def _date_side(f: Figure) -> str:
    span = f.date_low if f.date_low == f.date_high else f"{f.date_low}..{f.date_high}"
    origin = f", resolved from its {f.resolved_from}" if f.resolved_from and f.relative else ""
    return f"{f.source} '{f.text}' = {span}{origin}"


def compare_dates(a: Figure, b: Figure) -> FigureCheck | None:
    """Two dates agree when their day intervals meet; unresolved relative dates are not compared."""
    if not (a.date_low and b.date_low):
        return None
    ok = spans_overlap(DateSpan(a.date_low, a.date_high or a.date_low), DateSpan(b.date_low, b.date_high or b.date_low))
    return FigureCheck(a, b, ok, f"{_date_side(a)} and {_date_side(b)}: {'overlap' if ok else 'different dates'}")


def _converted(a: Figure, b: Figure) -> tuple[float, float]:
    """``a``'s interval, widened by ``UNIT_DRIFT`` when ``a`` and ``b`` were written in different units; for a
    measure of ``SET_TOP_MEASURES``, a range's top."""
    if a.measure in SET_TOP_MEASURES and a.high is not None and (a.is_range or a.qualifier in ("up_to", "at_most")):
        a = replace(a, low=a.high, qualifier=None)
    low, high = interval(a)
    if _magnitude_word(b) and not _magnitude_word(a) and a.kind == "count" and a.qualifier in (None, "exact"):
        low, high = a.low or 0.0, a.high if a.high is not None else a.low or 0.0  # ("hundreds" is below 1,000:
        # a round "1,000" gets no rounding room across the magnitude the words name; "about 1,000" keeps its own)
    if a.kind == "count" and ((a.conversion or 1.0) != (b.conversion or 1.0)
                              or a.measure in WRITER_CONVERTED_MEASURES and b.measure == a.measure):
        return low * (1 - UNIT_DRIFT), high * (1 + UNIT_DRIFT)
    return low, high


_DIGIT = lazy_compile(r"\d")


def _magnitude_word(f: Figure) -> bool:
    """Whether a count is a magnitude in words ("hundreds", "dozens", "thousands"): a range written without a
    digit, whose bounds are the magnitude's (200-999)."""
    return f.kind == "count" and f.is_range and not _DIGIT.search(f.text)


def compare_values(a: Figure, b: Figure) -> FigureCheck:
    """Years, periods, counts and percentages: intervals from the wording must meet (quantities written in
    different units with ``UNIT_DRIFT`` more room)."""
    ok = _overlap(_converted(a, b), _converted(b, a)) if a.kind != "year" else _overlap((a.low, a.high), (b.low, b.high))
    ok = (ok or bound_own_number(a, b)) and not spread_ends_differ(a, b)  # ("3 to 15 years", "3 to 12")
    unit = {"period": " years" if a.unit != "hour" else " hours", "percent": " pp" if a.unit == PERCENTAGE_POINT else "%",
            "count": f" {a.measure or a.unit}"}.get(a.kind, "")

    def side(f: Figure) -> str:
        low, high, shown = f.low, f.high if f.is_range else None, unit
        if f.kind == "period" and f.unit != "hour":  # ("Trois jours" = 3 days, not 0.00821918 years)
            low, top, words = period_in_words(f.low, f.high if f.is_range and f.high is not None else f.low)
            high, shown = (top if f.is_range else None), f" {words}"
        return f"{f.source} '{f.text}' = {written_number(low, high, grouped=False)}{shown}"
    return FigureCheck(a, b, ok, f"{side(a)} and {side(b)}: {'consistent' if ok else 'different'}")


def compare_figures(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable,
                    stated: bool = False) -> FigureCheck | None:
    """Compare two figures of the same kind (only when they count the same thing: two known measures
    that differ are never weighed, nor two counts of different nouns). ``stated``: see ``compare_money``."""
    if a.kind != b.kind:
        return None
    if measures_differ(a.measure, b.measure):
        return None
    if a.kind == "money":
        return compare_money(a, b, published, table, stated)
    if a.kind == "date":
        return compare_dates(a, b)
    if a.kind == "count" and a.unit != b.unit and not (a.measure and not measures_differ(a.measure, b.measure)):
        return None
    if a.kind == "period" and a.unit != b.unit:
        return None  # hours against years: different things
    if a.kind == "percent" and (a.unit == PERCENTAGE_POINT) != (b.unit == PERCENTAGE_POINT):
        return None  # a change in percentage points against a share in per cent: different things
    if a.low is None or b.low is None:
        return None
    return compare_values(a, b)
