"""Where a count of one state of an event's people looks for its claim when its words share none with it.

A count with no subject of an event measure joins the group of the event's widest count when its words or value
share nothing with any group (compare/measured.py ``_gather``): across languages two outlets' sentences rarely
share a word ("5 people were in critical condition", "Bei vier Patienten sei der Zustand weiter sehr kritisch").
A count of a kind of the measure ("critically injured") never fits the plain count's group, so it stayed alone,
each outlet's count of that state a claim of its own. A state that the people of one event are in once (critically
or seriously injured, identified, discharged, brought to a morgue) has one count per report: such a count looks
for the widest group **of its own kind** instead. Other kinds keep to their words and values: a part of a toll
("part dead": the children among the dead, the women) names one of many groups, two outlets' parts are often two
groups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing_tui.compare.measured_types import MeasuredStatement, kind_of

# Kinds of an event measure that name one state its people are in, one count per report (see the module's doc).
ONE_COUNT_STATES = frozenset({"critically", "seriously", "slightly", "identified", "unidentified", "discharged",
                              "received", "returned"})


def fitting_groups(item: MeasuredStatement, broad: Sequence[int], fits: Callable[[MeasuredStatement, int], bool]) \
        -> list[int]:
    """The groups among ``broad`` whose widest the count ``item`` may join by the event alone: those it fits when
    it is a plain count or a count of one state (see ``ONE_COUNT_STATES``), every one otherwise (another kind
    joins none of them: ``fits`` is weighed again on each candidate)."""
    kind = kind_of(item)
    if kind is None or kind in ONE_COUNT_STATES:
        return [k for k in broad if fits(item, k)]
    return list(broad)
