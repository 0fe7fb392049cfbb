"""A part's figure kept apart from the whole's, when one source gives both (issue 11).

The articles link a place to a larger one ("Mandalay, Myanmar's second-largest city"; "a tower in Bangkok,
Thailand"), so that a toll said of the one may be weighed against a toll said of the other: most outlets give a
disaster's toll under either name. But when ONE source states the same measure for both, with different values ("at
least 1,002 lives ... Mandalay suffered the highest casualties, with 694 confirmed deaths"), the two places are a
whole and a part of it, and their figures are two claims: the part's joins the part's figures in other sources (by
its name, in any language), the whole's the whole's. The link between the two names is then cut for every measure a
place scopes (dead, injured, missing, homes...): a source that gives the part's figure alone is matched to the part,
not weighed against the whole's toll.

The whole's figure is one said of the larger place, or one with no place read for it when the larger place is the
event's main one (the country a quake struck): a source's unscoped toll is the event's. It must exceed the part's
(a part of a toll is smaller than the toll), beyond the tolerance of one value (``SAME_VALUE``). And another source
must give the part's name the same value (within ``SAME_VALUE``): a part confirmed so is one the articles report as
such, not a place an outlet writes loosely for the whole ("flooding in Texas killed 80").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefing_tui.compare.measured_types import SAME_VALUE, MeasuredStatement
from briefing_tui.compare.same_subject import same_subject


def _value(item: MeasuredStatement) -> float | None:
    """A count's value as written (its low end; None when it has none)."""
    f = item.figure
    return f.low if f.kind == "count" and f.role == "current" and f.low else None


def _linked(a: str, b: str, links: dict[str, frozenset[str]]) -> bool:
    """Whether the articles link the two names (and they are not one name)."""
    if same_subject(a, b) is not False:
        return False
    la, lb = a.lower(), b.lower()
    return any(same_subject(x, lb) for x in links.get(la, ())) or any(same_subject(x, la) for x in links.get(lb, ()))


def _one_value(values: list[float]) -> float | None:
    """The one value a source gives a place (all its figures within ``SAME_VALUE`` of each other), else None: a
    source that gives a place two values (an update, a part of it: "10 dead, including nine at the tower") shows
    no whole and part by them."""
    low, high = min(values), max(values)
    return high if high - low <= SAME_VALUE * high else None


def _source_values(items: list[MeasuredStatement], main: str | None) -> list[tuple[str, float, bool]]:
    """One source's places for a measure, each with its one value (see :func:`_one_value`) and whether it is the
    whole it speaks of unnamed (figures with no place read, as the event's ``main`` place: the largest of them)."""
    names: list[tuple[str, list[float]]] = []
    for m in items:
        if m.figure.subject:
            spot = next((vs for n, vs in names if same_subject(n, m.figure.subject)), None)
            if spot is None:
                names.append((m.figure.subject, spot := []))
            spot.append(_value(m))
    out = [(n, v, False) for n, vs in names if (v := _one_value(vs)) is not None]
    unnamed = [_value(m) for m in items if not m.figure.subject]
    if main and unnamed and not any(same_subject(n, main) for n, _ in names):
        out.append((main, max(unnamed), True))
    return out


def parted_places(statements: Iterable[MeasuredStatement], links: dict[str, frozenset[str]],
                  main: str | None) -> set[tuple[str, str]]:
    """The (part, whole) pairs of linked places one source gives the same measure for, a larger value to the
    whole: its one value for the larger place, or (when the larger place is the event's ``main`` one) its largest
        figure with no place read. A pair some source gives the other way round is none (a misread place); so is one
    whose part no other source gives the same value to, under its name, for that measure."""
    by_source: dict[tuple[str, str], list[MeasuredStatement]] = defaultdict(list)
    for item in statements:
        if _value(item) is not None and item.figure.measure:
            by_source[item.figure.source, item.figure.measure].append(item)
    # (part, whole) -> the (source, measure, part's value) that show it
    pairs: dict[tuple[str, str], set[tuple[str, str, float]]] = defaultdict(set)
    for (source, measure), items in by_source.items():
        places = _source_values(items, main)
        for part, low, unnamed in places:
            if unnamed:
                continue
            for whole, high, _ in places:
                if high > low * (1 + SAME_VALUE) and _linked(part, whole, links):
                    pairs[part, whole].add((source, measure, low))
    named = [(source, measure, m.figure.subject, _value(m)) for (source, measure), items in by_source.items()
             for m in items if m.figure.subject]
    return {(a, b) for (a, b), shown in pairs.items()
            if not any(same_subject(a, y) and same_subject(b, x) for x, y in pairs)
            and any(source != s and measure == kind and same_subject(a, name)
                    and abs(value - low) <= SAME_VALUE * max(value, low)
                    for s, kind, low in shown for source, measure, name, value in named)}


def without_parts(links: dict[str, frozenset[str]], pairs: set[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """``links`` without the link of each part to its whole (both ways; every spelling the links key either by)."""
    if not pairs:
        return links
    out = {}
    for key, others in links.items():
        kept = set(others)
        for part, whole in pairs:
            for name, other in ((part, whole), (whole, part)):
                if same_subject(key, name):
                    kept = {x for x in kept if not same_subject(x, other)}
        out[key] = frozenset(kept)
    return out
