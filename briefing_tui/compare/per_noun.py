"""An amount for each of something, named by a bare noun after it ("$12,800 per bet"): a per-unit amount, never
the total its measure words name elsewhere in the sentence."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# An amount for each of a bare noun after it, a converted amount in brackets between: "$12,800 per bet", "12.800
# dollars (12.300 euros) par pari", "por apuesta", "pro Wette", "per scommessa" (an article or a time after the word
# makes it another phrase: "par le tribunal", "por ejemplo", "per day" is a rate of its own).
PER_NOUN_AFTER = lazy_compile(
    r"\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?(?:per|par|pro|je|por)\s{1,3}(?!(?:the|an?|les?|la|l|une?|des|du|el|los|las|una"
    r"|der|die|das|den|dem|eine[nm]?|il|lo|gli|i|os?|as|uma?|day|week|month|year|hour|annum|capita|cent|jour|an|mois"
    r"|semaine|heure|d[ií]a|año|mes|semana|hora|Tag|Jahr|Monat|Woche|Stunde|giorno|anno|mese|settimana|ora|ano|m[êe]s"
    r"|cento|ciento|rapport|ejemplo|exemple|exemplo|esempio|example|instance|ci"
    # (and the Iberian locutions "por meio de", "por medio de", "por parte de", "por causa de", "por conta de", "por
    # volta de": by means of, on the part of, because of, around)
    r"|meio|medio|parte|causa|conta|volta)\b)[^\W\d_]{3,20}\b", re.I)
