"""A share of an electricity system's demand or supply: "60% of national demand", "60 % de la consommation nationale",
"el 60% del consumo", "48% da demanda de energia", "99 % de l'approvisionnement" are one measure whatever the language
("demand"); a share of it brought back ("61% of demand had been restored", "48% da demanda ... já foi recuperada",
"99 % de l'approvisionnement était revenu à la normale") is another ("demand restored"), which moves with the hour of
the report: the share lost is never weighed against the share restored.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

DEMAND = "demand"
DEMAND_RESTORED = "demand restored"
SUPPLY = "supply"  # a share of the supply, which a source gives ("59% of the electricity supply" from renewables)
# Right after a share: a word of "of" (its article allowed), up to two words ("national", "eléctrica", "de
# energia"), then a noun of demand or consumption (English, French, Spanish, Portuguese, Italian, German) ...
_OF = (r"\A\s{0,3}(?:of|de|da|do|del|della|dei|des|du|der)\s{1,3}(?:(?:the|la|el|a|o|l['’]|il)\s{0,3})?"
       r"(?:[\w’'-]{1,20}\s{1,3}){0,2}?")
_DEMAND_AFTER = lazy_compile(
    _OF + r"(?:demand|consumption|demande|consommation|demanda|consumo|domanda|consumi"
    r"|nachfrage|verbrauchs?|stromverbrauchs?|strombedarfs?|bedarfs?)\b", re.I)
# ... or of supply, which is the demand's only when brought back ("99 % de l'approvisionnement était revenu"): a share
# of the supply a source gives ("59% of Spain's electricity supply" from renewables) is a measure of its own, never
# a share of demand.
_SUPPLY_AFTER = lazy_compile(
    _OF + r"(?:supply|approvisionnement|suministro|abastecimento|abastecimiento|fornitura|versorgung)\b", re.I)
# A word of bringing back, in the share's clause: participles of "restore", "recover", "reconnect" (and French "revenu
# à la normale"), as English, French, Spanish, Portuguese, Italian and German write them.
_RESTORED = lazy_compile(
    r"\b(?:restored|recovered|reconnected"
    r"|rétablie?s?|réalimentée?s?|restaurée?s?|revenue?s?\s{1,3}à\s{1,3}la\s{1,3}normale"
    r"|restablecid[oa]s?|repuest[oa]s?|recuperad[oa]s?|restaurad[oa]s?"
    r"|restabelecid[oa]s?|repost[oa]s?|religad[oa]s?"
    r"|ripristinat[oaie]|riattivat[oaie]"
    r"|wiederhergestellt)\b", re.I)
_CLAUSE_END = lazy_compile(r"[.;:!?]\s")  # where the share's sentence part ends
RESTORED_REACH = 80  # characters read on each side of the share for a word of bringing back


def demand_measure(before: str, after: str) -> str | None:
    """The measure of a share written between ``before`` and ``after``: ``DEMAND_RESTORED`` when a share of demand
    or supply is said brought back in its clause, ``DEMAND`` for a share of demand otherwise, ``SUPPLY`` for a share of
    supply otherwise, else None."""
    demand, supply = _DEMAND_AFTER.match(after), _SUPPLY_AFTER.match(after)
    if not (demand or supply):
        return None
    ahead = after[:RESTORED_REACH]
    end = _CLAUSE_END.search(ahead)
    ahead = ahead[:end.start()] if end else ahead
    behind = _CLAUSE_END.split(before[-RESTORED_REACH:])[-1]
    if _RESTORED.search(ahead) or _RESTORED.search(behind):
        return DEMAND_RESTORED
    return DEMAND if demand else SUPPLY
