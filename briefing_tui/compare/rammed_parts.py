"""The people one vehicle hit inside a larger event (issue 11): "A driver drove into a group of protesters, injuring
three people", "un automobiliste a foncé sur la foule, blessant trois personnes", "ein Autofahrer fuhr in die Menge und
verletzte drei Menschen", "un conductor atropelló a tres manifestantes", "un automobilista ha investito tre
manifestanti", "um motorista atropelou três manifestantes". When the story gives a much larger count of the same
measure elsewhere (56 injured in the day's clashes), the ones the vehicle hit are a part of the event's toll, not a
rival total: they take the measure ``part rammed <toll>`` (``partitives.PART_KIND``), weighed only against other
outlets' counts of that incident.

Guard: a story whose largest count of the measure is itself the vehicle's (a ramming attack is the event) keeps it as
the toll; the larger count must be at least ``MIN_WHOLE_RATIO`` times the incident's, so that an updated toll of the
same incident ("killing 2", later "3 dead") is not read as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.partitives import PART_KIND
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:  # (contest_shares.py calls this pass; no import of units at run time)
    from briefing_tui.compare.units import Unit

# A vehicle driven into people, then the rest of the clause up to the count (no number, no sentence break), one
# language per line: "drove (his car) into", "ploughed into", "rammed", "ran over", "mowed down"; "a foncé sur",
# "a percuté", "renversant"; "fuhr (mit seinem Auto) in die Menge", "raste in", "überfuhr"; "atropelló", "arrolló",
# "embistió"; "ha investito", "travolgendo"; "atropelou".
_RAMMED = lazy_compile(
    r"\b(?:(?:drove|driven|drives|driving|ploughed|plowed|slammed|careered|careened)(?:\s{1,3}[\w'’-]{1,20}){0,3}?"
    r"\s{1,3}into|rammed|ramming|ran\s{1,3}over|run\s{1,3}over|running\s{1,3}over|mowed\s{1,3}down"
    r"|a\s{1,3}foncé|fonçant|foncé\s{1,3}(?:sur|dans)|a\s{1,3}percuté|percutant|a\s{1,3}renversé|renversant"
    r"|(?:fuhr|raste|steuerte)(?:\s{1,3}[\w'’-]{1,20}){0,4}?\s{1,3}in\s{1,3}(?:die|eine)|überfuhr|überfahren"
    r"|atropell(?:ó|aron|ando|ado|ados|adas)|arroll(?:ó|aron|ando)|embisti(?:ó|eron)"
    r"|investit[oaie]|investendo|travolt[oaie]|travolgendo"
    r"|atropel(?:ou|aram|ando|ados|adas))"
    r"\b[^\d.;:!?()]{0,100}\Z", re.IGNORECASE)
RAMMED_REACH = 160  # characters before a count read for a vehicle driven into people
MIN_WHOLE_RATIO = 3  # how many times the incident's count the story's larger count must be to be the whole
# The measures of the people a vehicle hits: the injured and the dead keep their own; a bare count of the people hit
# ("atropelló a tres manifestantes", read as people or as a crowd) is of the injured (a car's victims are hurt).
HIT_MEASURES = {"injured": "injured", "dead": "dead", "people": "injured", "attendance": "injured"}


def _rammed(u: Unit, start: int) -> bool:
    """Whether the figure starting at ``start`` (offset in the source) is of people a vehicle in its clause hit."""
    before = u.text[max(0, start - u.start - RAMMED_REACH):start - u.start]
    return _RAMMED.search(before) is not None


def rammed_parts(units: Sequence[Unit]) -> None:
    """Every count of people a vehicle hit, in a story with a count of that measure at least ``MIN_WHOLE_RATIO``
    times larger that is no vehicle's, becomes ``part rammed <measure>`` (replaced in its unit)."""
    hit: list[tuple[Unit, int, str]] = []
    wholes: dict[str, float] = {}
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "count" or f.role != "current" or f.low is None or f.measure not in HIT_MEASURES:
                continue
            if _rammed(u, f.start):
                hit.append((u, k, HIT_MEASURES[f.measure]))
            elif f.measure in ("injured", "dead"):
                wholes[f.measure] = max(wholes.get(f.measure, 0.0), f.low)
    for u, k, measure in hit:
        f = u.figures[k]
        if f.low is not None and wholes.get(measure, 0.0) >= MIN_WHOLE_RATIO * max(f.high or f.low, 1.0):
            u.figures[k] = replace(f, measure=f"{PART_KIND} rammed {measure}")
