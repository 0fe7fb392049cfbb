"""Money evaded or left unpaid: "failed to pay €14.5 million in tax", "no pagar al fisco 14,5 millones", "non aver
pagato 14,5 milioni di tasse", "haber defraudado 14,5 millones", "une fraude fiscale présumée de 14,5 millions",
"Steuerhinterziehung von insgesamt 14,5 Millionen", "den Staat um mehr als 14 Millionen Euro betrogen".

A sum someone did not pay to whom it was owed (a treasury, a creditor, workers) is the money a fraud took from its
victim (compare/court_measures.py ``TAKEN``), whichever words name it: never a payment or a compensation, which the
verb of paying alone would make it (a negated "pay" pays nothing), so that the sum evaded and a sum later paid back
are two measures, and the evaded sum of one outlet meets the "fraud of" another gives.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

UNPAID_WORDS = 4  # words between a negated payment and the amount ("no pagar al fisco español")
# A payment negated, or a verb of evading or defrauding, then up to UNPAID_WORDS words, right before the amount.
_UNPAID_BEFORE = lazy_compile(
    r"\b(?:failed\s{1,3}to\s{1,3}pay|failing\s{1,3}to\s{1,3}pay|not\s{1,3}(?:having\s{1,3})?pa(?:y|id|ying)"
    r"|did\s{1,3}not\s{1,3}pay|didn[’']t\s{1,3}pay|evaded|evading|dodged|dodging"
    r"|no\s{1,3}(?:haber\s{1,3})?pag(?:ar|ado|ó)|sin\s{1,3}pagar|defraudad[oa]s?|defraud[óo]|defraudar|eludid[oa]s?"
    r"|eludi[óo]|evadid[oa]s?|evadi[óo]"
    r"|ne\s{1,3}pas\s{1,3}(?:avoir\s{1,3})?pay[ée]r?|sans\s{1,3}payer|éludé|éludés|fraudé"
    r"|non\s{1,3}(?:aver\s{1,3})?pagat[oaie]|senza\s{1,3}pagare|evas[oaie]|evadendo"
    r"|n[ãa]o\s{1,3}(?:ter\s{1,3})?pag(?:ar|ou|o)|sonegad[oa]s?|sonegou|sonegar"
    r"|nicht\s{1,3}(?:ge|be)?zahlt|hinterzogen|hinterzog|hinterziehen)"
    r"(?:\s{1,3}[^\W\d_][\w’'-]{0,20}){0,%d}?\s{1,3}$" % UNPAID_WORDS, re.I)
EVASION_WORDS = 2  # words between the evasion's noun and its link ("fraude fiscale présumée de", "von insgesamt")
# The noun of a tax fraud or an evasion, up to EVASION_WORDS words that qualify it, and the link that gives its size,
# right before the amount.
_EVASION_OF = lazy_compile(
    r"\b(?:tax\s{1,3}(?:evasion|fraud|dodging)|evasion|Steuerhinterziehung|Steuerbetrug|Hinterziehung"
    r"|fraude|fraudes|évasion|evasi[óo]n|evasione|frode|evas[ãa]o|sonega[çc][ãa]o|defraudaci[óo]n)"
    r"(?:\s{1,3}[^\W\d_][\w’'-]{0,20}){0,%d}?\s{1,3}(?:of|de|di|von|in\s{1,3}h[öo]he\s{1,3}von|por|per)\s{1,3}"
    # (a word of size or total after the link: "von insgesamt", "of some", "de près de", "di oltre")
    r"(?:(?:about|over|more\s{1,3}than|nearly|some|total|insgesamt|près\s{1,3}de|plus\s{1,3}de|más\s{1,3}de|oltre"
    r"|circa|rund|etwa|casi|unos|cerca\s{1,3}de|quase|cerca\s{1,3}di|quasi)\s{1,3})?$"
    % EVASION_WORDS, re.I)
# A German participle of evading or defrauding right after the amount: "14,5 Millionen Euro hinterzogen", "den Staat
# um mehr als 14 Millionen Euro betrogen", "14 Millionen Euro an Steuern hinterzogen".
_UNPAID_AFTER_DE = lazy_compile(
    r"\A(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}(?:hinterzogen|betrogen|geprellt|vorenthalten)\b", re.I)
UNPAID_REACH = 80  # characters before an amount searched for the negated payment or the evasion


def unpaid_sum(before: str, after: str) -> re.Match | None:
    """The words that make the amount between ``before`` and ``after`` money evaded or left unpaid (see the
    module), else None."""
    near = before[-UNPAID_REACH:]
    return _UNPAID_BEFORE.search(near) or _EVASION_OF.search(near) or _UNPAID_AFTER_DE.match(after[:60])
