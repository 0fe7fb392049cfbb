"""The place an event's counts are of, when no one measure's figures settle it: the subject its counts are
given that most articles name ("Afghanistan" over "Kunar")."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.units import Unit


# Counts of people that are no count of the event's: a place's population ("Lahaina, a city of 13,000 people") names
# the town, not the place the event's counts are of.
NO_EVENT_COUNTS = frozenset({"residents"})


def event_place(units: Sequence[Unit], items: Sequence[MeasuredStatement]) -> str | None:
    """The event's own subject when no measure's figures settle it: among the subjects the event's counts
    are given (a country, a province), the one most sources name anywhere, then most often, strictly ahead
    of the others ("Afghanistan" over "Kunar", both named by all five articles); None on a tie."""
    subjects = {m.figure.subject for m in items if m.figure.subject and m.figure.measure not in NO_EVENT_COUNTS}
    if not subjects:
        return None
    named: dict[str, set[str]] = {s: set() for s in subjects}
    mentions: dict[str, int] = dict.fromkeys(subjects, 0)
    for u in units:
        words = u.text.lower()
        for s in subjects:
            if s.lower() in words:
                named[s].update(o.source.id for o in u.occurrences)
                mentions[s] += len(u.occurrences)
    ranked = sorted(subjects, key=lambda s: (-len(named[s]), -mentions[s], s))
    first = ranked[0]
    if len(named[first]) >= 2 and (len(ranked) == 1 or (len(named[first]), mentions[first])
                                   > (len(named[ranked[1]]), mentions[ranked[1]])):
        return first
    return None
