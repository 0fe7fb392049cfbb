"""German common nouns, capitalised as every German noun is, read as a figure's subject (issue 11): "erlitten eine
schwere Niederlage und kamen auf 18,2 Prozent" (a defeat), "die Assets von mehr als 60 Millionen Nutzern" and
"Temperaturen von bis zu 51,8 Grad" (what the figure measures), "in der Millionenstadt Bangkok" (a kind of place
before its name: the place is Bangkok), "in der US-Metropole" (a place's noun joined to its country: no name).

A capitalised word is a name unless the sentence shows it to be a noun: an indefinite article before it (maybe after
adjectives in lower case), "von" between it and the figure, or a German article before a noun joined to a known
place ("der Millionenstadt Bangkok", "der US-Metropole"). An acronym or a place the gazetteer knows stays a name.
"""

from __future__ import annotations

from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.subject_names import is_acronym, is_place
from briefing_tui.lazy_pattern import lazy_compile

# How far before a name its article (and up to two adjectives) may start (characters).
ARTICLE_REACH = 50
# An indefinite article, maybe then adjectives in lower case, right before the name: "eine schwere Niederlage",
# "einen herben Verlust" (a name takes none; a bare "eine " is compare/clause_subjects.py's OBJECT_BEFORE).
_INDEFINITE_BEFORE = lazy_compile(
    r"(?<![\w-])(?i:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner)"
    rf"(?:{SPACE}[a-zäöüß][\w-]{{0,30}}){{0,2}}{SPACE}\Z")
# A German article (or a preposition fused with one) right before the name: "in der Millionenstadt Bangkok",
# "nordöstlich der US-Metropole", "im Bundesland Bayern".
_ARTICLE_BEFORE = lazy_compile(
    r"(?<![\w-])(?:der|die|das|dem|den|des|im|zum|zur|vom|beim)"
    rf"{SPACE}\Z")
# "von" (maybe "in Höhe von") and then only words of about or at most up to the figure: "Temperaturen von bis zu",
# "die Assets von mehr als": the noun is what the figure measures, not whose it is.
_VON_TO_FIGURE = lazy_compile(
    rf"{SPACE}(?:in{SPACE}Höhe{SPACE})?von(?:{SPACE}[a-zäöüß]{{1,10}}){{0,3}}{SPACE}?\Z")
# A noun after a hyphen (the head of a German compound: "US-Metropole", "EU-Kommission"), in lower case after its
# capital.
_COMPOUND_HEAD = lazy_compile(r"-[A-ZÄÖÜ][a-zäöüß]{2,30}\Z")


def german_noun(clause: str, start: int, end: int, name: str) -> str | None:
    """``name`` (found at ``clause[start:end]``, before a figure at the clause's end) without the words the
    sentence shows to be common nouns: None when it is one ("eine schwere Niederlage", "Temperaturen von bis zu",
    "der US-Metropole"), the place alone after a noun of its kind ("der Millionenstadt Bangkok": "Bangkok")."""
    words = name.split()
    single = len(words) == 1 and not is_acronym(name) and not is_place(name)
    if single and _INDEFINITE_BEFORE.search(clause, max(0, start - ARTICLE_REACH), start):
        return None
    if single and _VON_TO_FIGURE.match(clause, end):
        return None
    if not _ARTICLE_BEFORE.search(clause, max(0, start - ARTICLE_REACH), start):
        return name
    if len(words) == 1 and _COMPOUND_HEAD.search(name) and is_place(name.rsplit("-", 1)[0]):
        return None  # "der US-Metropole": a city of the US, not the US
    if len(words) > 1 and not is_place(words[0]) and not is_acronym(words[0]) and is_place(" ".join(words[1:])):
        return " ".join(words[1:])  # "der Millionenstadt Bangkok": Bangkok
    return name
