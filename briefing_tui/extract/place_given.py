"""Place names that are also given names: "Jordan Bardella", "Israel Katz", "Paris Hilton".

A country or city that opens a capitalised run is read as a place unless the run is a person's name. The
run is a name when its first word is one of the gazetteer's ``place_given_names``, the words after it are
one or two capitalised words the gazetteer does not know, that name no place or organisation ("Jordan
Valley", "Kenya Airways") and that the article never writes in lower case ("India Today", "Paris Match"),
and its last word stands alone elsewhere in the article, as surnames do ("Bardella said", "Mr Katz"), not
after "the" ("the Cowboys"). A lone "Jordan" stays the country.
"""

from __future__ import annotations

import re

from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.lexicon import ORG_KEYWORDS, PLACE_KEYWORDS

# The most words of a surname after a place-given name ("Israel Katz", "Sofia Gomez Ruiz").
MAX_SURNAME_WORDS = 2
# How far before a surname's lone use the word before it is looked for (a word's length and a space).
_WORD_BEFORE_REACH = 40
# Words before a capitalised word that make it a group's name, not a surname used alone ("the Cowboys").
_GROUP_ARTICLES = frozenset({"the"})


def place_given_name(gaz: Gazetteer, words: list[str], body: str, lower_vocab: set[str]) -> bool:
    """Whether the capitalised run ``words`` is a person whose given name is a place (module docstring)."""
    first, rest = words[0], words[1:]
    if first not in gaz.place_given_names or not 1 <= len(rest) <= MAX_SURNAME_WORDS:
        return False
    for word in rest:
        low = word.lower().rstrip(".")
        if (not word[:1].isupper() or low in lower_vocab or low in PLACE_KEYWORDS or low in ORG_KEYWORDS
                or gaz.lookup(word) is not None):
            return False
    surname = rest[-1]
    return surname.isalpha() and any(_used_alone(body, m.start(), first)
                                     for m in re.finditer(rf"\b{re.escape(surname)}\b", body))


def _used_alone(body: str, at: int, given: str) -> bool:
    """Whether the word at ``at`` is not written after the place-given name nor after "the"."""
    before = body[max(0, at - _WORD_BEFORE_REACH):at].split()
    return not before or (before[-1] != given and before[-1].lower() not in _GROUP_ARTICLES)
