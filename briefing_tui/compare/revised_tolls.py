"""A count set as a toll's new value by a verb before the toll's noun, past an aside between them: "Officials raised
the death toll from the fire at the warehouse in Lagos, Nigeria, to 31 people", "elevaron la cifra de víctimas
mortales por el incendio en la fábrica de Valdemoro, en Madrid, a 31 personas", "ont porté le bilan de l'incendie de
l'usine de Lyon, dans le Rhône, à 31 personnes". The aside's commas cut the count's clause off from the toll's noun;
the verb that set the toll and the preposition of its new value right before the count tie them again, so the count
takes the measure named in the sentence before it (the dead), not a generic noun's (people).

Also the verbs of reaching or change right before a count ("has reached", "rose to"), moved here from
compare/measures.py.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Verbs after which a number is the value a measure named earlier in the sentence has come to ("the death
# toll ..., 31 Agustus, telah mencapai 1.124 orang", "the toll, revised twice, has reached 97 people").
REACH_WORDS = frozenset("""reached reach reaches reaching stood stands stand totalled totaled totals revised put fixed
    pegged placed mencapai menjadi
    alcanzó alcanza asciende atteint erreichte erreicht chegou""".split())
REACH_SPAN = 3  # the last words before a count where such a verb is looked for ("reached more than")

# A verb that sets or revises a toll, then at most three words (an article, a day: "el domingo", "on Sunday"), then
# the toll's noun: "raised the death toll", "elevaron el domingo la cifra", "ont porté le bilan", "atualizaram o
# número", "hanno aggiornato il bilancio", "erhöhten die Zahl". One language per line.
_SETS_TOLL = lazy_compile(
    r"\b(?:raised|revised|updated|put|brought|pushed|lifted|raising|revising|updating|putting|bringing"
    r"|porté|portent|portait|relevé|révisé|actualisé|revu"
    r"|elevaron|elevó|elevan|actualizaron|actualizó|actualizan|subieron|subió|situaron|situó|revisaron|revisó"
    r"|atualizaram|atualizou|elevaram|elevou|revisaram|revisou"
    r"|aggiornato|aggiornano|aggiornava|portato|rivisto|alzato"
    r"|erhöhten|erhöhte|erhöhen|korrigierten|korrigierte|bezifferten|bezifferte)"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}(?:death\s{1,3})?"
    r"(?:toll|tally|number|count|figure|bilan|nombre|chiffre|cifra|número|balance|recuento|saldo|balanço"
    r"|bilancio|numero|Zahl|Bilanz|Opferzahl|Todeszahl)\b",
    re.I)
# The preposition of the toll's new value right before the count: "to", "at", "à", "a", "para", "auf".
_VALUE_BEFORE = lazy_compile(r"(?:^|\W)(?:to|at|à|a|para|auf)\s{1,3}$", re.I)
SET_TOLL_REACH = 200  # characters before a count read for the verb and the toll's noun (an aside may stand between)


def set_toll(before: str) -> bool:
    """Whether a count is the new value a verb set a toll to ("raised the death toll from the fire at the warehouse
    in Lagos, Nigeria, to" 31 people): the preposition of the value right before it, the verb and the toll's noun
    earlier in its sentence (``before`` is the sentence's text before the count)."""
    return bool(_VALUE_BEFORE.search(before) and _SETS_TOLL.search(before[-SET_TOLL_REACH:]))
