"""A count of people told only by their being somewhere: "500 people were present", "650 people, including 31
minors, were inside the club", "1,5 mil pessoas presentes", "650 personas en el interior del local".

Such a count has no predicate of what befell the people; it counts those there, a gathering's attendance. It is the
last resort: a measure read otherwise ("the bodies of 12 people were found inside": the dead; "the 22-member crew were
present on board": the crew) stands. The words are the table's (data/measure_words.yaml ``presence``).
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.insertions import past_insertions
from briefing_tui.language_table import per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile

ATTENDANCE = "attendance"
# Measures a presence word may replace: a generic noun's ("people") or a bare number's (None).
_PLAIN = frozenset({None, "people"})
PRESENCE_REACH = 6  # words after a count (and its noun) where a presence word is looked for
# Where a count's predicate ends: punctuation of a sentence's parts, or another number.
_PREDICATE_END = lazy_compile(r"[,;:.()\d]")
# A word of the predicate (compared as written: "Interior", capitalised, names a ministry).
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _presence_words() -> frozenset[str]:
    """The table's presence words of every language."""
    return frozenset(w for names in per_language(word_table().get("presence")) for w in names)


def present_measure(measure: str | None, after: str) -> str | None:
    """"attendance" for a count of people with no measure of its own whose predicate (``after``, the text after
    the count and its noun) says they were there; else ``measure``."""
    if measure not in _PLAIN:
        return measure
    predicate = _PREDICATE_END.split(past_insertions(after), maxsplit=1)[0]
    words = [w.group(0) for w in _WORD.finditer(predicate)][:PRESENCE_REACH]
    return ATTENDANCE if any(w in _presence_words() for w in words) else measure
