"""What happened to a counted thing, read from the verb or participle attached to it (issue 11).

A count's measure is often its thing's noun alone ("300 homes", "40 flights", "5 schools"), and two outlets then
seem to give one measure two values: "300 homes were destroyed" against "1,200 homes were damaged", "40 flights
cancelled" against "120 flights delayed", "5 schools closed" against "12 schools reopened". The verb that says what
happened to the thing is part of what is counted: two counts of one noun whose attached verbs name two different
states are two measures, never a disagreement. One state written several ways is one state ("destroyed", "razed",
"flattened", "détruites", "zerstört"), and a count whose words name several states ("damaged or destroyed") shares
each of them; a count with no state word is left as it was (weighed as before).

The verb is looked for in the count's own clause: first after it, up to a clause boundary ("homes were destroyed",
"Häuser wurden ... beschädigt", "maisons ont été endommagées"), else the nearest one right before it ("the storm
destroyed 300 homes", "a détruit 300 maisons"), never past another number.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from briefing_tui.lazy_pattern import LazyPattern, lazy_compile
from briefing_tui.model import Figure

ThingState = Literal["destroyed", "damaged", "cancelled", "delayed", "closed", "reopened", "stranded", "removed",
                     "arrested", "released", "approved", "rejected", "allotted", "bid", "offered"]

AFTER_REACH = 60  # characters after a count searched for its verb ("ont été endommagées", a German verb at the end)
BEFORE_REACH = 40  # characters before a count searched for a verb that governs it ("the storm destroyed 300 homes")

# Where a count's clause ends: punctuation, or a conjunction opening another clause (en fr es de it pt).
_CLAUSE_END = lazy_compile(
    r"[.;:,()!?\[\]]"
    r"|\b(?:and|but|while|whereas|et|mais|alors|y|pero|mientras|und|aber|während|e|ma|mentre|mas|enquanto)\b", re.I)
_DIGIT = lazy_compile(r"\d")

# One pattern per state, its words in six languages (en fr es de it pt), one alternative per line.
_STATE_WORDS: dict[ThingState, LazyPattern] = {
    "destroyed": lazy_compile(
        r"\b(?:destroy(?:ed|s)?"
        r"|razed|flattened|levell?ed|wiped\s{1,3}out|reduced\s{1,3}to\s{1,3}rubble"
        r"|détrui(?:t|ts|te|tes|re|sent|sit)|rasée?s?|anéantie?s?"
        r"|destru(?:[ií]d[oa]s?|yó|yeron|iu|íram)|arrasad[oa]s?|arrasó"
        r"|zerstört(?:e|en)?"
        r"|distrutt[eoia]|distrusse(?:ro)?|rase\s{1,3}al\s{1,3}suolo)\b", re.I),
    "damaged": lazy_compile(
        r"\b(?:damaged"
        r"|endommagée?s?"
        r"|dañad[oa]s?|dañó|dañaron"
        r"|beschädigt(?:e|en)?"
        r"|danneggiat[eoia]"
        r"|danificad[oa]s?)\b", re.I),
    "cancelled": lazy_compile(
        r"\b(?:cancell?ed"
        r"|annulée?s?"
        r"|cancelad[oa]s?"
        r"|gestrichen|annulliert|storniert"
        r"|annullat[eoia]|cancellat[eoia])\b", re.I),
    "delayed": lazy_compile(
        r"\b(?:delayed"
        r"|retardée?s?|en\s{1,3}retard"
        r"|retrasad[oa]s?|demorad[oa]s?"
        r"|verspätet(?:e|en)?"
        r"|ritardat[eoia]|in\s{1,3}ritardo"
        r"|atrasad[oa]s?)\b", re.I),
    "closed": lazy_compile(
        r"\b(?:closed|shut"
        r"|fermée?s?"
        r"|cerrad[oa]s?|cerró|cerraron"
        r"|geschlossen"
        r"|chius[eoia]"
        r"|fechad[oa]s?)\b", re.I),
    "reopened": lazy_compile(
        r"\b(?:reopen(?:ed|s)?"
        r"|rouverte?s?"
        r"|reabiert[oa]s?|reabrió|reabrieron"
        r"|wieder\s{1,3}geöffnet|wiedereröffnet"
        r"|riapert[eoia]"
        r"|reabert[oa]s?)\b", re.I),
    "stranded": lazy_compile(
        r"\b(?:stranded|immobili[sz]ed"
        r"|bloquée?s?|immobilisée?s?"
        r"|varad[oa]s?|bloquead[oa]s?|inmovilizad[oa]s?"
        r"|festgesteckt|blockiert"
        r"|bloccat[eoia]"
        r"|imobilizad[oa]s?)\b", re.I),
    "removed": lazy_compile(
        r"\b(?:removed|towed"
        r"|enlevée?s?|retirée?s?"
        r"|retirad[oa]s?"
        r"|entfernt|abgeschleppt"
        r"|rimoss[eoia]"
        r"|removid[oa]s?|rebocad[oa]s?)\b", re.I),
    "arrested": lazy_compile(
        r"\b(?:arrested|detained"
        r"|arrêtée?s?|interpellée?s?"
        r"|detenid[oa]s?"
        r"|festgenommen(?:e|en)?|verhaftet"
        r"|arrestat[eoia]|fermat[eoia]"
        r"|detid[oa]s?)\b", re.I),
    "released": lazy_compile(
        r"\b(?:released|freed"
        r"|libérée?s?|relâchée?s?"
        r"|liberad[oa]s?|excarcelad[oa]s?"
        r"|freigelassen(?:e|en)?"
        r"|rilasciat[eoia]|liberat[eoia]"
        r"|libertad[oa]s?|soltos)\b", re.I),
    "approved": lazy_compile(
        r"\b(?:approved"
        r"|approuvée?s?"
        r"|aprobad[oa]s?"
        r"|genehmigt(?:e|en)?|bewilligt(?:e|en)?"
        r"|approvat[eoia]"
        r"|aprovad[oa]s?)\b", re.I),
    "rejected": lazy_compile(
        r"\b(?:rejected"
        r"|rejetée?s?"
        r"|rechazad[oa]s?"
        r"|abgelehnt(?:e|en)?"
        r"|respint[eoia]|bocciat[eoia]"
        r"|rejeitad[oa]s?)\b", re.I),
    # Shares (or seats, tickets) handed out, asked for and put up: three counts of one offering.
    "allotted": lazy_compile(
        r"\b(?:allotted|allocated"
        r"|allouée?s?|attribuée?s?"
        r"|asignad[oa]s?|adjudicad[oa]s?"
        r"|zugeteilt(?:e|en)?"
        r"|assegnat[eoia]"
        r"|alocad[oa]s?)\b", re.I),
    "bid": lazy_compile(
        r"\b(?:bids?|applied\s{1,3}for|subscribed"
        r"|demandée?s?|souscrite?s?"
        r"|solicitad[oa]s?|suscrit[oa]s?"
        r"|gezeichnet(?:e|en)?"
        r"|sottoscritt[eoia]|richiest[eoia]"
        r"|subscrit[oa]s?)\b", re.I),
    "offered": lazy_compile(
        r"\b(?:on\s{1,3}offer|offered"
        r"|offerte?s?|mise?s?\s{1,3}en\s{1,3}vente"
        r"|ofrecid[oa]s?|ofertad[oa]s?"
        r"|angeboten(?:e|en)?"
        r"|offert[eoia]"
        r"|oferecid[oa]s?|em\s{1,3}oferta)\b", re.I),
}
assert set(_STATE_WORDS) == set(get_args(ThingState))


def _states_in(text: str) -> list[tuple[int, ThingState]]:
    """(position, state) of every state word in ``text``, in order of position."""
    found = [(m.start(), state) for state, pattern in _STATE_WORDS.items() for m in pattern.finditer(text)]
    return sorted(found)


def states_of(f: Figure, unit_start: int, text: str) -> frozenset[ThingState]:
    """The states the verbs of count ``f``'s clause name (``text`` is its unit's, starting at ``unit_start``):
    every state word after it up to its clause's end, else the nearest one right before it; none past a number."""
    at, end = f.start - unit_start, f.end - unit_start
    if not 0 <= at <= end <= len(text):
        return frozenset()
    after = text[end:end + AFTER_REACH]
    if (stop := _CLAUSE_END.search(after)) is not None:
        after = after[:stop.start()]
    if (digit := _DIGIT.search(after)) is not None:
        after = after[:digit.start()]
    if found := _states_in(after):
        return frozenset(state for _, state in found)
    before = text[max(0, at - BEFORE_REACH):at]
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)] + [m.end() for m in _DIGIT.finditer(before)]
    before = before[max(cuts, default=0):]
    found = _states_in(before)
    return frozenset({found[-1][1]}) if found else frozenset()


def two_states(a: Figure, start_a: int, text_a: str, b: Figure, start_b: int, text_b: str) -> bool:
    """Whether counts (``kind`` "count") ``a`` and ``b`` of one measure name two different states of their thing
    (each read by :func:`states_of` in its unit's text): no state in common, so two measures ("300 homes
    destroyed", "1,200 homes damaged"), never two values of one."""
    if a.kind != "count" or b.kind != "count" or a.measure is None or a.measure != b.measure:
        return False  # (a sum "offered" and one "bid" may be one price: only counted things have states here)
    states_a = states_of(a, start_a, text_a)
    states_b = states_of(b, start_b, text_b)
    return bool(states_a) and bool(states_b) and not states_a & states_b
