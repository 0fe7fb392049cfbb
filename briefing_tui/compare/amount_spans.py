"""The span of time an amount is spread over: "plans to invest approximately 3 trillion yen in related commercial
projects over the next five years", "business projects worth approximately $20 billion over the next five years",
"a $1 billion fund within three years".

The span is a period figure that opens with a word of spread ("over", "within", "across", "during", "in the next",
"for the next") and follows an amount of its clause, with no other weighed figure between them. It belongs to the
amount: a claim by measure whose sources give one span weighs it with the amount ("¥3 trillion ≈ $19.1 bn over
5 years") and no claim by wording is left to compare the periods alone. Sources giving different spans leave it
unweighed (the wording claim then shows the periods side by side).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefing_tui.compare.measured_types import MeasuredGroup
from briefing_tui.compare.numbers import format_short
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A period's opening words that make it a span an amount is spread over: "over the next five years", "over five
# years", "within three years", "across four years", "during the next decade", "in the coming five years",
# "for the next ten years".
SPAN_OPENING = lazy_compile(
    r"\A(?:over|within|across|during"
    r"|(?:in|for)\s+the\s+(?:next|coming|following))\b",
    re.I)
# What may stand between the amount and its span: words of one clause, no stop, semicolon or dash.
_NO_BREAK = lazy_compile(r"\A[^.;:!?—–]*\Z")
MAX_SPAN_GAP = 80  # characters between an amount's end and its span's start (a clause's reach)
SPANNED_KINDS = frozenset({"money"})  # figures a span is read for: amounts pledged, invested, spent
_WEIGHED_BETWEEN = frozenset({"count", "money", "percent", "period"})  # figures that part an amount from a span


@dataclass(frozen=True, slots=True)
class Span:
    """The span one claim's amounts are spread over, and the period figures that give it ((unit key, start) each)."""

    value: float
    unit: str
    figures: frozenset[tuple[str, int]]

    def text(self) -> str:
        """``"over 5 years"``."""
        plural = "" if self.value == 1 else "s"
        return f"over {format_short(self.value)} {self.unit}{plural}"


def span_of(amount: Figure, figures: Iterable[Figure], text: str, text_start: int) -> Figure | None:
    """The period figure of ``figures`` (one sentence's, ``text`` starting at ``text_start``) that ``amount`` is
    spread over, or None."""
    if amount.kind not in SPANNED_KINDS:
        return None
    ordered = sorted(figures, key=lambda f: f.start)
    for f in ordered:
        if f.start < amount.end or f is amount:
            continue
        if f.kind != "period":
            if f.kind in _WEIGHED_BETWEEN:
                return None  # (another amount or count comes first: the period is its)
            continue
        gap = text[amount.end - text_start:f.start - text_start]
        if f.start - amount.end > MAX_SPAN_GAP or not _NO_BREAK.match(gap) or f.low is None or not f.unit:
            return None
        return f if SPAN_OPENING.match(f.text) else None
    return None


def group_span(group: MeasuredGroup) -> Span | None:
    """The one span the group's amounts are spread over, when its sources give one and only one (at least one
    source gives it, none another); None else."""
    values: set[tuple[float, str]] = set()
    found: set[tuple[str, int]] = set()
    for m in group.members:
        span = span_of(m.figure, m.unit.figures, m.unit.text, m.unit.start)
        if span is None:
            continue
        values.add((span.low, span.unit.rstrip("s")))  # type: ignore[union-attr]
        found.add((m.unit.key, span.start))
    if len(values) != 1:
        return None
    value, unit = next(iter(values))
    return Span(value, unit, frozenset(found))
