"""People lying in hospital, told with the verb before the count as German puts it after a fronted phrase ("Nach
Angaben des Ministers liegen weiter 80 Opfer des Anschlags in Kliniken", "Im Moment liegen noch 40 Verletzte im
Krankenhaus"): those in hospital now, neither the dead that "Opfer" counts elsewhere nor all the injured.

The count's predicate after it is compare/count_states.py's; this reads the verb before it and the place after it.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# The German verb of lying or staying (in hospital) right before the count, with an adverb of time at most ("liegen
# noch", "liegen weiter", "lagen weiterhin", "blieben").
_LYING_BEFORE = lazy_compile(
    r"\b(?:liegen|lagen|befinden\s{1,3}sich|befanden\s{1,3}sich|bleiben|blieben)"
    r"(?:\s{1,3}(?:noch|weiter|weiterhin|derzeit|immer\s{1,3}noch|nach\s{1,3}wie\s{1,3}vor))?\s{1,3}\Z", re.I)
# The place of care after the count, in the same clause: "im Krankenhaus", "in Kliniken", "in umliegenden
# Krankenhäusern", "in der Klinik", "im Spital".
_IN_HOSPITAL_AFTER = lazy_compile(
    r"\A[^.;:!?]{0,60}?\b(?:im|in)\s{1,3}(?:(?:der|den|einem|einer)\s{1,3})?(?:[^\W\d_]{1,20}\s{1,3}){0,2}?"
    r"(?:Krankenhaus|Krankenhäusern|Krankenhäuser|Kliniken|Klinik|Klinikum|Spital|Spitälern|Spitäler)\b", re.I)
# How far back the verb is looked for (characters before the count)
LYING_REACH = 40


def lying_in_hospital(measure: str | None, before: str, after: str) -> str | None:
    """"hospitalised" for a count of people after a German verb of lying whose clause puts them in a hospital
    ("liegen weiter 80 Opfer ... in Kliniken"), else ``measure`` unchanged (a count of other things, or of people
    with a state of their own, "discharged injured", keeps it)."""
    if measure is not None and measure != "people" and measure not in PEOPLE_MEASURES:
        return measure
    if _LYING_BEFORE.search(before[-LYING_REACH:]) and _IN_HOSPITAL_AFTER.match(after):
        return "hospitalised"
    return measure
