"""The span of time an amount is spread over: "plans to invest approximately 3 trillion yen in related commercial
projects over the next five years", "business projects worth approximately $20 billion over the next five years",
"a $1 billion fund within three years".

The span is a period figure that opens with a word of spread ("over", "within", "across", "during", "in the next",
"for the next") and follows an amount of its clause, with no other weighed figure between them. It belongs to the
amount: a claim by measure whose sources give one span weighs it with the amount ("¥3 trillion ≈ $19.1 bn over
5 years") and no claim by wording is left to compare the periods alone. Sources giving different spans leave it
unweighed as one span, and the claim disagrees on it: "€500 billion ... over 10 years" against "€500 billion ...
over the next 12 years" is one fund spread over two different spans (:func:`differing_spans`).
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
# The words right before a period that make it a comparison, not the amount's spread: "the largest package in over
# a decade", "more than over the past five years".
_COMPARED_BEFORE = lazy_compile(r"\b(?:in|than)\s*\Z", re.I)
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
        if f.start - amount.end > MAX_SPAN_GAP or not _NO_BREAK.match(gap) or f.low is None or not f.unit \
                or _COMPARED_BEFORE.search(gap):
            return None
        return f if SPAN_OPENING.match(f.text) else None
    return None


def _spans_by_source(group: MeasuredGroup) -> dict[str, dict[tuple[float, str], list[tuple[int, Figure]]]]:
    """Each source's spans of the group's amounts, keyed by (value, singular unit), with the unit key and figure of
    each statement giving it, in reading order."""
    out: dict[str, dict[tuple[float, str], list[tuple[int, Figure]]]] = {}
    for m in sorted(group.members, key=lambda m: (m.unit.source_rank, m.figure.start)):
        span = span_of(m.figure, m.unit.figures, m.unit.text, m.unit.start)
        if span is not None:
            key = (span.low, span.unit.rstrip("s"))  # type: ignore[union-attr]
            out.setdefault(m.figure.source, {}).setdefault(key, []).append((m.unit.key, span))
    return out


def differing_spans(group: MeasuredGroup) -> list[tuple[int, Figure]]:
    """(unit key, span figure) of each source of a group whose sources spread its amounts over different spans, one
    span a source ("over 10 years" in one, "over the next 12 years" in another), in source order; [] when they
    give one span, or a source gives two (its amounts are parts, not one sum's spread)."""
    by_source = _spans_by_source(group)
    if any(len(spans) > 1 for spans in by_source.values()):
        return []
    values = {key for spans in by_source.values() for key in spans}
    if len(values) < 2:
        return []
    return [given[0] for spans in by_source.values() for given in spans.values()]


def spread_title(spans: Iterable[Figure]) -> str:
    """The differing spans as a title shows them: ``"over 10 · 12 years"``, or ``"over 18 months · 2 years"``."""
    values = sorted({(f.unit.rstrip("s"), f.low) for f in spans if f.unit and f.low is not None})
    units = {unit for unit, _ in values}
    if len(units) == 1:
        unit = next(iter(units))
        return "over " + " · ".join(format_short(v) for _, v in values) + f" {unit}s"
    return "over " + " · ".join(Span(v, unit, frozenset()).text().removeprefix("over ") for unit, v in values)


def group_span(group: MeasuredGroup) -> Span | None:
    """The one span the group's amounts are spread over, when its sources give one and only one (at least one
    source gives it, none another); None else."""
    given = [(value, figures) for spans in _spans_by_source(group).values() for value, figures in spans.items()]
    values = {value for value, _ in given}
    if len(values) != 1:
        return None
    value, unit = next(iter(values))
    return Span(value, unit, frozenset((key, f.start) for _, figures in given for key, f in figures))
