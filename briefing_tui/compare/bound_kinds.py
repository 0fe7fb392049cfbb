"""Figures that are not the value of their measure but a bound on it or a part of it (issue 11: no false
disagreement from joining two different figures).

- **A maximum.** "Apple could face a fine of up to 10% of its turnover", "faces up to $5 million", "a maximum of
  5%", "capped at $10 billion": what the measure may reach, not what it is. Its measure takes the ``maximum`` kind
  ("maximum fine"), one of ``measure_kinds.OWN_KINDS``: never weighed against the fine imposed ("0.5% of Apple's
  turnover").
- **A projected tally.** "the SNP is projected to finish with 10 seats": the ``projected`` kind of
  :mod:`.contest_shares` ("projected seats"), never weighed against the count.
- **A time of travel.** "about two hours' drive from the provincial capital": how far a place is, not how long
  the event lasted nor the time since it (``TRAVEL_TIME``).
- **A part of a toll.** "six workers dead, four of whom are still missing", "30 morts, dont quatre enfants": the
  count is some of the toll counted before it, not another count of the event. So is a count its sentence says is
  of one place or thing "alone" ("The number dead from that alone is at least eight", "In Bangkok alone, 10 died"). Its measure takes the ``part`` kind
  of :mod:`.partitives` ("part missing"). So is a count of the toll's measure with "of them" after it or "of the N
  dead," before it ("658 of the dead, 630 of them unregistered", "de los 658 egipcios fallecidos, 630 son").
"""

from __future__ import annotations

import re

from briefing_tui.compare.contest_shares import PROJECTED
from briefing_tui.compare.injury_severity import is_severity_measure
from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.partitives import PART_KIND, PHRASE_REACH, TOLL_MEASURES
from briefing_tui.compare.projected_tolls import projected_toll
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier

MAXIMUM_KIND = "maximum"
"""The kind of a measure a maximum gives ("maximum fine")."""
MAXIMUM_REACH = 40  # characters before a figure searched for a word of maximum ("Maximum Bid Quantity For QIBs: ")
OF_WHOM_REACH = 30  # characters before a count searched for a relative pronoun ("dont", "von denen")
POSSIBLE_REACH = 80  # characters of the clause before an "up to" figure searched for a word of possibility

# A word of maximum shortly before the figure, with no number, stop or comma between: "Maximum Bid Quantity: 141
# shares", "a maximum of 5%", "the maximum penalty is $1 million", "un máximo de", "maximal", "massimo", "capped at"
# (not "cap" nor "höchste": a market cap is a value, "die höchste Strafe" a record).
_MAXIMUM_BEFORE = lazy_compile(
    r"\b(?:maximum|maxim(?:al|ale|ales|aux)|máxim[oa]s?|massim[oa]|capped\s{1,3}at|plafonné\w*\s{1,3}à)\b"
    r"[^.;,!?\d]{0,40}\Z", re.I)
# A word of possibility or of a limit in the clause before an "up to" figure: what may be, not what is ("could face
# a fine of up to 10%", "faces up to $5 million", "is punishable by up to", "risque jusqu'à", "podría alcanzar
# hasta", "droht bis zu", "rischia fino a").
_POSSIBLE_BEFORE = lazy_compile(
    r"\b(?:could|can|may|might|faces?|facing|faced|risks?|risking|punishable|liable|allow(?:s|ed)?|permit(?:s|ted)?"
    r"|entitled|eligible|potential(?:ly)?|pourrai(?:t|ent)|peu(?:t|vent)|risqu(?:e|ent)|encour(?:t|ent)"
    r"|podrían?|puede[n]?|arriesga|könnte[n]?|kann|können|droh(?:t|en)|potrebbe(?:ro)?|può|possono|rischia(?:no)?"
    r"|poderia[m]?|pode[m]?)\b(?:\W{1,3}[\w'’]{1,25}){0,8}\W{0,3}\Z", re.I)
# A fine is imposed as one sum: "a fine of up to $5,000" (an "up to" or "at most" before it) is what it may reach.
CAPPED_BASES = frozenset({"fine"})
PER_CHARGE = "per-charge"  # the kind a maximum of each charge takes before its measure ("maximum per-charge fine")
EACH_REACH = 80  # characters before a maximum searched for a distributive word
# A distributive word before a maximum, in its sentence: "Each count also carries a maximum fine of", "Per ognuna
# delle accuse è prevista una multa massima di", "pour chacun des chefs", "jeweils": the maximum of every charge.
_EACH_BEFORE = lazy_compile(r"\b(?:each|jeweils|chacun|chacune|cada\s{1,3}un[oa]|ognun[oa]|ciascun[oa])\b"
                            r"[^\d.;!?]{0,%d}\Z" % EACH_REACH, re.I)
# A distributive phrase right after a maximum, no other figure between: "$250,000 for each count", "por cada uno",
# "per count", "par chef", "pro Anklagepunkt", "per ciascun capo".
_EACH_AFTER = lazy_compile(
    r"\A[^\d.;:!?]{0,24}?\b(?:(?:for|on|per)\s{1,3}each|per\s{1,3}(?:count|charge|offen[cs]e)|apiece|each"
    r"|pro\s{1,3}(?:Anklagepunkt|Fall)|par\s{1,3}chef|por\s{1,3}cada|per\s{1,3}(?:ciascun[oa]?|ogni|ognun[oa]))\b", re.I)
# What ends a clause before a figure.
_CLAUSE_BREAK = lazy_compile(r"[;:()\[\]]|,(?!\d)|\s[–—]\s")
# A time of travel right after a period: "two hours' drive from the capital", "a two-hour drive", "an hour's
# flight", "three hours by road", "à deux heures de route", "a dos horas en coche", "zwei Autostunden" (not the
# event's own duration nor the time since it).
_TRAVEL_AFTER = lazy_compile(
    r"\A(?:['’]s?)?\s{1,3}(?:(?:long|away)\s{1,3})?(?:drive|driving|walk|ride|flight|journey|trek|hike|sail|trip"
    r"|by\s{1,3}(?:road|car|boat|plane|air|train|foot)|de\s{1,3}(?:route|voiture|marche|vol)"
    r"|en\s{1,3}(?:coche|carro|auto|avión|barco)|de\s{1,3}(?:carretera|camino|viaje|viagem|estrada)|in\s{1,3}auto"
    r"|di\s{1,3}(?:strada|macchina|viaggio))\b", re.I)
TRAVEL_TIME = "travel time"  # the measure of a time of travel
# A tally the clause before gives as projected, not counted: "the SNP is projected to finish with 10 seats", "Labour is
# forecast to win 410 seats", "is on course to take 300 seats", "on track for 300 seats".
_PROJECTED_BEFORE = lazy_compile(
    r"\b(?:projected|forecast|forecasted|predicted|on\s{1,3}(?:course|track))\s{1,3}(?:to|for)\b(?:\s{1,3}[\w'’-]{1,20}){0,3}"
    r"\s{1,3}\Z", re.I)
PROJECTED_TALLIES = frozenset({"seats", "votes"})  # a contest's tallies, which a projection gives before the count
# A toll named before a count in its sentence that the count is some of, by a relative pronoun right after the count:
# "six workers dead, four of whom are still missing", "three of which", "cuatro de los cuales", "quatro dos quais",
# "quattro di cui", "vier von denen" (not "of them": a pronoun may stand for a group of another sentence, "killed
# 241 of them" is the toll).
_OF_WHOM_AFTER = lazy_compile(
    r"\A\s{1,3}(?:of\s{1,3}(?:whom|which)|de\s{1,3}(?:los|las)\s{1,3}cuales|d[oa]s\s{1,3}quais|di\s{1,3}cui"
    r"|von\s{1,3}denen)\b", re.I)
# The same, right before the count: "dont quatre", "von denen vier", "de los cuales cuatro", "dos quais quatro", "di
# cui quattro".
_OF_WHOM_BEFORE = lazy_compile(
    r"\b(?:dont|von\s{1,3}denen|de\s{1,3}(?:los|las)\s{1,3}cuales|d[oa]s\s{1,3}quais|di\s{1,3}cui)\s{1,3}\Z", re.I)

# A toll named before a count in its sentence that the count is some of, by a personal pronoun right after the count:
# "658 of the dead, 630 of them unregistered", "630 von ihnen", "630 de ellos", "630 d'entre eux", "630 di loro",
# "630 deles". Only when the count has the toll's own measure ("200 injured, 12 of them died" are dead, not a part of
# the injured) and the whole is a toll ("carried 242 people and killed 241 of them" is the toll itself).
_OF_THEM_AFTER = lazy_compile(
    r"\A\s{1,3}(?:of\s{1,3}them|von\s{1,3}ihnen|de\s{1,3}(?:ellos|ellas)|d['’]entre\s{1,3}(?:eux|elles)"
    r"|di\s{1,3}loro|de(?:les|las))\b", re.I)
# The whole named first, with "of the" and a comma, the part right after it: "of the 658 Egyptians who died, 630
# were", "de los 658 egipcios fallecidos, 630 son", "among the 550 dead, 300", "von den 658 Toten, 630", "sur les 577
# morts, 323" (a few words between the whole's number and the comma, none a number).
_OF_THE_WHOLE_BEFORE = lazy_compile(
    r"\b(?:of\s{1,3}the|among\s{1,3}the|de\s{1,3}(?:los|las)|entre\s{1,3}(?:los|las)|von\s{1,3}den|unter\s{1,3}den"
    r"|sur\s{1,3}les|parmi\s{1,3}les|d[oa]s|dei|degli|delle|tra\s{1,3}i)"
    r"\s{1,3}\d[\d.,\u00a0 ]{0,12}(?:\s{1,3}[^\W\d][\w'’-]{0,20}){1,5}\s{0,3},\s{1,3}\Z", re.I)

ALONE_REACH = 60  # characters before a count searched for a word of "alone"
# A word that makes a count some of the toll, that of one place or thing "alone": "from that alone", "in Bangkok
# alone", "à elle seule", "allein in Bayern", "sólo en Valencia", "só em Lisboa", "solo in Lombardia" (not the
# Spanish and Italian "solo" of "only five dead": a preposition must follow it).
_ALONE = lazy_compile(
    r"\b(?:alone|à\s{1,3}(?:lui|elle)\s{1,3}seule?|(?-i:allein)\s{1,3}(?:in|im|bei|auf)"
    r"|s[oó]lo\s{1,3}(?:en|in|nel|nella|nei|a)|só\s{1,3}(?:em|no|na|nos|nas))\b", re.I)


def bound_kind(measure: str | None, kind: str, qualifier: Qualifier | None, before: str, after: str,
               whole: str | None = None, subject: str | None = None) -> str | None:
    """``measure`` as the kind a bound or a part gives it: a maximum ("could face a fine of up to 10%":
    "maximum fine"; an amount or a share with a word of maximum right before it, or an "up to" or "at most" with a
    word of possibility in its clause), a projected tally ("is projected to finish with 10 seats": "projected seats"), a time
    of travel ("two hours' drive": ``TRAVEL_TIME``), a part of a toll counted before it in its sentence (``whole``, the measure of the
    count before: "six workers dead, four of whom are still missing": "part missing"; not "242 people aboard, 241 of
    whom died", the toll itself); else ``measure``. ``before`` ends where the figure's qualifier starts, ``after``
    starts where the figure ends. A toll "alone" with no ``subject`` is a part ("from that alone"; "In Bangkok alone"
    is scoped to Bangkok by its subject). A measure not read, or already of a kind of its own (a total, a requested
    sentence), is left as it is."""
    if kind == "period" and measure == "hours" and _TRAVEL_AFTER.match(after):
        return TRAVEL_TIME
    if not measure or measure.split()[0] in OWN_KINDS + ("requested",) or kind == "period":
        return measure
    clause = _CLAUSE_BREAK.split(before)[-1]
    if kind in ("money", "percent") and (  # (not a count: "maximum sustained winds of 150 mph" are the storm's own,
            # "there could be up to 200 dead" an estimate of the toll)
            _MAXIMUM_BEFORE.search(before[-MAXIMUM_REACH:])
            or qualifier in ("up_to", "at_most") and (_POSSIBLE_BEFORE.search(clause[-POSSIBLE_REACH:])
                                                      or measure in CAPPED_BASES)):
        if measure in CAPPED_BASES and (_EACH_BEFORE.search(before[-EACH_REACH:]) or _EACH_AFTER.match(after)):
            return f"{MAXIMUM_KIND} {PER_CHARGE} {measure}"  # ("a fine of up to $250,000 for each count")
        return f"{MAXIMUM_KIND} {measure}"
    if measure in PROJECTED_TALLIES and _PROJECTED_BEFORE.search(clause[-POSSIBLE_REACH:]):
        return f"{PROJECTED} {measure}"
    if (projected := projected_toll(measure, kind, qualifier, before, after)) != measure:
        return projected  # "the death toll could surpass 10,000"
    if kind == "count" and whole in TOLL_MEASURES and not is_severity_measure(measure) and (
            _OF_WHOM_AFTER.match(after) or _OF_WHOM_BEFORE.search(before[-OF_WHOM_REACH:])):  # (a severity names its part)
        return f"{PART_KIND} {measure}"
    if kind == "count" and whole in TOLL_MEASURES and measure == whole and (
            _OF_THEM_AFTER.match(after) or _OF_THE_WHOLE_BEFORE.search(before[-PHRASE_REACH:])):
        return f"{PART_KIND} {measure}"  # ("658 of the dead, 630 of them unregistered": some of the toll)
    if kind == "count" and measure in TOLL_MEASURES and subject is None and (_ALONE.search(before[-ALONE_REACH:])
                                                          or _ALONE.match(after.lstrip(" ,"))):
        return f"{PART_KIND} {measure}"
    return measure

