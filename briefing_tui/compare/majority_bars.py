"""The count a majority needs, in English and other languages: "the 116 needed for a governing majority", "les 116
sièges nécessaires", "los 116 escaños necesarios para la mayoría absoluta", "i 201 seggi necessari", "os 116
deputados necessários", "die 316 Sitze, die für eine Mehrheit nötig sind" is a rule's bar (the threshold), nobody's
count of seats (compare/amount_measures.py ``required_count`` reads the English "172 seats needed")."""

from __future__ import annotations

import re
from typing import Literal

from briefing_tui.compare.measure_families import SEAT_HOLDER_NAMES
from briefing_tui.lazy_pattern import lazy_compile

BarKind = Literal["threshold", "shortfall"]  # a rule's bar; what a party lacks of it

# Words of need right after a count (and its noun), with a verb of being before them: "needed", "nécessaires".
_NEEDED_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:are|is|sont|son|sono|são|sind)\s{1,3})?"
    r"(?:needed|required|nécessaires|requis|necesarios|necesarias|requeridos|necessari|necessarie|necessários"
    r"|necessárias|nötig|notwendig|erforderlich)\b", re.I)
# Words of need right before a count, as its attributive adjective: "die für eine Mehrheit nötigen 85 Mandate", "die
# erforderlichen 85 Sitze", "the required 85 seats".
_NEEDED_BEFORE = lazy_compile(r"\b(?:nötigen|notwendigen|erforderlichen|benötigten|required)\s{1,3}$", re.I)
# Words of need after a count, told with who needs it (a pronoun) or as "necessary": "the 50 seats it needed to
# ensure a majority", "the 50 seats necessary to keep their majority", "les 50 sièges qu'il lui fallait".
_NEEDED_BY_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:are|is|were|was)\s{1,3})?necessary\b"
    r"|\s{1,3}(?:that\s{1,3})?(?:it|they|he|she|we|you)\s{1,3}(?:needs?|needed|requires?|required|had\s{1,3}to\s{1,3}win)\b"
    r"|\s{1,3}qu(?:'|’|e\s{1,3})(?:il|elle|ils|elles)\s{1,3}(?:lui|leur)\s{1,3}(?:faut|fallait)\b", re.I)
# A count a restrictive relative clause after it says someone set as a goal: "the 50 seats that the prime minister
# had set as a must-win target", "los 50 escaños que el partido fijó como objetivo", "les 50 sièges que le parti
# s'était fixés comme objectif" (not "60 seats, which was its target": a count that met the goal).
_TARGET_AFTER = lazy_compile(
    r"\s{1,3}(?:that|which|que|qu['’]|che)\s?[^.;:!?,]{0,60}?"
    r"\b(?:set|fixed|named|declared|fix[ée]e?s?|fij[óo]|fijad[oa]s?|fissat[oiae]|gesetzt|festgelegt|definiu|definid[oa]s?)"
    r"\b[^.;:!?,]{0,30}?\b(?:target|goal|objective|objectif|objetivo|obiettivo|Ziel|meta)\b", re.I)
# A tally named a bar right after it: "the 125-seat majority threshold", "the 172-seat mark", "la barre des 289".
_BAR_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:seats?|votes?)\s{1,3})?(?:(?:majority|majorité|mayoría|maggioranza|maioria|Mehrheits?)[\s-]{1,3})?"
    r"(?:threshold|mark|bar|seuil|umbral|soglia|limiar|marke|schwelle)\b", re.I)
# A majority restated as its count: "securing a majority, or 125 seats", "la majorité, soit 289 sièges".
_MAJORITY_OR_BEFORE = lazy_compile(
    r"\b(?:majority|majorité|mayoría|maggioranza|maioria|Mehrheit)\s{0,3},?\s{1,3}(?:or|i\.\s?e\.|soit|es\s{1,3}decir"
    r"|ossia|ou\s{1,3}seja|also)\s{1,3}(?:at\s{1,3}least\s{1,3})?$", re.I)
# A tally a party lacks for a majority, right after it: "leaving them three seats shy of a majority", "two seats
# short of an outright majority", "a dos escaños de la mayoría", "à deux sièges de la majorité": a shortfall, no count.
_SHORT_AFTER = lazy_compile(
    r"\s{0,3}(?:shy|short)\s{1,3}of\s{1,3}(?:(?:a|an|the|its|their|outright|absolute|overall|working)\s{1,3}){0,3}"
    r"(?:majority|target|goal)\b"
    r"|\s{1,3}(?:de\s{1,3}la\s{1,3}(?:majorité|mayoría)|dalla\s{1,3}maggioranza|da\s{1,3}maioria)\b", re.I)
_SHORT_BEFORE = lazy_compile(r"\b(?:à|a)\s{1,3}$", re.I)  # (the French, Spanish, Italian "à|a" before the count)
# "for" a majority, a word of getting and one adjective between: "for a governing majority", "pour obtenir la
# majorité absolue", "para lograr la mayoría", "per la maggioranza", "para a maioria", "für eine Mehrheit".
_FOR_MAJORITY = lazy_compile(
    r"\s{0,3}(?:for|pour|para|per|für)\s{1,3}"
    r"(?:(?:a|an|the|la|une|eine|die|obtenir|obtener|lograr|alcanzar|ottenere|obter|alcançar)\s{1,3}){0,2}"
    r"(?:[^\W\d_]{1,20}\s{1,3})?(?:majority|majorité|mayoría|maggioranza|maioria|mehrheit)\b", re.I)
# A majority named as a label right before a count: "(Majorité absolue : 116 députés)", "Absolute majority: 326".
_MAJORITY_LABEL = lazy_compile(
    r"\b(?:majority|majorité|mayoría|maggioranza|maioria|mehrheit)(?:\s{1,3}[^\W\d_]{1,12})?\s{0,3}[:=]\s{0,3}$",
    re.I)
# A majority someone must reach, its count in brackets right after it: "to reach an absolute majority (176 seats)",
# "pour atteindre la majorité absolue (289 sièges)", "para alcanzar la mayoría absoluta (176 escaños)" (not "won a
# majority (180 seats)": a party's own count).
_REACH_MAJORITY_BRACKET = lazy_compile(
    r"\b(?:reach|achieve|attain|need|needs|needed|form|alcanzar|llegar\s{1,3}a|atteindre|raggiungere|atingir|alcançar"
    r"|chegar\s{1,3}a|erreichen|für)\s{1,3}(?:(?:a|an|the|la|una|une|l['’]|eine|die|uma)\s{1,3})?(?:[^\W\d_]{1,12}\s{1,3})?"
    r"(?:majority|majorité|mayoría|maggioranza|maioria|Mehrheit)(?:\s{1,3}[^\W\d_]{1,12})?\s{0,3}\(\s{0,3}$", re.I)
# A majority the clause sets out to get, its count in brackets right after it, the goal told by a word of purpose and
# a verb of getting: "pour obtenir une majorité absolue (85 sièges au moins)", "para obtener la mayoría absoluta (176
# escaños)", "per ottenere la maggioranza (201 seggi)", "in order to win a majority (85 seats)" (not "won a majority
# (180 seats)", nor the English "to win", which also tells a forecast of a party's own count).
_PURPOSE_MAJORITY_BRACKET = lazy_compile(
    r"(?:\bin\s{1,3}order\s{1,3}to|\bpour|\bpara|\bper)\s{1,3}"
    r"(?:win|obtain|secure|get|gain|obtenir|gagner|décrocher|obtener|conseguir|ganar|lograr|ottenere|conquistare"
    r"|obter|conquistar|ganhar)"
    r"\s{1,3}(?:(?:a|an|the|la|una|une|l['’]|uma)\s{1,3})?(?:[^\W\d_]{1,12}\s{1,3})?"
    r"(?:majority|majorité|mayoría|maggioranza|maioria)(?:\s{1,3}[^\W\d_]{1,12})?\s{0,3}\(\s{0,3}$", re.I)
# A majority defined by its count after a comma, a few words between: "la maggioranza assoluta al Congresso dei
# deputati, pari a 176 seggi", "the absolute majority in the lower house, equal to 176 seats", "la mayoría absoluta
# del Congreso, equivalente a 176 escaños".
_MAJORITY_EQUALS_BEFORE = lazy_compile(
    r"\b(?:majority|majorité|mayoría|maggioranza|maioria|Mehrheit)\b[^.;:!?()\d]{0,50},\s{0,3}(?:equal\s{1,3}to"
    r"|equivalent\s{1,3}to|pari\s{1,3}a|égale?\s{1,3}à|igual\s{1,3}a|equivalente\s{1,3}a)\s{1,3}$", re.I)
MAJORITY_REACH = 80  # characters before a count searched for a majority it defines

# The words of need that may stand as a bare count's head: "the 116 needed for a governing majority".
NEEDED_HEADS = frozenset("needed required necessary nécessaires necesarios necessari necessários nötig".split())
TALLIES = frozenset({"seats", "votes"})
LABEL_REACH = 40  # characters before a count searched for a majority's label  # a contest's tallies, whose needed count is a bar


def majority_bar(head: str | None, measure: str | None, after: str, before: str = "") -> BarKind | None:
    """Whether a count is what a majority needs: a tally followed by a word of need ("116 sièges nécessaires"), or a
    word of need as the bare count's head followed by "for a majority" ("the 116 needed for a governing majority").
    or a count of seats or members labelled a majority ("Majorité absolue : 116 députés"); a tally someone needs
    (``_NEEDED_BY_AFTER``: "the 50 seats it needed") or sets as a goal (``_TARGET_AFTER``), or names a bar
    (``_BAR_AFTER``, ``_MAJORITY_OR_BEFORE``), or a majority defines it (``_REACH_MAJORITY_BRACKET``,
    ``_MAJORITY_EQUALS_BEFORE``, ``_PURPOSE_MAJORITY_BRACKET``): "threshold"; a tally a party lacks of a majority
    ("three seats shy of a majority"): "shortfall"; else None. ``after`` is the text
    right after the count's words, ``before`` the text before the count."""
    if _MAJORITY_LABEL.search(before[-LABEL_REACH:]) and (measure in TALLIES or measure in SEAT_HOLDER_NAMES):
        return "threshold"
    if plus_one(before, after):
        return "threshold"  # "50 + 1 % voix nécessaires": half plus one, the majority's formula
    if head and head.lower() in NEEDED_HEADS:
        return "threshold" if _FOR_MAJORITY.match(after) else None
    if measure not in TALLIES:
        return None
    if _SHORT_AFTER.match(after) and (after.lstrip()[:1] in "sS" or _SHORT_BEFORE.search(before)):
        return "shortfall"
    bar = _NEEDED_AFTER.match(after) or _NEEDED_BY_AFTER.match(after) or _TARGET_AFTER.match(after) \
        or _BAR_AFTER.match(after) or _MAJORITY_OR_BEFORE.search(before[-LABEL_REACH:]) \
        or _NEEDED_BEFORE.search(before[-LABEL_REACH:]) or _REACH_MAJORITY_BRACKET.search(before[-MAJORITY_REACH:]) \
        or _MAJORITY_EQUALS_BEFORE.search(before[-MAJORITY_REACH:]) \
        or _PURPOSE_MAJORITY_BRACKET.search(before[-MAJORITY_REACH:])
    return "threshold" if bar else None


# A share of the vote as a rule's bar, the words of need right before it: "the required 50% of votes", "needed to
# surpass 50 percent", "debe lograr más del 50 %", "precisa obter mais de 50%" (not a present "needs" or "must": a
# candidate's own need, "she needs more than 40%", is no rule's); and the
# other bar that the rule allows after "or" ("the required 50% of votes or 40% with a 10-point margin").
_SHARE = r"\d{1,3}(?:[.,]\d+)?\s{0,2}(?:%|percent|per\s{1,3}cent|por\s{1,3}ciento|por\s{1,3}cento|pour\s{1,3}cent)"
_SHARE_BAR_BEFORE = lazy_compile(
    r"(?:\b(?:required|necessary|minimum)"  # the required 50%
    r"|\b(?:needed|required)\s{1,3}to"  # (the verb read with the share: "needed to | surpass 50 percent")
    r"|\b(?:debe|deben|necesita|necesitan|precisa|precisam|deve|devem|doit|doivent|muss|müssen)(?:\s{1,3}(?:lograr"
    r"|obtener|alcanzar|superar|conseguir|obter|alcançar|atingir|ultrapassar|obtenir|atteindre|dépasser|erreichen"
    r"|erhalten))?)"  # debe lograr más del 50 %
    r"\s{1,3}(?:(?:more\s{1,3}than|at\s{1,3}least|over|above|más\s{1,3}del?|al\s{1,3}menos|mais\s{1,3}de|plus\s{1,3}de"
    r"|mehr\s{1,3}als|mindestens|el|la|un|the|of)\s{1,3})*"
    r"(?:" + _SHARE + r"(?:\s{1,3}(?:of|de|des|der)\s{1,3}(?:(?:the|los|las|valid)\s{1,3}){0,2}(?:votes?|votos|voix|Stimmen))?"
    r",?\s{1,3}(?:or|o|ou|oder)\s{1,3}(?:(?:a|un|o)\s{1,3}(?:minimum|mínimo)\s{1,3}(?:of|del?)\s{1,3})?)?$", re.I)
SHARE_BAR_REACH = 80  # characters before a share searched for its words of need


# A share named a bar right after it: "crossing the 50% mark", "the 5% hurdle", "la soglia del 4%" is read before.
_SHARE_BAR_AFTER = lazy_compile(r"\s{0,3}(?:mark|threshold|hurdle|barrier|seuil|umbral|barrera|soglia|Hürde|Marke"
                                r"|Schwelle|limiar|barreira)\b", re.I)


# A word of a bar and its "of" ("la soglia del", "the threshold of") right before a share.
_BAR_OF = (r"(?:threshold|mark|bar|hurdle|barrier|seuil|barre|umbral|barrera|soglia|sbarramento|Hürde|Marke|Schwelle"
           r"|limiar|barreira)\s{1,3}(?:of|de|des|del|della|dello|von|da|do|dos|das)\s{0,3}")
# A verb of passing the bar before it: "l'AfD supera la soglia del 20%", "a franchi la barre des 10 %", "crossed the
# threshold of 20%": a floor under the subject's own share (more than 20%), not the bar.
_PASSED_BAR_BEFORE = lazy_compile(
    r"\b(?:supera|superato|superando|superó|superado|superou|dépasse|dépassé|franchit|franchi|ultrapassa|ultrapassou"
    r"|passed|passes|cleared|clears|crossed|crosses|surpassed|surpasses|überspringt|übersprang|knackt|knackte)"
    r"\s{1,3}(?:(?:la|el|le|the|a|die|den|o)\s{1,3})?" + _BAR_OF + r"\Z", re.I)
BAR_OF_REACH = 60  # characters before a share read for the verb passing a bar named before it


def passed_bar(before: str) -> bool:
    """Whether a share is named as a bar its clause's subject passes ("l'AfD supera la soglia del 20%"): the subject's
    own share, over the bar (``_PASSED_BAR_BEFORE``)."""
    return _PASSED_BAR_BEFORE.search(before[-BAR_OF_REACH:]) is not None


def share_bar(before: str, after: str = "") -> bool:
    """Whether a share of the vote is a rule's bar by the words of need right before it (``_SHARE_BAR_BEFORE``), a
    word of a bar right after it (``_SHARE_BAR_AFTER``), or as the majority's formula ("50% + 1", "50 + 1 % des
    voix": :func:`plus_one`)."""
    return bool(_SHARE_BAR_BEFORE.search(before[-SHARE_BAR_REACH:]) or _SHARE_BAR_AFTER.match(after)) \
        or plus_one(before, after)


# The majority's formula, half plus one ("50% + 1", "50 + 1 % voix", "50 percent plus one vote", "50 % más uno",
# "50 % plus une voix"): after its half, the one added; before its one, the half and the sign.
_PLUS_ONE_AFTER = lazy_compile(r"\s{0,2}(?:%|percent|per\s{1,3}cent)?\s{0,2}(?:\+\s{0,2}1(?![\d.,])|(?:plus|más|mais|più)"
                               r"\s{1,3}(?:one|une?|uno|una|um|uma)\s{1,3}(?:vote|voix|voto|Stimme))", re.I)
_PLUS_ONE_BEFORE = lazy_compile(r"\b50\s{0,2}(?:%|percent|per\s{1,3}cent)?\s{0,2}(?:\+|plus|más|mais|più)\s{0,2}$", re.I)


def plus_one(before: str, after: str) -> bool:
    """Whether a figure is a part of the majority's formula, half the votes plus one ("50 + 1 %"): a rule's bar."""
    return bool(_PLUS_ONE_BEFORE.search(before[-20:]) or _PLUS_ONE_AFTER.match(after))
