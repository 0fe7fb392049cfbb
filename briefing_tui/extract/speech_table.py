"""The speech words of one language other than English, as the editable table ``data/speech_words.yaml`` gives them.

English attribution reads its own lexicon (``lexicon.py``); a French, Spanish, German, Italian or Portuguese
source is attributed with these words (``foreign_speech.py``). A language the table does not have gets none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.language_table import shipped_table

SPEECH_WORDS_FILE = "speech_words.yaml"


@dataclass(frozen=True, slots=True)
class SpeechWords:
    """One language's words of attribution (see the table's header for each list)."""

    language: str
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    that: frozenset[str]
    according: tuple[str, ...]  # longest first: "de acuerdo con" before a shorter word
    according_after: frozenset[str]
    as_words: frozenset[str]
    he: frozenset[str]
    she: frozenset[str]
    roles: frozenset[str]
    source_nouns: frozenset[str]
    prepositions: frozenset[str]
    dropped_subject: bool

    def pronoun(self, word: str) -> str | None:
        """"he" or "she" for a subject pronoun of this language ("il", "sie"), else None."""
        w = word.lower()
        return "he" if w in self.he else "she" if w in self.she else None


@lru_cache(maxsize=1)
def _table() -> dict:
    return shipped_table(SPEECH_WORDS_FILE)


def _words(section: str, language: str) -> list[str]:
    value = _table().get(section)
    words = value.get(language) if isinstance(value, dict) else None
    return [str(w).lower() for w in words or ()]


@lru_cache(maxsize=16)
def speech_words(language: str | None) -> SpeechWords | None:
    """The table's words for ``language`` ("fr"), or None for English, no language or one the table lacks."""
    if not language or language == "en" or not _words("verbs", language):
        return None
    dropped = _table().get("dropped_subject") or ()
    return SpeechWords(
        language=language, verbs=frozenset(_words("verbs", language)),
        auxiliaries=frozenset(_words("auxiliaries", language)), that=frozenset(_words("that", language)),
        according=tuple(sorted(_words("according", language), key=len, reverse=True)),
        according_after=frozenset(_words("according_after", language)), as_words=frozenset(_words("as", language)),
        he=frozenset(_words("he", language)), she=frozenset(_words("she", language)),
        roles=frozenset(_words("roles", language)), source_nouns=frozenset(_words("source_nouns", language)),
        prepositions=frozenset(_words("prepositions", language)), dropped_subject=language in dropped)


@lru_cache(maxsize=1)
def any_language_verbs() -> frozenset[str]:
    """The verbs of saying of every language of the table (a name right after one is a person's:
    "confie Khadija Ouaziz", "sagte Martinez")."""
    value = _table().get("verbs")
    return frozenset(w for lang in (value if isinstance(value, dict) else {}) for w in _words("verbs", lang))


@lru_cache(maxsize=1)
def any_language_age_words() -> frozenset[str]:
    """The words after an age in every language of the table ("52 ans", "45 años")."""
    value = _table().get("age_words")
    return frozenset(w for lang in (value if isinstance(value, dict) else {}) for w in _words("age_words", lang))


@lru_cache(maxsize=1)
def any_language_roles() -> frozenset[str]:
    """The role nouns of every language of the table ("porte-parole", "ministro", "Sprecher")."""
    value = _table().get("roles")
    return frozenset(w for lang in (value if isinstance(value, dict) else {}) for w in _words("roles", lang))


@lru_cache(maxsize=4096)
def compound_role(word: str) -> bool:
    """Whether a lower-case word is a role noun of a language that writes roles as compounds ("sprecher",
    "regierungssprecher", "bundeskanzler"): the table's ``compound_roles`` languages."""
    languages = _table().get("compound_roles") or ()
    return any(word.endswith(role) for lang in languages for role in _words("roles", lang))
