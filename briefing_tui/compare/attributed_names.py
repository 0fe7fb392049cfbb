"""A name that a word of attribution makes a teller: "den Teilergebnissen zufolge", "laut Prognose", "according to
Yonhap", "selon la commission", "nach Angaben von Behördenleiter X", "Laut Innenminister X wurden 41 Menschen
getötet": where a figure comes from, never whose it is (compare/subjects.py skips such a name as a subject).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A word of attribution after a name: "den Teilergebnissen zufolge".
_ATTRIBUTED_AFTER = lazy_compile(r"\s{1,3}zufolge\b")
# A title or office in lower case before a teller's name ("health minister", "préfet"), never a preposition placing
# the name ("according to officials in Texas": Texas is where the count is).
_TITLE_WORD = (r"(?-i:(?!(?:in|at|from|of|on|for|en|dans|à|au|aux|im|aus|di|da|del|nel|na|no|por|pour|per|für)\s)"
               r"[a-zà-öø-ÿ]{2,20}\s{1,3})")
# (the teller may follow "von" and a title or office in lower case: "nach Angaben von Behördenleiter X", "according to
# health minister X", "selon le préfet X": an attribution is never the subject of the figure it reports)
_ATTRIBUTED_BEFORE = lazy_compile(
    r"\b(?:according\s{1,3}to|laut|gemäß|gemäss|nach\s{1,3}(?:Angaben|Worten)|selon|según|secondo|segundo|volgens)\s{1,3}"
    r"(?:(?:the|den|der|dem|des|la|le|les|el|los|las|il|lo|a|o|os|de|von|vom)\s{1,3})?"
    r"(?:" + _TITLE_WORD + r"){0,2}$", re.I)
ATTRIBUTION_REACH = 50  # characters before a name searched for the word of attribution that makes it a teller
# A name whose own first word is a word of attribution (a capitalised one opening the sentence: "Laut Innenminister X
# wurden 41 Menschen getötet", "Gemäß Polizeichef X"): the teller it names, never whose figure it is.
_ATTRIBUTION_OPENING = lazy_compile(r"(?:Laut|Gemäß|Gemäss|Zufolge|Volgens)\s")


def attributed_name(clause: str, start: int, end: int, name: str) -> bool:
    """Whether the name ``name`` at ``clause[start:end]`` is a teller named by a word of attribution: after it
    ("X zufolge"), opening it ("Laut Innenminister X") or before it ("according to health minister X", "nach Angaben
    von Behördenleiter X")."""
    return bool(_ATTRIBUTED_AFTER.match(clause, end) or _ATTRIBUTION_OPENING.match(name)
                or _ATTRIBUTED_BEFORE.search(clause, max(0, start - ATTRIBUTION_REACH), start))



# A verb of telling right after a name in another language than English (compare/clause_subjects.py TELLER_AFTER reads
# English's): "Die Polizei sagte", "la policía informó", "le préfet a annoncé", "la polizia ha riferito", "a polícia
# disse": the teller, never whose figure it is. One language per line; verbs of tallying ("meldete", "registró",
# "a recensé") are left out: a place that tallies a count is where it was counted ("Bayern meldete 40 Fälle").
_FOREIGN_TELLER_AFTER = lazy_compile(
    r"\s{1,3}(?:sagte|sagten|erklärte|erklärten|berichtete|berichteten|teilte|teilten"
    r"|(?:a|ont)\s{1,3}(?:déclaré|annoncé|indiqué|affirmé|précisé)"
    r"|dijo|afirmó|anunció|señaló|informó|aseguró|declaró|explicó|indicó"
    r"|(?:ha|hanno)\s{1,3}(?:detto|dichiarato|annunciato|riferito|comunicato)"
    r"|disse|afirmou|anunciou|informou|declarou)\b")


def foreign_teller(clause: str, end: int) -> bool:
    """Whether the name ending at ``clause[end]`` tells the figure in another language than English ("Der
    Polizeisprecher sagte, zwei Menschen würden vermisst", "la policía informó de 40 heridos")."""
    return bool(_FOREIGN_TELLER_AFTER.match(clause, end))
