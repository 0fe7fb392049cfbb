"""A small, general thesaurus of news concepts so that differently worded statements can meet.

"counter", "counterbalance", "compete", "displace", "de-<Name>" all speak of rivalry; "launch",
"establish", "found" of a beginning. Each group becomes one extra token (``~rivalry``) shared by the
sentences that use any of its words. The groups are about news language in general, not any one story.
"""

from __future__ import annotations

import re

from briefing_tui.compare.terms import stem
from briefing_tui.lazy_pattern import lazy_compile

GROUPS = {
    "rivalry": "counter counterbalance counterweight compete competition competing rival rivalry contain containment "
               "dilute displace displacing replace outspend outcompete zero-sum confront confrontation challenge",
    "influence": "influence presence clout sway foothold backyard dominance dominate sphere leverage",
    "investment": "invest investment investor fund funding finance financing loan loans grant grants capital",
    "beginning": "launch launched establish established establishment found founded start started began begin "
                 "initiate initiated pioneer pioneered inaugurate created create",
    "agreement": "agreement agreements deal deals accord pact treaty declaration memorandum signed sign signing",
    "trade": "trade exports export imports import trading commerce",
    "meeting": "summit meeting talks conference forum gathering",
    "minerals": "minerals mineral rare-earth uranium lithium resources ore mining",
    "transport": "transport transportation logistics corridor route routes railway rail shipping transit",
    "cancel": "cancel cancelled canceled postpone postponed scrapped",  # (and "call off": PHRASES)
    "attack": "attack attacked strike struck bombing shelling raid",
    "death": "killed dead died deaths death fatalities casualties",
    "increase": "increase increased rise rose grow grew growth surge jump",
    "decrease": "decrease decreased fall fell decline declined drop dropped shrink cut cuts",
}
CONCEPT_OF = {stem(w): f"~{name}" for name, words in GROUPS.items() for w in words.split()}
_DE_NAME = lazy_compile(r"\bde-[A-Z]")  # "de-Sinicization", "de-Russia": removing someone's influence
# Phrases that evoke a concept whose words alone do not ("called", "off"): "called off", "call the strike off".
_CALL_OFF = lazy_compile(r"\bcall(?:s|ed|ing)?\s{1,3}(?:[^\W\d_]+\s{1,3}){0,2}?off\b", re.I)
PHRASES = {"~cancel": _CALL_OFF}


def concepts(stems: set[str], text: str) -> set[str]:
    """The concept tokens a sentence's stems (and "de-<Name>" coinages) evoke."""
    found = {CONCEPT_OF[s] for s in stems if s in CONCEPT_OF}
    if _DE_NAME.search(text):
        found |= {"~rivalry", "~influence"}
    found |= {concept for concept, phrase in PHRASES.items() if phrase.search(text)}
    return found
