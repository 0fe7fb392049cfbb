"""Weather systems' names: "Storm Boris", "Hurricane Helene", "la tempête Boris", "der Sturm Boris" name an event.

The nouns of the editable table ``data/weather_words.yaml`` (per language) say that the name right after them is a
weather system's: the recogniser then makes no person of it (unknown rather than a person invented).
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.language_table import per_language, shipped_table
from briefing_tui.lazy_pattern import lazy_compile

WEATHER_WORDS_FILE = "weather_words.yaml"
# The last word before a name, after the spaces that join it to the name ("la tempête | Boris"); bounded, so that
# a search is linear on any text.
_LAST_WORD = lazy_compile(r"(?<![^\W\d_])([^\W\d_]{1,30})[ \u00a0]{1,3}$")
LAST_WORD_REACH = 40  # characters before a name searched for its last word


@lru_cache(maxsize=1)
def weather_nouns() -> frozenset[str]:
    """The weather systems' nouns of every language of the table, lower case ("storm", "tempête", "Sturm")."""
    words = per_language(shipped_table(WEATHER_WORDS_FILE).get("weather_systems"))
    return frozenset(w.split()[-1] for ws in words for w in ws)


def weather_system(before: str, words: list[str]) -> bool:
    """Whether the capitalised ``words`` (with the text ``before`` them) name a weather system: their first word is
    a weather noun and a name follows ("Storm Boris", "Hurricane Helene"), or one stands right before them ("la
    tempête Boris", "storm Boris")."""
    nouns = weather_nouns()
    if len(words) > 1 and words[0].lower() in nouns:
        return True
    m = _LAST_WORD.search(before[-LAST_WORD_REACH:])
    return m is not None and m.group(1).lower() in nouns
