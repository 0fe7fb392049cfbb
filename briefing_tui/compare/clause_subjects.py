"""The subject a clause takes from the clause it goes on with: "Labour clinched 412 seats, claiming a 33.7% vote
share" (Labour's share); "The AfD, led by Alice Weidel, came in second with 20.8%" (the sentence's subject).

Clauses going on with a participle, fronted adverbials ("With 648 of 650 seats declared,") and reporting clauses
("Donald Trump announced on Sunday,") are passed over to the clause that states a subject.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import CLAUSE_SPLIT
from briefing_tui.compare.subject_names import NAME, is_acronym, name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A teller: a name right before a verb of saying ("Health Minister Rushikesh Patel said 260 victims ..."), or a
# people's word before the body that tells ("Serbian prosecutors announced the arrest of 12 people"): who reports a
# number is not what it counts.
TELLER_AFTER = lazy_compile(r"\s{1,3}(?:(?:prosecutors|police|officials|authorities|investigators)\s{1,3})?"
                            r"(?:said|says|told|added|stated|confirmed|announced|reported|noted|explained)\b")

# A sentence's last start in the text before a figure (a stop, then a capital).
SENTENCE_START = lazy_compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
# A clause that goes on with the sentence's subject: it starts with a verb ("came in second with",
# "securing"), not with a determiner, a preposition or a name.
CONTINUING = lazy_compile(r"\A\s*(?!(?:the|a|an|its|their|his|her|this|that|of|in|on|at|to|for|by|with|from|and|or|but|as|"
                         r"while|which|who|according|including)\b)[a-z]{3,}(?:ed|ing|s)?\b")


# A name that is the object of "on" or "against" in any language ("tariffs on Japanese autos, down from 27.5%", "los
# aranceles sobre China a un 145%", "les droits de douane sur la Chine", "Zölle gegen China", "i dazi contro la
# Cina"), or a German noun after an indefinite article, capitalised as every German noun is and never a name
# ("erhielt eine Mehrheit von 51 Prozent"), or a noun after "all" ("habe in allen Bundesstaaten gewonnen und über 6,2
# Millionen Stimmen erhalten", "en todos los Estados"): every one of a kind, no one's.
OBJECT_BEFORE = lazy_compile(r"\b(?:on|against)\s(?:the\s)?$|\b(?:sobre|contra|sur|contre|gegen|contro)\s"
                             r"(?:(?:la|le|les|los|las|o|a|os|as)\s|l[’'])?$|\b(?i:ein|eine|einen|einem|einer|eines)\s$"
                             r"|\b(?i:allen|alle|allem|todos\slos|todas\slas|tous\sles|toutes\sles|todos\sos|todas\sas"
                             r"|tutti\sgli|tutti\si|tutte\sle)\s$")
# An acronym in brackets shortly after a name: "Alternative for Germany (AfD)".
_ALIAS_AFTER = lazy_compile(r"(?:\s{1,3}[A-Za-z][\w-]{0,30}){0,3}\s{0,3}\((?P<alias>[A-Z][\w/-]{1,12})\)")


def _first_name(text: str, start: int = 0) -> str | None:
    """The first name in ``text`` from ``start`` that is not the object of "on"/"against": the acronym given
    for it in brackets if any ("Alternative for Germany (AfD)"), what a possessive name owns ("Rishi Sunak's
    Conservatives")."""
    for m in NAME.finditer(text, start):
        name = name_ok(m.group(1), False)
        if not name or OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        alias = _ALIAS_AFTER.match(text, m.end())
        if alias and is_acronym(alias.group("alias")):
            return alias.group("alias")
        owned = _OWNED_AFTER.match(text, m.end(1))
        return (name_ok(owned.group(1), False) or name) if owned else name
    return None


def sentence_subject(before: str) -> str | None:
    """The sentence's subject: its first name (see ``_first_name``)."""
    start = 0
    for m in SENTENCE_START.finditer(before):
        start = m.end()
    return _first_name(before, start)


# A clause fronted before the sentence's subject: an adverbial opening on a preposition or a linking phrase
# ("With 648 out of 650 seats declared in Parliament's House of Commons, Labour clinched 412 seats").
_FRONTED_CLAUSE = lazy_compile(r"\A\s*(?:With|In|At|On|After|Before|By|As|From|Since|Despite|Following|Of|For|Among|Meanwhile|"
                             r"However|Overall|Nationally|Elsewhere)\b")
# A clause opening on a present participle ("claiming a", "representing a").
_PARTICIPLE_OPENING = lazy_compile(r"\s{0,3}[a-z]{2,30}ing\b")
# The verbs of telling, shared by every rule that passes over a teller's clause.
TELLING_VERBS = (r"\b(?:said|says|announced|told|reported|added|stated|confirmed"
                 # (other languages' "said", "announced", "stated": "Caputo dijo que", "a déclaré que", "sagte, dass")
                 r"|dijo|afirmó|anunció|señaló|informó|aseguró|declaró|explicó|indicó|disse|afirmou|anunciou|informou"
                 r"|declarou|déclaré|annoncé|indiqué|affirmé|précisé|expliqué|sagte|erklärte|berichtete|dichiarato)\b")
# A reporting clause set off by commas ("US President Donald Trump announced on Sunday,"): the teller's.
_REPORTING_CLAUSE = lazy_compile(TELLING_VERBS)
# A name's possessive before what it owns ("Rishi Sunak's Conservatives"): the owned name is the subject.
_OWNED_AFTER = lazy_compile(r"[’']s\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")


def continues_clause(before: str) -> bool:
    """Whether the clause the text ends in opens on a present participle going on with the clause before
    ("Labour clinched 412 seats, claiming a")."""
    clause_start = 0
    for m in CLAUSE_SPLIT.finditer(before):
        clause_start = m.end()
    return bool(_PARTICIPLE_OPENING.match(before[clause_start:]))


def governing_subject(before: str) -> str | None:
    """The subject of the nearest clause before that states one: clauses going on with a participle ("winning
    only 121 seats,") and fronted adverbials ("With 648 of 650 seats declared,") are passed over, then the
    clause's first name (what a possessive name owns: "Rishi Sunak's Conservatives")."""
    start = 0
    for m in SENTENCE_START.finditer(before):
        start = m.end()
    cuts = [start, *(m.end() for m in CLAUSE_SPLIT.finditer(before, start))]
    for a, b in zip(reversed(cuts), [len(before), *reversed(cuts[1:])]):
        clause = before[a:b]
        if not clause.strip() or CONTINUING.match(clause) or _FRONTED_CLAUSE.match(clause) \
                or _REPORTING_CLAUSE.search(clause):
            continue
        return _first_name(clause)
    return None


# Another language's "while"/"whereas" opening a clause: "tandis que les sociaux-démocrates ... obtiennent 16 %",
# "mientras que el PSOE obtiene el 20 %", "mentre la Lega si ferma al 9%", "während die SPD auf 16 Prozent kommt"
# (English "while" already ends the clause before the figure's: see ``subjects._CLAUSE_WORDS``).
_CONTRAST_OPENING = lazy_compile(r"\A\s*(?:tandis\s{1,3}que|alors\s{1,3}que|mientras(?:\s{1,3}que)?|mentre|"
                                 r"mentre\s{1,3}che|während|wohingegen|enquanto)\b", re.I)


def contrast_subject(clause: str) -> str | None:
    """The subject of a clause another language's "while" opens ("tandis que les sociaux-démocrates (SPD) du
    chancelier Olaf Scholz obtiennent"): its first name, its acronym first; not the sentence's subject before it."""
    m = _CONTRAST_OPENING.match(clause)
    return _first_name(_ELIDED_ARTICLE.sub("  ", clause), m.end()) if m else None


# An article elided onto the name after it ("mentre l’AfD supera"), blanked (offsets kept) so the name is read.
_ELIDED_ARTICLE = lazy_compile(r"\b[lL][’']")

