"""A central bank's named rate is the measure of the percentage it is set to, in any language.

A rate decision gives the level of each of the bank's rates: "cut the deposit rate to 3.75%", "senkte den
Einlagensatz auf 3,75 Prozent", "la tasa de depósito baja al 3,75%", "a taxa sobre depósitos foi reduzida para
3,75%", "il tasso sui depositi scende dal 4% al 3,75%". Read by its verb, each level was a "change" (of whatever the
sentence's subject was) or had no measure, so one rate split over several claims and two different rates (the
deposit rate at 3.75%, the refinancing rate at 4.25%) could be weighed against each other. :func:`named_rate` gives a
percentage the rate named right before it: the rate's kind is its measure (never the bank's subject: outlets name the
bank, its council or its president). Left as read: the size of a move ("by 25 basis points", "um 0,25
Prozentpunkte"), the level it came from ("from 4%", "dal 4%"), and figures listed after one name ("to 4.25%, 4.5% and
3.75% respectively": which is which is in the list's order, not read here).
"""

from __future__ import annotations

import re
from typing import Literal

from briefing_tui.lazy_pattern import lazy_compile

RATE_BASE = "rate"  # the base of every named rate's measure ("deposit rate"): its kind is the words before it
RateKind = Literal["deposit rate", "refinancing rate", "marginal lending rate", "federal funds rate"]
"""The named rates of a central bank a percentage can be the level of."""

# Characters between a rate's name and its level ("Den ... Einlagensatz, den Banken für das Parken von Geld bei der
# Zentralbank erhalten, senkte sie auf 3,75 Prozent": one relative clause between).
MAX_RATE_GAP = 120
# Characters after the level searched for another figure of a list ("4.25 percent, 4.5 percent and 3.75 percent").
LIST_REACH = 24

# A named rate, one group per kind (RateKind, spaces as underscores), one language per line; the last one before the
# figure is its rate. Italian "rifinanziamento marginale" is the marginal lending rate, not the refinancing rate.
_RATE_NAME = lazy_compile(
    r"(?P<deposit>"
    r"\bdeposit\s{1,3}(?:facility\s{1,3})?rate|\bdeposit\s{1,3}facility"  # English
    r"|\bEinlagen?(?:zinssatz|zins|satz|fazilität)\w{0,2}"  # German
    r"|\btaux\s{1,3}(?:de\s{1,3}(?:la\s{1,3})?facilité\s{1,3})?de\s{1,3}dépôt|\bfacilité\s{1,3}de\s{1,3}dépôt"  # French
    r"|\b(?:tasa|tipo|facilidad)\s{1,3}de\s{1,3}(?:la\s{1,3}facilidad\s{1,3}de\s{1,3})?depósito"  # Spanish
    r"|\btaxa\s{1,3}(?:de|sobre|dos|sobre\s{1,3}os)\s{1,3}depósitos?"  # Portuguese
    r"|\bfacilidade\s{1,3}(?:permanente\s{1,3})?de\s{1,3}depósito"
    r"|\b(?:tass[oi]|quello)\s{1,3}(?:sui|sul|di|dei)\s{1,3}deposit[oi]"  # Italian
    r")|(?P<refinancing>"
    r"\b(?:main\s{1,3})?refinancing\s{1,3}(?:operations?\s{1,3})?rate|\bmain\s{1,3}refinancing\s{1,3}operations?"
    r"|\bHauptrefinanzierungs(?:satz|zins|geschäfte)\w{0,2}"
    r"|\btaux\s{1,3}de\s{1,3}refinancement|\bopérations\s{1,3}principales\s{1,3}de\s{1,3}refinancement"
    r"|\b(?:tasa|tipo)\s{1,3}de\s{1,3}refinanciación|\boperaciones\s{1,3}(?:principales\s{1,3})?de\s{1,3}refinanciación"
    r"|\btaxa\s{1,3}(?:principal\s{1,3})?de\s{1,3}refinanciamento"
    r"|\boperações\s{1,3}principais\s{1,3}de\s{1,3}refinanciamento"
    r"|\b(?:tass[oi]|quello)\s{1,3}(?:sui|sul|di)\s{1,3}rifinanziament[oi](?!\s{1,3}marginal)"
    r"|\boperazioni\s{1,3}di\s{1,3}rifinanziamento\s{1,3}principal[ei]"
    r")|(?P<marginal_lending>"
    r"\bmarginal\s{1,3}lending(?:\s{1,3}facility)?(?:\s{1,3}rate)?"
    r"|\bSpitzenrefinanzierungs(?:satz|fazilität)\w{0,2}"
    r"|\b(?:facilité\s{1,3}de\s{1,3})?prêt\s{1,3}marginal"
    r"|\bfacilidad\s{1,3}(?:marginal\s{1,3})?de\s{1,3}(?:crédito|préstamo)"
    r"|\bempréstimos?\s{1,3}marginais|\bcedência\s{1,3}de\s{1,3}liquidez"
    r"|\bprestiti\s{1,3}marginali|\brifinanziamento\s{1,3}marginale"
    r")|(?P<federal_funds>"
    r"\b(?:federal|fed)\s{1,3}funds\s{1,3}(?:target\s{1,3})?rate"
    r")", re.I)
# A move between the rate's name and its level, with the word that leads to the new level: the level it came from
# ("von bisher 4,00 Prozent auf", "dal 4% al", "from 4% to") or the move's size ("by 0.25 percentage points to",
# "um 0,25 Prozentpunkte auf", "en 25 puntos básicos, hasta el"): no other rate's figure between.
_MOVE_TAIL = lazy_compile(
    r"\b(?:from|by|von|um|de|du|desde|del|dal|do|da|en|em|di)\s{1,3}(?:bisher\s{1,3})?\d{1,3}(?:[.,]\d{1,3})?\s{0,2}"
    r"(?:%|percent|per\s{1,3}cent|percentage\s{1,3}points?|basis\s{1,3}points?|bps?"  # English
    r"|Prozent(?:punkte)?|Basispunkte"  # German
    r"|pour\s{1,3}cent|points?(?:\s{1,3}de\s{1,3}base)?"  # French
    r"|por\s{1,3}ciento|puntos?(?:\s{1,3}básicos)?"  # Spanish
    r"|por\s{1,3}cento|pontos?(?:\s{1,3}base|-base)?"  # Portuguese
    r"|per\s{1,3}cento|punti(?:\s{1,3}base)?)"  # Italian
    r",?\s{1,3}(?:to|auf|à|a|al|hasta\s{1,3}el|para|ao)\s{1,3}\Z", re.I)
# The gap ends in a word of a move's size, not its level ("lowered the deposit rate by 0.25%", "um", Spanish "en"
# without "el", Portuguese "em", Italian "di").
_BY_TAIL = lazy_compile(r"\b(?:by|um|en|em|di)\s{1,3}\Z", re.I)
# The figure is a move's size in points ("0,25 Prozentpunkte", "25 basis points", "0,25 puntos").
_POINTS = lazy_compile(r"punkt|point|punto|ponto|punti|\bpp\b|\bbp", re.I)
# Another figure right after the level, in a list ("4.25 percent, 4.5 percent and 3.75 percent respectively").
_LIST_AFTER = lazy_compile(r"\A[^\d.;:]{0,12}?(?:,|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bed\b)\s{1,3}\d")
_RESPECTIVELY = lazy_compile(r"\b(?:respectively|respectivamente|respectivement|rispettivamente|respetivamente"
                             r"|jeweils)\b", re.I)


def named_rate(before: str, after: str, figure: str) -> RateKind | None:
    """The kind of central-bank rate the percentage ``figure`` is the level of, named right before it ("the deposit
    rate to 3.75%"), or None (a move's size, a former level, a list's member, no rate named)."""
    if _POINTS.search(figure) or _LIST_AFTER.match(after[:LIST_REACH]) or _RESPECTIVELY.search(after):
        return None
    window = before[-MAX_RATE_GAP:]
    last = None
    for last in _RATE_NAME.finditer(window):
        pass
    if last is None:
        return None
    gap = window[last.end():]
    if _BY_TAIL.search(gap):
        return None
    if any(ch.isdigit() for ch in gap) and not (
            (tail := _MOVE_TAIL.search(gap)) and not any(ch.isdigit() for ch in gap[:tail.start()])):
        return None
    kind = last.lastgroup or ""
    return f"{kind.replace('_', ' ')} {RATE_BASE}"  # type: ignore[return-value]
