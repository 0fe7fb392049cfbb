"""What a period of a sentence measures, from the noun it modifies or the verb it follows: "a five-year ban", "five
years of ineligibility", "barred from office for five years", "prohibited from running for the next five years",
"disenfranchisement for five years" are all the length of one ban; "four years in prison, two of which were
suspended" and "with two years suspended" give the suspended part of a prison term, not a second term.

The measures are kinds of a sentence (``"ban sentence"``, ``"suspended sentence"``; :mod:`.prison_terms` gives
``"prison sentence"``): their last word is the measure a claim aligns by, the first the kind that keeps them apart.
"""

from __future__ import annotations

import re

from briefing_tui.compare.prison_terms import BAN_LENGTH_MEASURE
from briefing_tui.lazy_pattern import lazy_compile

SUSPENDED_MEASURE = "suspended sentence"  # the part of a prison term suspended (or served on probation)

# Nouns of a ban from office or from elections, English, French, German, Spanish, Portuguese, Italian.
_BAN_NOUN = (r"(?:ban|bans|disqualification|ineligibility|disenfranchisement|inéligibilité|inegibilità|ineleggibilità"
             r"|Wählbarkeitssperre|Amtssperre|Sperre|inhabilitación|inelegibilidade|exclusion|bar)")
# A ban's noun right after the period it lasts: "a five-year ban", "a 5-year ban from office", "five years of
# ineligibility", "cinq ans d'inéligibilité", "fünf Jahre Wählbarkeitssperre", "cinco años de inhabilitación".
_BAN_AFTER = lazy_compile(
    r"\A[\s-]{0,3}(?:long\s{1,3})?(?:(?:of|d['’]|de)\s{0,3})?(?:(?:political|public|electoral)\s{1,3})?" + _BAN_NOUN + r"\b",
    re.I)
# A ban's verb or noun before the period: "barred from holding office for", "prohibited from participating in any
# elections for the next", "disenfranchisement for", "ineligibility to run for office for", "interdit de se présenter
# pendant"; a clause of at most 80 characters between the verb and the period.
_BAN_BEFORE = lazy_compile(
    r"\b(?:barred|banned|prohibited|disqualified|excluded|disenfranchised|ineligible|stripped\s{1,3}of\s{1,3}(?:her|his|their)"
    r"\s{1,3}(?:political|civic)\s{1,3}rights|interdite?s?|inéligibles?|gesperrt|inhabilitad[oa]s?|inelegíve(?:l|is)"
    r"|" + _BAN_NOUN + r")"
    r"(?P<clause>\s{1,3}(?:from|to|de|von|on)\b[^.;:!?\d]{0,80}?)?"
    r"(?:\s{1,3}(?:for|pendant|durante|für|por))?\s{0,3}$",
    re.I)
# The word that joins a ban to its length, before the period or as its first word ("for the next five years").
_FOR_BEFORE = lazy_compile(r"\b(?:for|pendant|durante|für|por)\s{0,3}$", re.I)
_FOR_FIRST = lazy_compile(r"(?:for|pendant|durante|für|por)\b", re.I)
# Words of another sentence between a ban's verb and the period ("barred from office and sentenced to four years").
_OTHER_SENTENCE = lazy_compile(r"\b(?:sentenced|prison|jail|custody|condamn|verurteilt|condenad|and|et|und|y)\b", re.I)
# A part of a term suspended, written after it: "two of which were suspended", "of which two years are suspended",
# "with two years suspended", "two years suspended", "including two suspended", "dont deux avec sursis", "davon zwei
# auf Bewährung".
_SUSPENDED_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:of\s{1,3}(?:which|them)|of\s{1,3}the\s{1,3}\w{1,10})\s{1,3})?(?:(?:are|were|is|was|will\s{1,3}be|be)\s{1,3})?"
    r"(?:suspended|on\s{1,3}probation|avec\s{1,3}sursis|auf\s{1,3}Bewährung|en\s{1,3}suspenso|con\s{1,3}la\s{1,3}condicional)\b",
    re.I)
_SUSPENDED_BEFORE = lazy_compile(r"\b(?:including|with|of\s{1,3}which|dont|davon|incluidos?|de\s{1,3}los\s{1,3}cuales)\s{1,3}$",
                               re.I)
# Probation as the period's noun: "two years of probation", "deux ans de sursis", "zwei Jahre Bewährung".
_PROBATION_AFTER = lazy_compile(r"\A\s{0,3}(?:of|de|d['’])?\s{0,3}(?:probation|sursis|Bewährung|libertad\s{1,3}condicional)\b",
                              re.I)
BAN_REACH = 120  # characters before a period searched for a ban's verb or noun


def period_measure(before: str, after: str, written: str = "") -> str | None:
    """The measure of a period ``written`` between ``before`` and ``after`` (see the module), else None."""
    if _SUSPENDED_AFTER.match(after) or _PROBATION_AFTER.match(after):
        return SUSPENDED_MEASURE
    if _BAN_AFTER.match(after):
        return BAN_LENGTH_MEASURE
    ban = _BAN_BEFORE.search(before[-BAN_REACH:])
    if ban and (_FOR_BEFORE.search(before) or _FOR_FIRST.match(written)) \
            and not _OTHER_SENTENCE.search(ban.group("clause") or ""):
        return BAN_LENGTH_MEASURE
    return None


def ban_named_after(after: str) -> bool:
    """Whether the noun right after a period is a ban's ("a five-year ban", "trois ans d'inéligibilité"): the period is
    that ban's length, whatever sentencing verb stands before it."""
    return bool(_BAN_AFTER.match(after))


def suspended_part(before: str, after: str) -> bool:
    """Whether a bare count is the suspended part of the term before it: "four years in prison, two of which were
    suspended", "of which two are suspended"."""
    return bool(_SUSPENDED_AFTER.match(after) and (after.lstrip()[:2].lower() == "of" or _SUSPENDED_BEFORE.search(before)
                                                  or re.match(r"\s{0,3}(?:are|were|is|was)\b", after)))
