"""What a period of a sentence measures, from the noun it modifies or the verb it follows: "a five-year ban", "five
years of ineligibility", "barred from office for five years", "prohibited from running for the next five years",
"disenfranchisement for five years" are all the length of one ban; "four years in prison, two of which were
suspended" and "with two years suspended" give the suspended part of a prison term, not a second term.

The measures are kinds of a sentence (``"ban sentence"``, ``"suspended sentence"``; :mod:`.prison_terms` gives
``"prison sentence"``): their last word is the measure a claim aligns by, the first the kind that keeps them apart.
"""

from __future__ import annotations

import re

from briefing_tui.compare.ban_kinds import CONTACT_NOUN, ban_kind
from briefing_tui.lazy_pattern import lazy_compile

SUSPENDED_MEASURE = "suspended sentence"  # the part of a prison term suspended (or served on probation)
# Nouns of a ban from office, from elections, or from any activity (the other bans), in the same languages.
_BAN_NOUN = (r"(?:ban|bans|disqualification|ineligibility|disenfranchisement|inéligibilité|inegibilità|ineleggibilità"
             r"|Wählbarkeitssperre|Amtssperre|Sperre|inhabilitación|inelegibilidade|exclusion|bar|suspension|suspensión"
             r"|suspensão|sospensione|squalifica|interdiction|interdizione|prohibición|proibição|[A-Za-zäöü]{0,30}verbot)")
# A ban's noun right after the period it lasts: "a five-year ban", "a 5-year ban from office", "five years of
# ineligibility", "cinq ans d'inéligibilité", "fünf Jahre Wählbarkeitssperre", "cinco años de inhabilitación".
_BAN_AFTER = lazy_compile(
    r"\A[\s-]{0,3}(?:long\s{1,3})?(?:(?:of|d['’]|de|di)\s{0,3})?(?:(?:political|public|electoral)\s{1,3})?"
    r"(?:" + CONTACT_NOUN + "|" + _BAN_NOUN + r")\b", re.I)
# A ban's verb or noun before the period: "barred from holding office for", "prohibited from participating in any
# elections for the next", "disenfranchisement for", "ineligibility to run for office for", "interdit de se présenter
# pendant", "interdizione dai pubblici uffici per"; a clause of at most 80 characters between the verb and the period.
_BAN_BEFORE = lazy_compile(
    r"\b(?:barred|banned|prohibited|disqualified|excluded|disenfranchised|ineligible|stay\s{1,3}away|keep\s{1,3}away"
    r"|prohibi[óo]|prohibid[oa]s?|proibid[oa]s?|proibiu|vietat[oa]|untersagt|verboten"
    r"|(?<!sentence\s)(?<!term\s)(?:was|were|been|be|is|are|being)\s{1,3}suspended"  # ("was suspended for two years")
    r"|stripped\s{1,3}of\s{1,3}(?:her|his|their)"
    r"\s{1,3}(?:political|civic)\s{1,3}rights|interdite?s?|inéligibles?|gesperrt|inhabilitad[oa]s?|inelegíve(?:l|is)"
    r"|" + CONTACT_NOUN + "|" + _BAN_NOUN + r")"
    r"(?P<clause>\s{1,3}(?:from|to|de|von|on|des|du|d['’]|dai|dagli|dalla|dal|da|di|para|a|à|mit"
    r"|[^\W\d_]{2,30}(?:rse|arsi|ersi|irsi))\b[^.;:!?\d]{0,80}?)?"  # (or a reflexive infinitive: "prohibió acercarse a")
    r"(?:\s{1,3}(?:for|pendant|durante|für|por|per))?\s{0,3}$",
    re.I)
# A ban's noun joined to its length by "of" ("a restraining order of two years", "una orden de alejamiento de un
# año", "une interdiction de gérer de quinze ans", "ein Kontaktverbot von einem Jahr"), a clause between.
_BAN_OF = lazy_compile(
    r"\b(?:" + CONTACT_NOUN + "|" + _BAN_NOUN + r")(?:\s{1,3}[^\s.;:!?\d]{1,30}){0,4}?\s{1,3}(?:of|de|d['’]|von|di|da)\s{0,3}$",
    re.I)
# The word that joins a ban to its length, before the period or as its first word ("for the next five years").
_FOR_BEFORE = lazy_compile(r"\b(?:for|pendant|durante|für|por|per)\s{0,3}$", re.I)
_FOR_FIRST = lazy_compile(r"(?:for|pendant|durante|für|por|per)\b", re.I)
# Words of another sentence between a ban's verb and the period ("barred from office and sentenced to four years").
_OTHER_SENTENCE = lazy_compile(r"\b(?:sentenced|prison|jail|custody|condamn|verurteilt|condenad|and|et|und|y)\b", re.I)
# A part of a term suspended, written after it: "two of which were suspended", "of which two years are suspended",
# "with two years suspended", "two years suspended", "including two suspended", "dont deux avec sursis", "davon zwei
# auf Bewährung".
_SUSPENDED_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:of\s{1,3}(?:which|them)|of\s{1,3}the\s{1,3}\w{1,10})\s{1,3})?(?:(?:are|were|is|was|will\s{1,3}be|be)\s{1,3})?"
    r"(?:suspended|on\s{1,3}probation|avec\s{1,3}sursis|auf\s{1,3}Bewährung|en\s{1,3}suspenso|con\s{1,3}la\s{1,3}condicional"
    r"|con\s{1,3}la\s{1,3}condizionale|sospes[aeio]|com\s{1,3}pena\s{1,3}suspensa|suspens[oa]s?)\b",
    re.I)
# A whole term suspended, its prison noun between the period and the words of suspension, as other languages write
# it: "trois ans de prison avec sursis", "drei Jahre Haft auf Bewährung", "tre anni di carcere con la condizionale",
# "tres años de prisión con suspensión de la pena", "três anos de prisão com pena suspensa": the same measure as
# English "a three-year suspended prison sentence" (one term, one measure name in every language).
_PRISON_SUSPENDED_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:de|d['’]|di|in)\s{0,3})?"
    r"(?:prison|Haft|Gefängnis|carcere|reclusione|prisión|cárcel|prisão)\s{1,3}"
    r"(?:avec\s{1,3}sursis|auf\s{1,3}Bewährung|con\s{1,3}(?:la\s{1,3})?condizionale|con\s{1,3}pena\s{1,3}sospesa"
    r"|con\s{1,3}(?:la\s{1,3})?suspensión|en\s{1,3}suspenso|com\s{1,3}pena\s{1,3}suspensa|suspensa)\b", re.I)
# A term the convict will not serve, said by a relative clause after its prison noun: "tres años de cárcel que no
# cumplirá", "three years in prison, which she will not have to serve", "trois ans de prison qu'elle n'effectuera
# pas", "tre anni di carcere che non sconterà": a suspended term (one alternative per language after the noun).
_UNSERVED_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:de|d['’]|di|in)\s{0,3})?(?:prison|jail|cárcel|prisión|carcere|reclusione|Haft|prisão),?\s{1,3}(?:"
    r"que\s{1,3}no\s{1,3}(?:cumplirá|cumplirán|tendrá\s{1,3}que\s{1,3}cumplir|deberá\s{1,3}cumplir)"
    r"|(?:which|that)\s{1,3}(?:she|he|they)\s{1,3}(?:will\s{1,3}not|won['’]t)\s{1,3}(?:have\s{1,3}to\s{1,3})?serve"
    r"|qu['’]\s{0,3}(?:il|elle|ils|elles)\s{1,3}n['’]\s{0,3}(?:effectuera|purgera|aura\s{1,3}pas\s{1,3}à)"
    r"|che\s{1,3}non\s{1,3}(?:sconterà|dovrà\s{1,3}scontare)"
    r"|que\s{1,3}não\s{1,3}(?:cumprirá|terá\s{1,3}de\s{1,3}cumprir))\b", re.I)
_SUSPENDED_BEFORE = lazy_compile(r"\b(?:including|with|of\s{1,3}which|dont|davon|incluidos?|de\s{1,3}los\s{1,3}cuales|di\s{1,3}cui"
                                 r"|dos\s{1,3}quais)\s{1,3}$",
                               re.I)
# Probation as the period's noun: "two years of probation", "deux ans de sursis", "zwei Jahre Bewährung".
_PROBATION_AFTER = lazy_compile(r"\A\s{0,3}(?:of|de|d['’])?\s{0,3}(?:probation|sursis|Bewährung|libertad\s{1,3}condicional)\b",
                              re.I)
# A suspended sentence's noun and "of" right before the period: "a suspended sentence of six months", "eine
# Bewährungsstrafe von zwei Jahren", "une peine avec sursis de", "una pena suspendida de".
_SUSPENDED_NOUN_OF = lazy_compile(
    r"\b(?:suspended\s{1,3}(?:prison\s{1,3}|jail\s{1,3})?(?:sentence|term)\s{1,3}of|Bewährungsstrafe\s{1,3}von"
    r"|peine\s{1,3}(?:de\s{1,3}prison\s{1,3})?avec\s{1,3}sursis\s{1,3}de"
    r"|(?:pena|condena)\s{1,3}(?:suspendida|sospesa|suspensa|en\s{1,3}suspenso)\s{1,3}d[eia])"  # ("condena en suspenso de")
    r"\s{1,3}$", re.I)
# Probation before "for" and its length: "placed on probation for three years", "mis à l'épreuve pendant".
_PROBATION_BEFORE = lazy_compile(r"\b(?:on\s{1,3}probation|mise?\s{1,3}à\s{1,3}l['’]épreuve|libertad\s{1,3}condicional)"
                                 r"(?:\s{1,3}(?:for|pendant|durante))?\s{0,3}$", re.I)
PROBATION_MEASURE = "probation period"  # how long a convict stays under supervision (a condition, not a term)
# The probation period's noun right after its length: "three years of probation period", "3 anni di libertà vigilata",
# "drei Jahre Bewährungszeit", "dos años de libertad vigilada", "trois ans de mise à l'épreuve": the time under
# supervision attached to a suspended term, never the term itself ("18 mois avec sursis" beside it is another
# measure).
_PROBATION_PERIOD = (r"(?:probation(?:ary)?\s{1,3}period|period\s{1,3}of\s{1,3}probation|libertà\s{1,3}vigilata"
                     r"|libertad\s{1,3}vigilada|liberdade\s{1,3}vigiada|mise\s{1,3}à\s{1,3}l['’]épreuve"
                     r"|délai\s{1,3}d['’]épreuve|période\s{1,3}de\s{1,3}probation|Bewährungs(?:zeit|frist)"
                     r"|periodo\s{1,3}di\s{1,3}prova|período\s{1,3}de\s{1,3}(?:prueba|prova))")
_PROBATION_PERIOD_AFTER = lazy_compile(r"\A[\s-]{0,3}(?:(?:of|de|d['’]|di|der)\s{0,3})?(?:(?:a|la|une?)\s{1,3})?"
                                       + _PROBATION_PERIOD + r"\b", re.I)
# The probation period's noun and "of" right before its length: "a probation period of three years", "un délai
# d'épreuve de trois ans", "eine Bewährungszeit von drei Jahren", "un periodo di libertà vigilata di tre anni".
_PROBATION_PERIOD_OF = lazy_compile(r"(?:periodo\s{1,3}di\s{1,3})?" + _PROBATION_PERIOD
                                    + r"\s{1,3}(?:of|de|d['’]|di|von|pendant|for|für|per|durante)\s{0,3}$", re.I)
DETENTION_MEASURE = "detention period"  # how long someone is held before a trial (custody, pre-trial detention)
# Detention before its length ("held in pre-trial detention for", "placé en détention provisoire pendant", "en prisión
# preventiva durante", "in Untersuchungshaft für", "in custodia cautelare per", "detained for") or named after it by
# "of" ("two years of pre-trial detention", "48 heures de garde à vue", "zwei Jahre Untersuchungshaft").
_DETENTION = (r"(?:pre-?trial\s{1,3}detention|detention|custody|remand|détention(?:\s{1,3}provisoire)?|garde\s{1,3}à\s{1,3}vue"
              r"|prisión\s{1,3}preventiva|detención|Untersuchungshaft|U-Haft|custodia\s{1,3}cautelare|prisão\s{1,3}preventiva)")
_DETENTION_BEFORE = lazy_compile(r"\b(?:" + _DETENTION + r"|detained|remanded)(?:\s{1,3}(?:for|pendant|durante|für|per|por))?\s{0,3}$",
                                 re.I)
_DETENTION_AFTER = lazy_compile(r"\A\s{1,3}(?:(?:of|de|d['’]|di|in|en|em|im)\s{1,3})?" + _DETENTION + r"\b", re.I)
HOUSE_ARREST_MEASURE = "house-arrest sentence"  # the part of a term served at home (under an electronic tag)
# House arrest or an electronic tag right after a period: "two years with an electronic bracelet", "two years under
# house arrest", "deux ans sous bracelet électronique", "dos años de arresto domiciliario", "zwei Jahre Hausarrest".
_HOUSE_ARREST_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:with|under|in|on|of|sous|avec|en|de|d['’]|bajo|con|unter|mit|em|com|ai|agli|di)"
    r"\s{1,3}(?:(?:an?|une?|una?|el|la|le|der|einer|einem|uma?)\s{1,3})?)?"
    r"(?:house\s{1,3}arrest|home\s{1,3}detention|electronic\s{1,3}(?:tag|tagging|bracelet|monitoring|ankle\s{1,3}(?:tag|monitor))"
    r"|ankle\s{1,3}(?:tag|monitor)|bracelet\s{1,3}électronique|surveillance\s{1,3}électronique|détention\s{1,3}à\s{1,3}domicile"
    r"|arresto\s{1,3}domiciliario|pulsera\s{1,3}(?:electrónica|telemática)|Hausarrest|(?:elektronische[nr]?\s{1,3})?Fußfessel"
    r"|prisão\s{1,3}domiciliar|tornozeleira\s{1,3}eletrônica|arresti\s{1,3}domiciliari|domiciliari"
    r"|braccialetto\s{1,3}elettronico)\b", re.I)
BAN_REACH = 120  # characters before a period searched for a ban's verb or noun


def period_measure(before: str, after: str, written: str = "") -> str | None:
    """The measure of a period ``written`` between ``before`` and ``after`` (see the module), else None."""
    if _PROBATION_PERIOD_AFTER.match(after) or _PROBATION_PERIOD_OF.search(before[-BAN_REACH:]):
        return PROBATION_MEASURE
    if _SUSPENDED_AFTER.match(after) or _PROBATION_AFTER.match(after) or _PRISON_SUSPENDED_AFTER.match(after) \
            or _UNSERVED_AFTER.match(after):
        return SUSPENDED_MEASURE
    if m := _BAN_AFTER.match(after):
        return ban_kind(m.group(0))
    if _HOUSE_ARREST_AFTER.match(after):
        return HOUSE_ARREST_MEASURE
    timed = bool(_FOR_BEFORE.search(before) or _FOR_FIRST.match(written))  # ("for", "pendant" before the length)
    if _SUSPENDED_NOUN_OF.search(before[-BAN_REACH:]) or (timed and _PROBATION_BEFORE.search(before)):
        return SUSPENDED_MEASURE
    if _DETENTION_AFTER.match(after) or (timed and _DETENTION_BEFORE.search(before)):
        return DETENTION_MEASURE
    near = before[-BAN_REACH:]
    if timed:
        at = 0
        while ban := _BAN_BEFORE.search(near, at):  # (each verb or noun of a ban, the nearest clause winning)
            if not _OTHER_SENTENCE.search(ban.group("clause") or ""):
                return ban_kind(ban.group(0))
            at = ban.start() + 1
    if ban := _BAN_OF.search(near):
        return ban_kind(ban.group(0))
    return None


def ban_named_after(after: str) -> bool:
    """Whether the noun right after a period is a ban's ("a five-year ban", "trois ans d'inéligibilité") or house
    arrest's ("deux ans sous bracelet électronique"): the period is its length, whatever sentencing verb stands before
    it."""
    return bool(_BAN_AFTER.match(after) or _HOUSE_ARREST_AFTER.match(after))


def suspended_part(before: str, after: str) -> bool:
    """Whether a bare count is the suspended part of the term before it: "four years in prison, two of which were
    suspended", "of which two are suspended"."""
    return bool(_SUSPENDED_AFTER.match(after) and (after.lstrip()[:2].lower() == "of" or _SUSPENDED_BEFORE.search(before)
                                                  or re.match(r"\s{0,3}(?:are|were|is|was)\b", after)))
