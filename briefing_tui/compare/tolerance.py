"""Whether two figures are compatible: intervals from the wording, money converted at dated rates.

An exact figure is read as its value within 2% (rounding); "approximately/about/around" widens it to
±15%; "nearly" is up to 15% below; "more than/over" up to 50% above; "up to/less than" down to half;
a range is its interval. Converting between currencies adds 3% either side for rate drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.compare.figures import Figure
from briefing_tui.compare.numbers import format_amount
from briefing_tui.compare.rates import Rate, RateTable
from briefing_tui.compare.when import DateSpan, spans_overlap

EXACT = 0.02
ABOUT = 0.15
RATE_DRIFT = 0.03
WORDING = {None: "exact", "about": "approximate", "nearly": "'nearly'", "above": "'more than'", "below": "'up to'"}


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """The outcome of comparing two figures: compatible or not, and the words that say why."""

    left: Figure
    right: Figure
    compatible: bool
    evidence: str


def interval(figure: Figure, scale: float = 1.0) -> tuple[float, float]:
    """The values the wording allows, multiplied by ``scale`` (a conversion rate)."""
    low = (figure.low or 0.0) * scale
    high = (figure.high if figure.high is not None else figure.low or 0.0) * scale
    q = figure.qualifier
    if q == "about":
        return low * (1 - ABOUT), high * (1 + ABOUT)
    if q == "nearly":
        return low * (1 - ABOUT), high
    # "more than 20" excludes 20 itself, so it cannot meet "over 30"'s lower end only by touching it.
    if q == "above":
        return low * 1.001, high * 1.5 * 0.999
    if q == "below":
        return low * 0.5, high * 0.999
    return low * (1 - EXACT), high * (1 + EXACT)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _money_side(figure: Figure, rate: Rate | None, reference: str) -> str:
    value = figure.low or 0.0
    high = figure.high if figure.high is not None else value
    amount = format_amount(value * rate.value) if rate else "?"
    if rate and high != value:
        amount += f"-{format_amount(high * rate.value)}"
    sign = "=" if figure.unit == reference else "≈"
    how = f"; {rate.describe(reference)}" if rate and figure.unit != reference else ""
    return f"{figure.source} '{figure.text}' {sign} {reference} {amount}{how}"


def compare_money(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable) -> FigureCheck | None:
    """Both amounts in the reference currency at the rate of each article's date; None without a rate."""
    rate_a = table.rate(a.unit or "", published.get(a.source))
    rate_b = table.rate(b.unit or "", published.get(b.source))
    if rate_a is None or rate_b is None:
        return None
    ia, ib = interval(a, rate_a.value), interval(b, rate_b.value)
    if a.unit != b.unit:
        ia = (ia[0] * (1 - RATE_DRIFT), ia[1] * (1 + RATE_DRIFT))
        ib = (ib[0] * (1 - RATE_DRIFT), ib[1] * (1 + RATE_DRIFT))
    ok = _overlap(ia, ib)
    verdict = "within tolerance" if ok else "do not match"
    wording = f"{WORDING.get(a.qualifier, 'exact')} vs {WORDING.get(b.qualifier, 'exact')} wording"
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


def compare_values(a: Figure, b: Figure) -> FigureCheck:
    """Years, periods, counts and percentages: intervals from the wording must meet."""
    ok = _overlap(interval(a), interval(b)) if a.kind != "year" else _overlap((a.low, a.high), (b.low, b.high))
    unit = {"period": " years", "percent": "%", "count": f" {a.unit}"}.get(a.kind, "")
    def side(f: Figure) -> str:
        value = f"{f.low:g}" if not f.is_range else f"{f.low:g}-{f.high:g}"
        return f"{f.source} '{f.text}' = {value}{unit}"
    return FigureCheck(a, b, ok, f"{side(a)} and {side(b)}: {'consistent' if ok else 'different'}")


def compare_figures(a: Figure, b: Figure, published: dict[str, str | None], table: RateTable) -> FigureCheck | None:
    """Compare two figures of the same kind (counts only when they count the same thing)."""
    if a.kind != b.kind:
        return None
    if a.kind == "money":
        return compare_money(a, b, published, table)
    if a.kind == "date":
        return compare_dates(a, b)
    if a.kind == "count" and a.unit != b.unit:
        return None
    if a.low is None or b.low is None:
        return None
    return compare_values(a, b)
