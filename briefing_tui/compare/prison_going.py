"""A term named by going (or being sent) into prison for it, in any language: "was sent to prison for 12 years", "will
go to jail for 12 years", "muss für 12 Jahre ins Gefängnis", "muss er 12 Jahre hinter Gitter", "irá a prisión durante
12 años", "ira en prison pour 12 ans", "andrà in carcere per 12 anni", "vai para a prisão por 12 anos", "moet 12 jaar
de cel in". The term is a prison sentence, as "sentenced to 12 years" is, though no verb of sentencing and no prison
noun right after it names it so.

Only a movement into prison names it: time spent there ("spent 12 years in prison", "saß 12 Jahre hinter Gittern",
"pasó 12 años en la cárcel", "12 Jahre im Gefängnis") is time served, and stays unnamed; the accusative of German
("ins Gefängnis", "hinter Gitter", "in den Knast") and the direction of Spanish and Portuguese ("a prisión", "para a
prisão") tell the movement; French and Italian "en prison", "in carcere" only after a verb of going or sending."""

from __future__ import annotations

import re
from typing import Literal

from briefing_tui.lazy_pattern import lazy_compile

# A verb of going or sending into prison, right before the word for "for" and the term ("for" may be the term's own
# first word: "for 12 years"). One language per line.
_GOING_BEFORE = lazy_compile(
    r"(?:"
    r"\b(?:sent|send|sends|sending|go|goes|going|went|gone|return|returns|returning|returned|head|heads|headed"
    r"|heading)\s{1,3}(?:back\s{1,3})?to\s{1,3}(?:prison|jail|gaol)"  # English
    r"|\b(?:envoy[ée]e?s?|renvoy[ée]e?s?|envoie|envoient|ira|iront|aller|va|vont|allé|allée|allés|retourner|retourne"
    r"|retournera|retournent)\s{1,3}en\s{1,3}prison"  # French
    r"|\ba\s{1,3}(?:la\s{1,3})?(?:prisi[óo]n|c[áa]rcel)"  # Spanish (a direction: "a prisión", "a la cárcel")
    r"|\bpara\s{1,3}a\s{1,3}(?:pris[ãa]o|cadeia)"  # Portuguese ("para a prisão", "para a cadeia")
    r"|\b(?:andr[àa]|andranno|andare|va|vanno|andato|andata|mandat[oaie]|mandare|manda|torner[àa]|tornare|torna"
    r"|finir[àa]|finire|finisce|finito|finita)\s{1,3}in\s{1,3}(?:carcere|prigione|galera)"  # Italian
    r")\s{1,3}(?:(?:for|pour|por|durante|per)\s{1,3})?$",
    re.I)
# The word for "for" before the term or as its first word ("for 12 years"): a stay's length, never a date after the
# verb ("sent to prison 12 years ago" is elapsed time).
_FOR_BEFORE = lazy_compile(r"\b(?:for|pour|por|durante|per)\s{1,3}$", re.I)
_FOR_FIRST = lazy_compile(r"(?:for|pour|por|durante|per)\b", re.I)
# The goal of the movement right after the term, with no verb needed: German accusatives ("für 12 Jahre ins
# Gefängnis", "12 Jahre hinter Gitter", "in den Häfn", "in den Knast") and Dutch "de cel in", "de gevangenis in".
# Dative "hinter Gittern", "im Gefängnis" (time spent there) are not.
_GOAL_AFTER = lazy_compile(
    r"\A\s{1,3}(?:"
    r"(?-i:ins)\s{1,3}(?-i:Gefängnis|Gefaengnis|Zuchthaus)"  # German
    r"|(?-i:hinter)\s{1,3}(?-i:Gitter)(?![\wäöü])"
    r"|(?-i:in)\s{1,3}(?-i:den)\s{1,3}(?-i:Häfn|Knast)(?![\wäöü])"
    r"|de\s{1,3}(?:cel|gevangenis)\s{1,3}in"  # Dutch
    r")\b",
    re.I)
# Which words name the movement into prison: a verb of going or sending before the term, or the goal after it.
GoingWords = Literal["verb", "goal"]
# How far back the verb of going is looked for (characters before the term).
GOING_REACH = 80


def going_to_prison(before: str, after: str, written: str = "") -> GoingWords | None:
    """How the period ``written`` between ``before`` and ``after`` is named the length of a stay someone goes (or is
    sent) into prison for, a prison term: by a verb of going before it ("verb": the clause's subject is who goes), by
    the goal after it ("goal": German and Dutch, whose capitalised nouns before it are no name), or None."""
    if _GOAL_AFTER.match(after):
        return "goal"
    if _GOING_BEFORE.search(before[-GOING_REACH:]) and (_FOR_BEFORE.search(before) or _FOR_FIRST.match(written)):
        return "verb"
    return None
