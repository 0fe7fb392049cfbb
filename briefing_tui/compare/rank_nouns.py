"""What a rank ranks and within what (see :mod:`.ranks`): classes of the ranked nouns written differently in news
("fine" and "penalty"; "IPO" and "initial public offering"; "defeat" and "result"), nouns in "-ing" that are no
verbs ("offering", "listing"), a harm's rank of a place ("the worst-hit town", "the town most affected by",
"suffered the most severe impact") and the scope of a country without its name ("the country's largest", "the
largest in the country").
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Classes of head nouns written differently in news ("fine" and "penalty"; "steelmaker" and "company").
_NOUN_CLASSES = {"fine": "penalty", "fines": "penalty", "penalty": "penalty", "penalties": "penalty",
                 "sanction": "penalty", "sanctions": "penalty", "strafe": "penalty", "geldstrafe": "penalty",
                 "multa": "penalty",
                 "company": "company", "companies": "company", "firm": "company", "producer": "company",
                 "manufacturer": "company", "presidente": "president", "président": "president",
                 "präsident": "president", "group": "company", "konzern": "company", "hersteller": "company",
                 # a company buying another: "its largest-ever deal", "the largest acquisition", "bisher größter Zukauf"
                 "acquisition": "acquisition", "acquisitions": "acquisition", "deal": "acquisition",
                 "takeover": "acquisition", "purchase": "acquisition", "buyout": "acquisition",
                 "zukauf": "acquisition", "übernahme": "acquisition", "rachat": "acquisition",
                 "adquisición": "acquisition", "compra": "acquisition", "acquisizione": "acquisition",
                 # shares sold to the public: "India's largest IPO", "the largest-ever share offering",
                 # "its biggest-ever initial public offering", "the biggest listing", "Börsengang"
                 "ipo": "offering", "ipos": "offering", "offering": "offering", "offerings": "offering",
                 "listing": "offering", "listings": "offering", "flotation": "offering", "float": "offering",
                 "börsengang": "offering", "introduction": "offering",
                 # how a party or a team came out of a contest: "their worst result", "their worst defeat ever"
                 "result": "result", "results": "result", "defeat": "result", "defeats": "result",
                 "showing": "result", "performance": "result", "loss": "result", "drubbing": "result",
                 "niederlage": "result", "ergebnis": "result", "défaite": "result", "derrota": "result",
                 "sconfitta": "result",
                 # a protest: "the biggest protest in British history", "la plus grande manifestation"
                 "demonstration": "protest", "rally": "protest", "march": "protest", "mobilisation": "protest",
                 "mobilization": "protest", "manifestation": "protest", "manifestación": "protest",
                 "manifestação": "protest", "manifestazione": "protest", "movilización": "protest",
                 "mobilização": "protest", "mobilitazione": "protest", "mobilisierung": "protest", "kundgebung": "protest",
                 "protesta": "protest", "protesto": "protest", "demo": "protest",
                 # the level of water (or of anything): "the highest water level on record", "den höchsten Wasserstand"
                 "wasserstand": "level", "pegel": "level", "pegelstand": "level", "niveau": "level", "nivel": "level",
                 "nível": "level", "livello": "level", "cota": "level",
                 "amende": "penalty", "sanción": "penalty", "sanção": "penalty", "sanzione": "penalty",
                 "ammenda": "penalty", "multe": "penalty",
                 # an agreement: "a historic agreement", "un acuerdo histórico", "eine historische Einigung"
                 "agreement": "agreement", "accord": "agreement", "acuerdo": "agreement", "acordo": "agreement",
                 "accordo": "agreement", "abkommen": "agreement", "einigung": "agreement", "vereinbarung": "agreement",
                 "pact": "agreement", "pacto": "agreement", "patto": "agreement", "treaty": "agreement",
                 "traité": "agreement", "tratado": "agreement", "trattato": "agreement"}
# Nouns of a harm whose size superlatives all rank one thing: "the worst natural disaster", "the largest natural
# disaster we've ever experienced", "the biggest catastrophe" (a disaster is ranked by how bad it is).
HARM_CLASSES = frozenset("""disaster catastrophe calamity tragedy katastrophe naturkatastrophe désastre
    desastre catástrofe tragedia disastro catastrofe ramp""".split())
HARM_SIZES = frozenset({"largest", "worst"})  # kinds of superlative that rank a harm as its worst
_CLASS_SUFFIXES = (("maker", "company"), ("konzern", "company"), ("hersteller", "company"), ("strafe", "penalty"))
# Nouns in "-ing" a rank may rank (not verbs: "the largest share offering", "the biggest listing").
ING_NOUNS = frozenset("""offering offerings listing listings building buildings ruling meeting gathering hearing
    landing bombing shooting spending funding rating ranking opening filing finding warning uprising
    crossing""".split())
HIT = "place hit"  # the class of a harm's rank of a place ("the worst-hit town", "the town most affected")
# A harm's rank of a place: "worst-hit", "hardest hit", "worst-affected", "most affected", "most severely
# affected", "the most severe impact", "the worst damage", "bore the brunt".
HARM_RANK = lazy_compile(
    r"\b(?:worst|hardest|most(?:\s{1,3}(?:badly|severely|heavily|seriously|gravely))?)[\s-]{1,3}"
    r"(?:hit|affected|impacted|damaged|stricken)\b"
    r"|\b(?:most\s{1,3}severe|worst|heaviest|greatest)\s{1,3}(?:impact|damage|devastation|destruction)\b"
    r"|\bbore\s{1,3}the\s{1,3}brunt\b", re.I)
# Words before a harm's rank that make it no rank of one place ("some of the worst-hit", "among the hardest hit").
_HARM_NOT_RANK = lazy_compile(r"\b(?:of|among|amongst)\s{1,3}the\s{1,3}$", re.I)
_HARM_HINTS = ("worst", "hardest", "most", "heaviest", "greatest", "brunt")  # (a quick check before HARM_RANK)
HARM_BEFORE = 20  # characters before a harm's rank read for _HARM_NOT_RANK
# The country a story is about, unnamed: "the country's largest IPO", "the largest in the country", "the nation's".
HOME = "home"
HOME_SCOPE = lazy_compile(r"\b(?:the\s{1,3}(?:country|nation)[’']s|in\s{1,3}the\s{1,3}(?:country|nation)\b)", re.I)


def harm_ranks(text: str) -> list[tuple[int, int]]:
    """The spans of a harm's ranks of one place in ``text`` (see ``HARM_RANK``), not "one of the worst-hit"."""
    lower = text.lower()
    if not any(h in lower for h in _HARM_HINTS):
        return []
    return [(m.start(), m.end()) for m in HARM_RANK.finditer(text)
            if not _HARM_NOT_RANK.search(text, max(0, m.start() - HARM_BEFORE), m.start())]


def known_class(head: str) -> str | None:
    """The class of a ranked noun the table names ("amende": "penalty"), None for any other noun."""
    word = head.lower().strip("’'")
    word = word if word in _NOUN_CLASSES or not word.endswith("s") else word[:-1]  # ("amendes", "multas")
    return _NOUN_CLASSES.get(word) or next((c for suffix, c in _CLASS_SUFFIXES if word.endswith(suffix)), None)


def noun_class(head: str) -> str:
    """The class of a ranked noun: "fine" and "penalty" are "penalty", a "steelmaker" is a "company";
    other nouns are their own lower-case singular."""
    word = head.lower().strip("’'")
    if word in _NOUN_CLASSES:
        return _NOUN_CLASSES[word]
    for suffix, cls in _CLASS_SUFFIXES:
        if word.endswith(suffix):
            return cls
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
