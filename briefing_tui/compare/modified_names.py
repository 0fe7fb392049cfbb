"""A count named with a distinguishing adjective in one source and plainly in another: one measure, when the story
never tells the two apart.

A count keeps the word between it and its noun ("45 strategic investments", "805 office buildings":
compare/figure_measures.py), because a story may give both the kind and the whole. Where one outlet writes "45
strategic investments" and another "48 investments", the two names are one measure unless the story shows
otherwise. The story decides as for a family of names (:mod:`~briefing_tui.compare.measure_families`): a source that
gives the modified name and the plain one their own values for one subject ("45 strategic investments ... 120
investments in all") tells them apart, and then they stay apart in every source; a source that gives the modified
name two different values names several things with it, and it stays too.

Only an adjective by its ending (:data:`~briefing_tui.compare.measures._MODIFIER`) before the plain name joins it (one
word, the plain name being the rest); kinds of a measure that are never the measure itself (``OWN_KINDS``: "total",
"projected") and counts of an event (dead, seats, buildings: ``EVENT_MEASURES``) are read elsewhere and left alone.
Amounts are left alone too: an adjective before a sum names a part of the story's money often enough ("a $15.5
billion public investment" beside a plan's whole investment) that joining them would make false disagreements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.measure_families import _tells_apart, one_amount
from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.measured_types import EVENT_MEASURES
from briefing_tui.compare.measures import _MODIFIER
from briefing_tui.model import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# The figure kinds whose names may carry a distinguishing adjective that a plain name drops (amounts are left out:
# see the module's doc)
MODIFIED_KINDS = frozenset({"count"})


def _plain(f: Figure) -> str | None:
    """The plain name of a current figure's adjective-modified measure ("punitive damage" -> "damage"), or None."""
    if f.role != "current" or f.kind not in MODIFIED_KINDS or not f.measure:
        return None
    words = f.measure.split()
    if len(words) != 2 or words[0] in OWN_KINDS or words[1] in EVENT_MEASURES or not _MODIFIER.fullmatch(words[0]):
        return None
    return words[1]


def name_modified(units: Sequence[Unit]) -> None:
    """Every current figure of an adjective-modified measure takes the plain name when the story's figures of its
    kind carry the plain name too and no source tells the two apart (see the module's doc); the figure is replaced in
    its unit."""
    # (kind, modified name) -> source -> name -> the figures it gives under that name
    given: dict[tuple[str, str], dict[str, dict[str, list[Figure]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    plain_used: set[tuple[str, str]] = set()
    for u in units:
        for f in u.figures:
            if f.role == "current" and f.measure:
                plain_used.add((f.kind, f.measure))
    for u in units:
        for f in u.figures:
            plain = _plain(f)
            if plain is None or (f.kind, plain) not in plain_used:
                continue
            for o in u.occurrences:
                given[f.kind, f.measure][o.source.id][f.measure].append(f)
    for u in units:
        for f in u.figures:
            if f.role == "current" and f.measure and " " not in f.measure:
                for (kind, name), sources in given.items():
                    if kind == f.kind and name.split()[1] == f.measure:
                        for o in u.occurrences:
                            sources[o.source.id][f.measure].append(f)
    chosen: dict[tuple[str, str], str] = {}
    for (kind, name), sources in given.items():
        several = any(any(not one_amount(a, b) for a in own[name] for b in own[name]) for own in sources.values())
        if several or any(_tells_apart(dict(own)) for own in sources.values()):
            continue
        chosen[kind, name] = name.split()[1]
    if not chosen:
        return
    for u in units:
        for i, f in enumerate(u.figures):
            if f.role == "current" and (f.kind, f.measure) in chosen:
                u.figures[i] = replace(f, measure=chosen[f.kind, f.measure])
