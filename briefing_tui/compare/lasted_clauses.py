"""A length of time a clause around it says a happening lasted, in the word orders a verb of lasting takes after the
period or a court's sitting before it (issue 11): "durante las siete semanas que duró el proceso judicial", "les cinq
semaines qu'a duré le procès", "os três meses que durou o julgamento", "le tre settimane in cui è durato il
processo", "the seven weeks the trial lasted"; "8 weeks on trial", "on trial for eight weeks"; "das Gericht
verhandelte acht Wochen lang", "die Jury verhandelte acht Wochen lang".

:mod:`.event_spans` names the happening from the words given here ("proceso judicial" is a trial: Spanish "proceso"
alone is also a process, so only with its adjective).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

TRIAL_WORD = "trial"  # the English noun that names a trial (what a court case's words are read as)
# A relative clause of lasting right after a period, its happening's noun after the verb (Spanish, French,
# Portuguese, Italian: "que duró el proceso", "qu'a duré le procès", "que durou o julgamento", "in cui è durato il
# processo", "che è durato il processo"), or before it (English: "the trial lasted", "that the talks lasted").
_LASTED_AFTER = lazy_compile(
    r"\A\s{1,3}(?:"
    r"(?:que|qu['’]|che|in\s{1,3}cui|em\s{1,3}que|en\s{1,3}que|en\s{1,3}las\s{1,3}que|durante\s{1,3}(?:las|los)\s{1,3}que)"
    r"\s{0,3}(?:(?:a|ont|avait|ha|han|había|è|sono|ha|hanno|tem|têm|havia)\s{1,3})?"
    r"(?:duró|duraron|dura|duran|durou|duraram|dure|durent|duré|durait|durato|durata|durò|durava|duraba)"
    r"\s{1,3}(?:(?:el|la|los|las|le|les|l['’]|o|a|os|as|il|lo|i|gli|del)\s{0,3})?"
    r"(?P<noun>[^\W\d_][\w-]{2,30})(?:\s{1,3}(?P<adjective>[^\W\d_][\w-]{2,30}))?"
    r"|(?:(?:that|which)\s{1,3})?the\s{1,3}(?P<english>[a-z-]{3,30})\s{1,3}(?:has\s{1,3}|had\s{1,3})?lasted\b)", re.I)
# Adjectives that make a procedure a court's: "proceso judicial", "procédure judiciaire", "processo giudiziario".
_JUDICIAL = frozenset("judicial judiciaire judiciário judiciario giudiziario giudiziale penal pénal penale".split())
# "on trial" right after a period ("8 weeks on trial"), or before it with "for" ("on trial for eight weeks").
_ON_TRIAL_AFTER = lazy_compile(r"\A\s{1,3}on\s{1,3}trial\b", re.I)
_ON_TRIAL_BEFORE = lazy_compile(r"\bon\s{1,3}trial\s{1,3}(?:for\s{1,3})?(?:(?:about|nearly|almost|over|more\s{1,3}than)\s{1,3})?$",
                                re.I)
# German "verhandeln" (to hear a case; also to negotiate) right before a period, a court or a jury its subject in the
# clause before ("Das Gericht verhandelte acht Wochen lang", "Die Geschworenen verhandelten seit fünf Wochen").
_SITTING_BEFORE = lazy_compile(r"\b(?:verhandelte|verhandelten|verhandelt|tagte|tagten)\s{1,3}(?:(?:seit|fast|knapp|rund"
                               r"|etwa|mehr\s{1,3}als)\s{1,3})?$", re.I)
_COURT_NOUN = lazy_compile(r"\b(?:Gericht|Gerichts|Landgericht|Bundesgericht|Strafkammer|Kammer|Schwurgericht|Jury"
                           r"|Geschworenen|Geschworene|Richter|Richterin|Richterinnen)\b")
_CLAUSE_END = lazy_compile(r"[.;:!?]")
SITTING_REACH = 100  # characters before the verb of sitting searched for the court


def lasted_words(after: str) -> list[str]:
    """The words naming the happening a relative clause of lasting right after a period says lasted it ("que duró el
    proceso judicial": the trial), first the likeliest; else none."""
    m = _LASTED_AFTER.match(after)
    if not m:
        return []
    if m.group("english"):
        return [m.group("english")]
    if (m.group("adjective") or "").lower() in _JUDICIAL:
        return [TRIAL_WORD]
    return [m.group("noun")]


def on_trial(before: str, after: str) -> bool:
    """Whether a period is the time someone was on trial ("8 weeks on trial", "on trial for eight weeks"), or a
    court sat ("das Gericht verhandelte acht Wochen lang")."""
    if _ON_TRIAL_AFTER.match(after) or _ON_TRIAL_BEFORE.search(before[-60:]):
        return True
    sitting = _SITTING_BEFORE.search(before[-40:])
    if not sitting:
        return False
    clause = before[-SITTING_REACH:]
    clause = clause[max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0):]
    return bool(_COURT_NOUN.search(clause))
