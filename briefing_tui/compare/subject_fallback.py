"""A figure with no subject, or one that is no name, and the claim it belongs to: the claim of its measure's
main subject across the event ("the tech company's shares are down 15% this year" is Alphabet's when most
sources give the shares' moves to Alphabet), instead of a claim of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.scopes_of_place import main_subject
from briefing_tui.compare.subjects import NOT_SUBJECTS

_DIGIT = re.compile(r"\d")


def weak_subject(subject: str | None) -> bool:
    """Whether a figure's subject is no subject: a pronoun or a generic word alone ("They", "More"), or a
    fragment with a figure in it ("US32", "288 and put")."""
    if not subject:
        return False
    if _DIGIT.search(subject):
        return True
    words = [w for w in re.split(r"[\s/-]+", subject.lower()) if w]
    return all(w in NOT_SUBJECTS for w in words)


def measure_mains(by_measure: Mapping[tuple[str, str], list[MeasuredStatement]],
                  event_measures: Iterable[str]) -> dict[str, str]:
    """For each measure that is not an event's own count (those take the event's subject already), the
    subject most sources give it over all its keys (periods, families), when one leads (``main_subject``)."""
    pooled: dict[str, list[MeasuredStatement]] = {}
    events = frozenset(event_measures)
    for (measure, _), items in by_measure.items():
        if measure in events or " (" in measure:
            continue  # (an event's counts; a previous value, an earlier event's figure)
        pooled.setdefault(measure, []).extend(m for m in items if not weak_subject(m.figure.subject))
    out = {}
    for measure, items in pooled.items():
        main = main_subject(items)
        if main:  # (as the sources write it: main_subject gives it in lower case)
            out[measure] = next((m.figure.subject for m in items if (m.figure.subject or "").lower() == main), main)
    return out


def another_time(item: MeasuredStatement, published: Mapping[str, str | None]) -> bool:
    """Whether the figure's sentence names a year before its article's ("Nach der Strafe von 4,3 Milliarden
    Euro im Jahr 2018"): the figure may be another time's, so it does not default to the measure's main claim."""
    day = published.get(item.unit.source.id) or ""
    year = int(day[:4]) if day[:4].isdigit() else None
    return any(f.kind == "year" and f.low and (year is None or f.low < year) for f in item.unit.figures)
