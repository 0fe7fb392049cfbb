"""The place an event's counts are of, when no one measure's figures settle it: the subject its counts are
given that most articles name ("Afghanistan" over "Kunar")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.units import Unit


def event_place(units: Sequence[Unit], items: Sequence[MeasuredStatement]) -> str | None:
    """The event's own subject when no measure's figures settle it: among the subjects the event's counts
    are given (a country, a province), the one most sources name anywhere, then most often, strictly ahead
    of the others ("Afghanistan" over "Kunar", both named by all five articles); None on a tie."""
    subjects = {m.figure.subject for m in items if m.figure.subject}
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


MAIN_LEAD = 2  # the main subject is given by at least twice as many sources as any other


def main_subject(items: Sequence[MeasuredStatement], places: bool = False) -> str | None:
    """The subject most sources give to a measure's figures (the country a disaster struck), when it is
    given by at least half of the sources that give the measure and by at least ``MAIN_LEAD`` times as
    many as any other subject (an election's parties are no one main subject); None otherwise. With ``places``
    (a measure whose subject is a place) one place however written counts once ("Valencia", "Valencian
    Community")."""
    by_subject: dict[str, set[str]] = defaultdict(set)
    sources: set[str] = set()
    for m in items:
        sources.add(m.unit.source.id)
        if m.figure.subject:
            name = m.figure.subject.lower()
            name = next((k for k in by_subject if same_subject(k, name)), name) if places else name
            by_subject[name].add(m.unit.source.id)
    if not by_subject:
        return None
    ranked = sorted(by_subject.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best, holders = ranked[0]
    runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
    if len(holders) >= 2 and len(holders) * 2 >= len(sources) and len(holders) >= MAIN_LEAD * runner_up:
        return best
    return None
