"""The object of a verb written after the date that times it: "perdió este lunes la moción de confianza", "a perdu
lundi le vote", "verlor am Donnerstag die von ihm selbst gestellte Vertrauensabstimmung". The event's noun then
stands after an article, not right after the date: how many words after the date are read for it.
Split from compare/event_words.py (at its size limit)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.compare.event_kinds import capitalises_nouns

# Articles opening a verb's object after a date (German, French, Spanish, Italian, Portuguese; English puts the
# object before the date).
DATE_OBJECT_ARTICLES = frozenset("die der den das la le el les los las il lo".split())
# In German, whose nouns are capitalised, the object's noun is the first capitalised word after its article, past
# the words of an attribute ("die von ihm selbst gestellte Vertrauensabstimmung"); read at most this many words.
OBJECT_ATTRIBUTE_WORDS = 6


def object_words(after: Sequence[tuple[str, int, int]], sentence: str) -> int:
    """How many words after a date (``after``: lower-case words with their offsets in ``sentence``) to read for the
    event it times beyond the one right after it: the article's noun (one more), or in German the first capitalised
    word after the article; 0 when no article follows the date."""
    if not after or after[0][0] not in DATE_OBJECT_ARTICLES:
        return 0
    if not capitalises_nouns(sentence):
        return 1
    for k, (_, start, _) in enumerate(after[1:OBJECT_ATTRIBUTE_WORDS + 1], start=1):
        if sentence[start].isupper():
            return k
    return 1
