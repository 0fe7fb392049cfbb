"""Money a theft took, named by the theft itself rather than by a court: "the theft of roughly $1.5 billion", "un
piratage record de 1,4 milliard de dollars", "a $615 million exploit", "los hackers que se llevaron $1,4 mil
millones", "bei dem 630 Millionen US-Dollar entwendet wurden", "$80 million was stolen".

A hack, a heist or a robbery takes money from its victims as an embezzlement does: the amount is the money taken
(compare/court_measures.py ``TAKEN``), one measure whichever word names the theft, so that "$1.4 billion" stolen in
one article and "$1.5 billion" in another are one claim that disagrees. Only the theft's own size is read: the noun
and its link stand right before the amount (a "record" or "massive" between), or the noun right after it, or a verb
of taking next to it; a bounty, a loan or a fund named near a theft keeps its own measure.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The nouns of a theft, in the languages news uses: English, French, Spanish, German, Italian, Portuguese.
_THEFT_NOUN = (
    r"(?:theft|thefts|heist|heists|hack|robbery"
    r"|piratage|cambriolage|braquage"
    r"|robo|hurto|hackeo|atraco"
    r"|Diebstahl|Diebstahls|Raub|Raubzug|Hackerangriff|Hackerangriffs"
    r"|furto|rapina|colpo"
    r"|roubo|assalto)")
# A link that gives the theft's size right before the amount: "of", "de", "di", "von", "in Höhe von", "worth",
# "totalling", "valued at", "amounting to".
_SIZE_LINK = (r"(?:of|de|di|von|in\s{1,3}h[öo]he\s{1,3}von|worth|totall?ing|valued\s{1,3}at|amounting\s{1,3}to"
              r"|d['’]une\s{1,3}valeur\s{1,3}de|por\s{1,3}valor\s{1,3}de|im\s{1,3}wert\s{1,3}von)")
# A word of approximation between the link and the amount, when the figure's text leaves it out.
_ROUGHLY = r"(?:(?:about|around|roughly|some|nearly|almost|over|approximately|environ|près\s{1,3}de|unos|cerca\s{1,3}de|rund|etwa|circa)\s{1,3})?"
# The noun, at most one word that sizes or qualifies it ("un piratage record de", "a massive theft of"), the link,
# right before the amount (bounded: one word between, no figure).
_THEFT_OF = lazy_compile(
    rf"\b{_THEFT_NOUN}\s{{1,3}}(?:[^\W\d_][\w-]{{1,20}}\s{{1,3}})?{_SIZE_LINK}\s{{1,3}}{_ROUGHLY}$", re.I)
# The noun right after the amount, at most two lower-case words between: "a $1.5 billion cryptocurrency theft", "a
# $615 million exploit", "the $1.5 billion hack".
_THEFT_AFTER = lazy_compile(
    r"\A\)?\s{0,3}(?:[a-z-]{1,20}\s{1,3}){0,2}?(?:theft|thefts|heist|hack|exploit|robbery)\b")
# A verb of taking away right before the amount that court_measures.py's verbs of stealing lack: "made off with",
# "se llevaron", "ont dérobé", "hanno rubato", "roubaram", "robaron" (at most two words between: "made off with
# nearly").
_TAKING_BEFORE = lazy_compile(
    r"\b(?:made\s{1,3}off\s{1,3}with|making\s{1,3}off\s{1,3}with|se\s{1,3}llev(?:aron|ó|an|a)|robaron|roba(?:n|ron)"
    r"|dérob(?:é|és|ée|ées|er|ent)|rubarono|rubati|roubaram|roubou|roubam|sustrajeron|entwendeten|erbeuteten)"
    r"(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}$", re.I)
# A German participle of taking right after the amount (a passive or a perfect: "wurden 1,5 Milliarden Dollar
# gestohlen", "bei dem 630 Millionen US-Dollar entwendet wurden", "600 Millionen Dollar erbeuteten").
_TAKEN_AFTER_DE = lazy_compile(r"\A\s{1,3}(?:entwendet|erbeutet|erbeuteten|erbeutete|gestohlen|geraubt)\b")
# A passive of stealing right after the amount (at most a short phrase between): "$80 million was stolen", "were
# siphoned off", "fueron robados", "ont été volés", "avaient été dérobés", "foram roubados", "sono stati rubati".
_STOLEN_PASSIVE_AFTER = lazy_compile(
    r"\A(?:\s{1,3}(?:in|of|en|de|di|em)\s{1,3}[^\W\d_][\w-]{0,20})?\s{1,3}"
    r"(?:was|were|had\s{1,3}been|have\s{1,3}been|has\s{1,3}been|fueron|han\s{1,3}sido|ont\s{1,3}été|avaient\s{1,3}été"
    r"|a\s{1,3}été|foram|sono\s{1,3}stati|è\s{1,3}stato)\s{1,3}"
    r"(?:stolen|siphoned|embezzled|looted|robad[oa]s?|sustra[íi]d[oa]s?|vol[ée]e?s?|dérob[ée]e?s?|roubad[oa]s?"
    r"|rubat[oi])\b", re.I)
THEFT_REACH = 60  # characters before an amount searched for the theft's noun or verb


def theft_amount(before: str, after: str) -> re.Match | None:
    """The words that make the amount between ``before`` and ``after`` the money a theft took ("the theft of
    roughly", "a $615 million exploit", "se llevaron", "630 Millionen US-Dollar entwendet"), else None."""
    near = before[-THEFT_REACH:]
    return (_THEFT_OF.search(near) or _TAKING_BEFORE.search(near) or _THEFT_AFTER.match(after)
            or _TAKEN_AFTER_DE.match(after) or _STOLEN_PASSIVE_AFTER.match(after))
