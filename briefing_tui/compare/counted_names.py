"""One name for a counted noun whatever its language ("105 municípios", "265 municipalities", "341 Gemeinden" all
count municipalities), read from the editable table ``briefing_tui/data/counted_names.yaml``: a count whose noun
names no measure takes this name as its measure instead of the noun itself, so the sources' counts of one thing
meet in one claim. A noun the table does not know keeps its own singular (compare/measures.py)."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.language_table import per_language, shipped_table

COUNTED_NAMES_FILE = "counted_names.yaml"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Counted noun (lower case, any language) -> its one English name."""
    section = shipped_table(COUNTED_NAMES_FILE).get("counted") or {}
    if not isinstance(section, dict):
        return {}
    return {w: str(name) for name, words in section.items() for names in per_language(words) for w in names}


def counted_name(noun: str) -> str | None:
    """The one name of a counted noun ("municípios" -> "municipality", "Gemeinden" -> "municipality"), or None when
    the table does not know it."""
    return _names().get(noun.lower())


@lru_cache(maxsize=1)
def counted_names() -> frozenset[str]:
    """The English names of the table ("municipality", "hostage"): measures of their own, as a measure word's."""
    return frozenset(_names().values())


@lru_cache(maxsize=1)
def event_counted() -> frozenset[str]:
    """The names an event has one count of (the municipalities a flood hit, the hostages a siege holds): a count of
    them with no subject read is the event's (``event`` of the table)."""
    return frozenset(str(w).lower() for w in shipped_table(COUNTED_NAMES_FILE).get("event") or ())


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    section = shipped_table(COUNTED_NAMES_FILE).get("heads") or {}
    return {str(w).lower(): str(name) for name, words in section.items() for w in words} if isinstance(section, dict) else {}


def head_name(noun: str) -> str | None:
    """The measure a noun names when it heads a count right after its number ("cinq pays": "country"), where English
    reads the word as another measure's verb (``heads`` of the table); None for other nouns."""
    return _heads().get(noun.lower())
