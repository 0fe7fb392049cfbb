"""The severity of the injuries a count of the injured gives: "four seriously", "four suffering serious injuries",
"nove feridos em estado crítico", "200 feriti gravi", "80 blessés graves", or an adverb on the verb before the count
("seriously injuring two others"). A severity is a kind of the injured of its own (``measure_kinds.OWN_KINDS``): the
critically injured are not all the injured, and a toll of the ones is never weighed against a toll of the others.

English words are below; other languages' are in briefing_tui/data/measure_words.yaml (``severities``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_tui.compare.measures import words_in
from briefing_tui.language_table import per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from briefing_tui.model import Figure

# Severity of an injury, as an adverb or adjective, to one canonical adverb ("four seriously", "serious injuries").
_ENGLISH_SEVERITIES: dict[str, str] = {
    **dict.fromkeys("seriously serious severely severe gravely grave badly".split(), "seriously"),
    **dict.fromkeys("critically critical".split(), "critically"),
    **dict.fromkeys("slightly slight lightly minor".split(), "slightly"),
}
SEVERITY_AHEAD = 5  # words after a count where the severity of its injuries is looked for ("four of them seriously")
SEVERED_MEASURES = frozenset({"injured"})  # measures a severity is a kind of
# What ends the words after a count where its severity is looked for: punctuation or another number.
_AHEAD_END = lazy_compile(r"[,;:.()\d–—]")
# An adverb of severity and the verb of injuring right before a count: "seriously injuring two others", "critically
# wounded 3 people" (the adverb bears on the verb, so on what it counts).
_SEVERITY_BEFORE = lazy_compile(r"\b(?P<adverb>[^\W\d_]+ly)\s{1,3}(?:injur|wound|hurt)[^\W\d_]*\s{1,3}$", re.I)
BEFORE_REACH = 60  # characters before a count searched for an adverb of severity on its verb


@lru_cache(maxsize=1)
def severities() -> dict[str, str]:
    """Every language's word of severity, lower case, to its canonical adverb (the table's, then English)."""
    table = word_table().get("severities") or {}
    return {**{str(w).lower(): str(kind) for kind, words in table.items() for names in per_language(words)
               for w in names}, **_ENGLISH_SEVERITIES}


def is_severity(word: str) -> bool:
    """Whether a lower-case word is a word of severity ("critically", "leves"): of the injured."""
    return word in severities()


def severity(phrase: str, after: str, before: str = "") -> str | None:
    """The severity of the injuries counted, from the count's own words, the few after it before punctuation
    ("four seriously", "four suffering serious injuries", "four of them seriously", "nove feridos em estado
    crítico") or an adverb on the verb right before it ("seriously injuring two others"), or None."""
    ahead = _AHEAD_END.split(after, maxsplit=1)[0]
    words = [w.group(0).lower() for w in words_in(phrase)] + [w.group(0).lower() for w in words_in(ahead)][:SEVERITY_AHEAD]
    table = severities()
    found = next((table[w] for w in words if w in table), None)
    if found is None and (m := _SEVERITY_BEFORE.search(before[-BEFORE_REACH:])):
        found = table.get(m.group("adverb").lower())
    return found


def is_severity_measure(measure: str | None) -> bool:
    """Whether a measure counts the injured of one severity ("seriously injured"): a part of the injured that its
    severity already names, so "68 blessés, dont 15 grièvement" is no other part of the toll."""
    kind, _, base = (measure or "").partition(" ")
    return base in SEVERED_MEASURES and kind in severities().values()


def severity_part(a: Figure, b: Figure) -> bool:
    """Whether one figure counts the injured of a severity ("three seriously injured") and the other all the injured
    ("dozens injured") with no fewer than it: a part and its whole, which agree whatever their values."""
    for part, whole in ((a, b), (b, a)):
        kind, _, base = (part.measure or "").partition(" ")
        if base in SEVERED_MEASURES and whole.measure == base and kind in severities().values() \
                and part.low is not None and part.low <= (whole.high if whole.high is not None else whole.low or 0):
            return True
    return False
