"""The place an event's counts are of, when no one measure's figures settle it: the subject its counts are
given that most articles name ("Afghanistan" over "Kunar")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.units import Unit
from briefing_tui.extract.gazetteer import place_names


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
    forms = {s: _written_forms(s) for s in subjects}
    for u in units:
        words = u.text.lower()
        for s in subjects:
            if any(form in words for form in forms[s]):
                named[s].update(o.source.id for o in u.occurrences)
                mentions[s] += len(u.occurrences)
    ranked = sorted(subjects, key=lambda s: (-len(named[s]), -mentions[s], s))
    first = ranked[0]
    if len(named[first]) >= 2 and (len(ranked) == 1 or (len(named[first]), mentions[first])
                                   > (len(named[ranked[1]]), mentions[ranked[1]])):
        return first
    return None


@lru_cache(maxsize=1)
def _place_forms() -> dict[str, frozenset[str]]:
    """Each place name of the gazetteer, lower case -> every name of that place (its own and those of other
    languages: "spain" -> "spain", "españa", "espagne", "spanien", "spagna", "espanha")."""
    out: dict[str, frozenset[str]] = {}
    for canonical, variants in place_names():
        names = frozenset(n.lower() for n in (canonical, *variants))
        for n in names:
            out[n] = out.get(n, frozenset()) | names
    return out


def _written_forms(subject: str) -> frozenset[str]:
    """How articles in several languages write ``subject``: a place named in one language is named by every
    other's copy in its own ("Spain" is "España" in a Spanish article, "Spagna" in an Italian one), so that a
    name spelled alike in every language ("Portugal") is not counted as more named than one spelled apart."""
    return _place_forms().get(subject.lower(), frozenset({subject.lower()}))
