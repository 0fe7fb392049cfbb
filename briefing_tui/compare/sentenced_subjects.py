"""Where a sentencing's subject is written, for the prison terms (:mod:`.prison_terms`). Two slips of reading the
clause's first name: the agent of a passive verb is no one sentenced ("condamné jeudi par un tribunal de Barcelone
à": not Barcelona), and a name right before the verb's auxiliary is its subject, whatever comes before it ("Former
Brazil and Barcelona footballer Dani Alves has been sentenced"; "Dani Alves, ancienne star du PSG, a été
condamné", the apposition between commas passed over)."""

from __future__ import annotations

import re

from briefing_tui.compare.name_openings import role_after
from briefing_tui.compare.subject_clean import POSSESSIVES
from briefing_tui.lazy_pattern import lazy_compile

# A word opening the agent of a passive verb ("by a court", "par un tribunal", "por la Audiencia", "von einem
# Gericht", "da un tribunale", "pelo tribunal", "door de rechtbank"): the names after it sentenced no one.
_AGENT = lazy_compile(r"\b(?:by|par|por|pelo|pela|von|vom|da|dal|dalla|door)\b", re.I)
# An apposition set off by commas right before the verb's auxiliary at the end ("Dani Alves, 40, has been",
# "Dani Alves, ancienne star du Barça, a été"): the verb's words kept, the apposition left out; not a name set beside
# a role ("El expresidente de Portugal, Rui Almeida, ha sido": all its words capitalised, it is the one sentenced).
_APPOSITION_BEFORE_VERB = lazy_compile(
    r",(?=[^,;:]{0,100}?(?:\d|\b[a-zà-ÿ]))[^,;:]{1,100},(?P<verb>(?:\s{1,3}[a-zà-ÿ]{1,12}){1,3}\s{0,3})\Z")
# A name right before the verb's auxiliary words at the end ("Dani Alves has been", "Dani Alves a été", "Becciu è
# stato"): one to four capitalised words, with a particle between ("Luiz Inácio Lula da Silva").
_NAME_BEFORE_VERB = lazy_compile(
    r"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]{0,30}"
    r"(?:\s{1,3}(?:(?:da|de|do|dos|das|del|van|von|bin)\s{1,3})?[A-ZÀ-Ý][\w’'-]{0,30}){0,3})"
    r"(?:\s{1,3}[a-zà-ÿ]{1,12}){1,3}\s{0,3}\Z")


def before_agent(who: str) -> str:
    """The words between a verb of sentencing and "to" that may name whom it sentenced: those before an agent
    ("jeudi par un tribunal de Barcelone" -> "jeudi")."""
    m = _AGENT.search(who)
    return who[:m.start()] if m else who


def name_before_verb(before: str) -> str | None:
    """The capitalised run right before the auxiliary words ``before`` ends with (an apposition between commas
    passed over), or None when a lower-case word or nothing stands there."""
    if m := _APPOSITION_BEFORE_VERB.search(before):
        before = before[:m.start()] + m.group("verb")
    m = _NAME_BEFORE_VERB.search(before)
    return m.group("name") if m and not described_before_verb(before) else None


def described_before_verb(before: str) -> bool:
    """Whether the verb's subject right before the auxiliary words ``before`` ends with is a role-holder the text
    describes by a name and a role word ("the PTI founder was", "the Acme chief executive has"): a person it does not
    name there, so nobody's name is the subject (neither the party's nor another name of the sentence)."""
    m = _NAME_BEFORE_VERB.search(before)
    return m is not None and m.group("name").lower() not in POSSESSIVES and role_after(before, m.end("name"))
