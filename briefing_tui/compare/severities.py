"""The severity of the injuries a count of the injured gives ("four seriously injured", "seriously injuring two
others"): a kind of the injured (``measure_kinds.OWN_KINDS``), never weighed against all the injured."""

from __future__ import annotations

import re

from briefing_tui.compare.measures import words_in
from briefing_tui.lazy_pattern import lazy_compile

# Severity of an injury, as an adverb or adjective, to one canonical adverb ("four seriously", "serious injuries").
SEVERITIES: dict[str, str] = {
    **dict.fromkeys("seriously serious severely severe gravely grave badly".split(), "seriously"),
    **dict.fromkeys("critically critical".split(), "critically"),
    **dict.fromkeys("slightly slight lightly minor".split(), "slightly"),
}
SEVERITY_AHEAD = 5  # words after a count where the severity of its injuries is looked for ("four of them seriously")
SEVERED_MEASURES = frozenset({"injured"})  # measures a severity is a kind of
# What ends the stretch after a count where its severity is looked for: punctuation or another number.
_AHEAD_END = lazy_compile(r"[,;:.()\d–—]")
# An adverb of severity and the verb of injuring right before a count: "seriously injuring two others", "critically
# wounded 3 people" (the adverb bears on the verb, so on what it counts).
_SEVERITY_BEFORE = lazy_compile(r"\b(?P<adverb>[^\W\d_]+ly)\s{1,3}(?:injur|wound|hurt)[^\W\d_]*\s{1,3}$", re.I)


def severity(phrase: str, after: str, before: str = "") -> str | None:
    """The severity of the injuries counted, from the count's own words, the few after it before punctuation
    ("four seriously", "four suffering serious injuries", "four of them seriously") or an adverb on the verb right
    before it ("seriously injuring two others"), or None."""
    ahead = _AHEAD_END.split(after, maxsplit=1)[0]
    words = [w.group(0).lower() for w in words_in(phrase)] + [w.group(0).lower() for w in words_in(ahead)][:SEVERITY_AHEAD]
    found = next((SEVERITIES[w] for w in words if w in SEVERITIES), None)
    if found is None and (m := _SEVERITY_BEFORE.search(before[-60:])):
        found = SEVERITIES.get(m.group("adverb").lower())
    return found
