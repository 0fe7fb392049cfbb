"""An amount a firm cuts from its costs is what it saves, read in the languages news uses.

"a plan to save $10 billion in costs", "a $10 billion cost reduction plan", "cut costs by $2 billion", "réduire ses
coûts de 10 milliards", "reducir sus costes en 2.000 millones", "ridurre i costi di 2 miliardi", "reduzir custos em
2 bilhões", "die Kosten um 2 Milliarden Euro senken": the cost noun near the amount made it a cost (a price to pay),
while "zehn Milliarden Dollar einsparen", "risparmiare 10 miliardi" and "savings of $10 billion" are savings: one
plan's sum split in two claims by the way it was told. :func:`cost_cut` turns such a cost into savings.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

COST = "cost"
SAVINGS = "savings"  # (compare/measure_names.py)
CUT_REACH = 60  # characters before an amount searched for the cut of the costs it gives

# A verb of cutting, a determiner or possessive at most, a cost noun and the link to the amount, right before it:
# "cut costs by", "reduce its costs by", "réduire ses coûts de", "reducir sus costes en", "ridurre i costi di",
# "reduzir custos em"; one language per line.
_CUT_COSTS_BEFORE = lazy_compile(
    r"\b(?:cut|cuts|cutting|slash|slashes|slashing|trim|trims|trimming|reduce|reduces|reducing|lower|lowering"
    r"|réduire|réduit|réduira|baisser|diminuer"
    r"|reducir|reducirá|recortar|recortará|rebajar"
    r"|ridurre|ridurrà|tagliare|taglierà"
    r"|reduzir|reduzirá|cortar|cortará)"
    r"\s{1,3}(?:(?:its|their|the|ses|leurs|les|sus|su|los|las|i|suoi|propri|os|seus|as)\s{1,3})?"
    r"(?:(?:annual|operating|yearly)\s{1,3})?"
    r"(?:costs?|coûts|costes|costos|costi|custos)"
    r"\s{1,3}(?:by|de|d['’]|en|di|em)\s{0,3}$", re.I)
# A noun of cutting costs and its link right before the amount: "cost cuts of", "réduction des coûts de",
# "reducción de costes de", "riduzione dei costi di", "corte de custos de", "Kostensenkungen von".
_COST_CUT_NOUN_BEFORE = lazy_compile(
    r"\b(?:cost\s{1,3}(?:cuts|reductions?|savings)"
    r"|réductions?\s{1,3}(?:des|de\s{1,3}ses)\s{1,3}coûts"
    r"|(?:reducci[oó]n|recortes?)\s{1,3}de\s{1,3}(?:costes|costos)"
    r"|(?:riduzione|tagli?o?)\s{1,3}dei\s{1,3}costi"
    r"|(?:redu[çc][ãa]o|cortes?)\s{1,3}de\s{1,3}custos"
    r"|Kostensenkungen?)"
    r"\s{1,3}(?:of|de|d['’]|en|di|von|em)\s{0,3}$", re.I)
# A verb of saving or cutting right before the amount ("save", "cut an additional"), for an amount whose cost noun
# follows it: "save $10 billion in costs", "cut $2 billion of costs".
_SAVE_BEFORE = lazy_compile(
    r"\b(?:save|saves|saving|cut|cuts|cutting|slash|slashing|trim|trimming|reduce|reducing)"
    r"\s{1,3}(?:(?:an?\s{1,3})?(?:additional|extra|further|another)\s{1,3})?$", re.I)
_COSTS_AFTER = lazy_compile(r"\A\s{0,3}(?:in|of)\s{1,3}(?:(?:annual|operating)\s{1,3})?costs?\b", re.I)
# A noun of cutting costs right after the amount: "a $10 billion cost reduction plan", "$2 billion in cost cuts".
_COST_CUT_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:in|of)\s{1,3})?cost[\s-]{1,3}(?:reduction|reductions|cuts|cutting|savings)\b", re.I)
# German puts the verb after: "die Kosten um 2 Milliarden Euro senken" (at most two words between).
_KOSTEN_UM_BEFORE = lazy_compile(r"\bKosten\s{1,3}um\s{0,3}$")
_CUT_VERB_AFTER_DE = lazy_compile(
    r"\A\s{0,3}(?:[^\W\d_]{1,20}\s{1,3}){0,2}?(?:senken|senkt|senkte|kürzen|kürzt|reduzieren|reduziert|drücken"
    r"|verringern|verringert)\b")


def cut_costs(before: str, after: str) -> bool:
    """Whether an amount is a cut of costs by the words around it."""
    near = before[-CUT_REACH:]
    return bool(_CUT_COSTS_BEFORE.search(near) or _COST_CUT_NOUN_BEFORE.search(near) or _COST_CUT_AFTER.match(after)
                or (_SAVE_BEFORE.search(near) and _COSTS_AFTER.match(after))
                or (_KOSTEN_UM_BEFORE.search(near) and _CUT_VERB_AFTER_DE.match(after)))


def cost_cut(measure: str | None, before: str, after: str) -> str | None:
    """``measure``, but a cost that the words around the amount cut is savings ("save $10 billion in costs")."""
    return SAVINGS if measure == COST and cut_costs(before, after) else measure
