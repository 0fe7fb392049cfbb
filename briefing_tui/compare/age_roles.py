"""Whose an age is when no name says so: the role of the person it is told of ("the 49-year-old suspect", "the
suspect, a 50-year-old", "l'auteur, âgé de 50 ans", "der 50-jährige Täter", "la víctima, de 45 años"), from the
word table ``data/age_roles.yaml``. Ages belong to people: two ages of one role are one person's and may disagree;
an age of no named person and no role is nobody's that another age can be weighed against (compare/group_subjects.py
keeps it single). :func:`what_it_counts` is compare/figure_measures.py's, the role of an age added."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_tui.compare.figure_measures import MEASURE_WINDOW
from briefing_tui.compare.figure_measures import what_it_counts as _measure_and_subject
from briefing_tui.compare.ages import MAX_AGE  # (the oldest age a bare number after a role's noun is read as)
from briefing_tui.compare.counts import Found
from briefing_tui.language_table import per_language, shipped_table
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

if TYPE_CHECKING:  # (measured_types imports the figures, which import this module)
    from briefing_tui.compare.measured_types import MeasuredStatement

__all__ = ["AGE_MEASURES", "MEASURE_WINDOW", "age_role", "lone_age", "role_subject", "split_lone_ages", "what_it_counts"]

AGE_ROLES_FILE = "age_roles.yaml"
AGE_MEASURES = frozenset(("age", "age at the time"))  # a person's age, now or when a thing happened

# A role's noun before an age (or the word before it: the noun, or an adjective after the noun), then what sets the
# age off from it: a comma or a bracket, a verb "to be", a word for "aged", articles and "de"/"di" ("the suspect, a
# 50-year-old", "the suspect is a 50-year-old", "Le suspect, âgé de 50 ans", "der Täter (50)", "la víctima, de 45
# años", "the victim was 45"); at most one word (an adjective) between the noun and its comma ("el conductor herido,
# de 45 años"). Anchored at the end of the text before the age.
_ROLE_BEFORE = lazy_compile(
    r"(?<![\w-])(?P<role>[^\W\d_]{3,25})(?:\s{1,3}(?P<next>[^\W\d_]{3,25}))?"
    r"\s{0,3}(?:[,(]|\s(?:is|was|est|était|es|era|ist|war|é|è)\b)"
    r"(?:\s{0,3}(?:a|an|un|une|una|um|uma|ein|eine|einen|de|di|aged|âgée?|agée?|idoso|de\s{1,3}edad\s{1,3}de)\b)*"
    r"\s{0,3}$", re.I)
ROLE_REACH = 50  # characters before an age searched for the role's noun
# A role's noun right after an age, past the age's own words ("-year-old", "-jährige", "ans") and at most one
# adjective before it (the first word or the second: "the 49-year-old suspect", "a 50-year-old Saudi attacker", "der
# 50-jährige Täter").
_ROLE_AFTER = lazy_compile(
    r"(?:[\s-]{0,2}(?:years?|yr)[\s-]{1,2}old|[\s-]?j[äÄ]hrig\w{0,3})?"
    r"\s{1,3}(?P<role>[^\W\d_]{3,25})\b(?:\s{1,3}(?P<next>[^\W\d_]{3,25})\b)?", re.I)
ROLE_AFTER_REACH = 50  # characters after an age searched for the role's noun


# A role's noun (or the word before it) set off by a comma or a bracket right before a bare age, "de"/"di" after the
# comma in Spanish, French and Italian: "the suspect, 47,", "der Täter (46)", "el sospechoso, de 47 años,".
_ROLE_APPOSED = lazy_compile(
    r"(?<![\w-])(?P<role>[^\W\d_]{3,25})(?:\s{1,3}(?P<next>[^\W\d_]{3,25}))?\s{0,3}[,(]\s{0,3}(?:(?:de|di)\s{1,3})?$", re.I)
# What closes an age in apposition: a comma, a bracket or the sentence's end.
_APPOSED_CLOSE = lazy_compile(r"\s?(?:[,)]|[.!?]?\s*$)")
# A period in years that is an age in apposition in other languages: "47 años", "47 ans", "47 anni", "47 anos", "46
# Jahre".
_YEARS_APPOSED = lazy_compile(r"\d{1,3}\s{1,3}(?:ans|años|anni|anos|jaar|Jahre|Jahren)", re.I)


def apposed_role_age(f: Found, text: str) -> str | None:
    """The role's key of a bare number or a period in years set off after a role's noun ("the suspect, 47,", "der
    Täter (46)", "el sospechoso, de 47 años,"): that person's age; None for any other figure."""
    if not 1 <= (f.fields.get("low") or 0) <= MAX_AGE or f.fields.get("high") not in (None, f.fields.get("low")):
        return None
    if not ((f.kind == "count" and f.fields.get("unit") is None and text[f.start:f.end].isdigit())
            or (f.kind == "period" and _YEARS_APPOSED.fullmatch(text[f.start:f.end].strip()))):
        return None
    m = _ROLE_APPOSED.search(text[max(0, f.start - ROLE_REACH):f.start])
    if m is None or not _APPOSED_CLOSE.match(text[f.end:f.end + ROLE_AFTER_REACH]):
        return None
    roles = _roles()
    return roles.get((m.group("next") or "").lower()) or roles.get(m.group("role").lower())


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    """Each role noun of the table, lower case, mapped to its role's key ("täter": "suspect")."""
    out: dict[str, str] = {}
    for key, words in shipped_table(AGE_ROLES_FILE).items():
        for w in (w for lang in per_language(words) for w in lang):
            out.setdefault(w, str(key))
    return out


@lru_cache(maxsize=1)
def _role_keys() -> frozenset[str]:
    """The roles' keys of the table ("suspect", "victim", ...)."""
    return frozenset(_roles().values())


def role_subject(subject: str | None) -> bool:
    """Whether ``subject`` is a role's key of the table (an age's subject read by :func:`age_role`)."""
    return bool(subject) and subject in _role_keys()


def age_role(before: str, after: str) -> str | None:
    """The role's key of the person an age is told of, read from a role's noun before it ("the suspect, a") or
    right after it ("-year-old suspect"), or None."""
    roles = _roles()
    m = _ROLE_BEFORE.search(before[-ROLE_REACH:])  # (the noun nearest the age first: "the suspect,")
    if m and (role := roles.get((m.group("next") or "").lower()) or roles.get(m.group("role").lower())):
        return role
    m = _ROLE_AFTER.match(after[:ROLE_AFTER_REACH])  # (the noun right after the age first: "-jährige Täter")
    return (roles.get(m.group("role").lower()) or roles.get((m.group("next") or "").lower())) if m else None


def what_it_counts(f: Found, head: str | None, text: str) -> dict:
    """The measure and subject of a figure (compare/figure_measures.py); an age's subject that is not a person's name
    in full (one word: "Police said the 49-year-old suspect") is its role's key when a role's noun tells whose it is."""
    fields = _measure_and_subject(f, head, text)
    if fields.get("measure") is None and (role := apposed_role_age(f, text)):
        return {**fields, "measure": "age", "subject": role}  # ("der Täter, 46,", "el sospechoso, de 47 años,")
    subject = fields.get("subject")
    if fields.get("measure") in AGE_MEASURES and not (subject and len(subject.split()) >= 2 and subject[:1].isupper()):
        role = age_role(text[max(0, f.start - MEASURE_WINDOW):f.start], text[f.end:f.end + MEASURE_WINDOW])
        if role:
            fields = {**fields, "subject": role}
    return fields


# An indefinite article right before an age, or before a person's noun and "de"/"di" and the age: someone the
# sentence brings in, no one named or known before ("a nine-year-old was among the dead", "a 52-year-old woman",
# "ein 50-jähriger Mann", "un homme de 50 ans", "una mujer de 45 años", "un uomo di 50 anni").
_INDEFINITE_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:a|an|un|une|una|uno|um|uma|ein|eine|einen|einem|einer)\s{1,3}"
    r"(?:[^\W\d_]{3,25}(?:\s{1,3}[^\W\d_]{3,20})?\s{1,3}(?:de|di)\s{1,3})?$", re.I)
INDEFINITE_REACH = 60  # characters before an age searched for an indefinite article


def lone_age(item: MeasuredStatement) -> bool:
    """Whether ``item`` is an age of someone its sentence brings in with an indefinite article, neither named nor
    given a role: nobody's that another age can be weighed against ("A nine-year-old was among the dead" beside
    "the suspect, a 50-year-old"; not "Lee, a 61-year-old", "the suspect is a 50-year-old", nor "The 70-year-old",
    the person the article is about)."""
    f = item.figure
    if f.measure not in AGE_MEASURES or _person_name(f.subject or "") or role_subject(f.subject):
        return False
    before = item.unit.text[max(0, f.start - item.unit.start - INDEFINITE_REACH):max(0, f.start - item.unit.start)]
    return _INDEFINITE_BEFORE.search(before) is not None


def _person_name(subject: str) -> bool:
    """Whether an age's subject is a name the readers of compare/ages.py took for its person ("Naibel Benavides",
    "Lee"): capitalised."""
    return subject[:1].isupper()


def split_lone_ages(gathered: list[tuple[list[MeasuredStatement], str | None]]) -> list[tuple[list[MeasuredStatement],
                                                                                                  str | None]]:
    """A measure's groups of ages, whatever joined them (a value, shared words, the story's one subject), with each
    age of someone brought in unnamed (:func:`lone_age`) taken out to a group of its own, and in a group of a role's
    ages (the suspect's) each age of no such role taken out too: two people's ages are never one claim."""
    out: list[tuple[list[MeasuredStatement], str | None]] = []
    for members, label in gathered:
        roles = {m.figure.subject for m in members if m.figure.measure in AGE_MEASURES and role_subject(m.figure.subject)}
        apart = [m for m in members if lone_age(m) or (roles and m.figure.measure in AGE_MEASURES
                                                         and m.figure.subject not in roles)]
        kept = [m for m in members if not any(m is a for a in apart)]
        out.extend([(kept, label)] if kept else [])
        out.extend(([m], None) for m in apart)
    return out
