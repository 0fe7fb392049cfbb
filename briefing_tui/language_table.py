"""The editable word table of other languages, ``briefing_tui/data/measure_words.yaml``, as read from disk: the
comparison's reader of it (compare/language_words.py) and the name finder (extract/recognise.py, which may not
import the comparison) share this one loader."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safe_yaml import is_yaml_error
from briefing_tui.table_cache import load_shipped

MEASURE_WORDS_FILE = "measure_words.yaml"
# Languages that capitalise every noun: a capitalised word there is no evidence of a name ("in Haft sein") nor of
# a sentence's start ("Im Prozess um angebliche Wahlkampfgelder").
NOUN_CAPITALISING_LANGUAGES = frozenset({"de", "lb"})


def shipped_table(name: str) -> dict:
    """A shipped YAML word table of ``data/`` as a mapping (an absent or unreadable file gives none: English alone
    then)."""
    try:
        data = load_shipped(name) or {}
    except OSError:
        data = {}
    except Exception as exc:  # noqa: BLE001 - PyYAML's error, without importing PyYAML to name it
        if not is_yaml_error(exc):
            raise
        data = {}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def word_table() -> dict:
    """The table's sections as shipped (see :func:`shipped_table`)."""
    return shipped_table(MEASURE_WORDS_FILE)


def per_language(section: object) -> list[list[str]]:
    """A section's word lists, lower case: one per language for a mapping, the one list for a list."""
    if isinstance(section, dict):
        return [[str(w).lower() for w in words or ()] for words in section.values()]
    if isinstance(section, list):
        return [[str(w).lower() for w in section]]
    return []


def phrase_alternation(phrases: object) -> str:
    """A regex alternation of ``phrases`` (a table's words and phrases), longest first, each escaped, its spaces
    matching any run of spaces ("a fait état de" also written across a line break)."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


@lru_cache(maxsize=64)
def function_words_of(language: str | None) -> frozenset[str]:
    """The function words the table gives for one language ("fr": "avec", "selon", ...), lower case; none for
    a language it has no list for (English among them: its words are left out of the table)."""
    section = word_table().get("function_words")
    words = section.get(language) if isinstance(section, dict) and language else None
    return frozenset(str(w).lower() for w in words or ())


@lru_cache(maxsize=1)
def all_function_words() -> frozenset[str]:
    """The function words of every language the table has."""
    return frozenset(w for names in per_language(word_table().get("function_words")) for w in names)


# An elided article (French and Italian: "l’", "d’", "dell’", "nell’", "all’", "un’") glued to the word after it;
# shared by the name finder and the comparison's subjects.
ELIDED_ARTICLE = lazy_compile(r"\A(?:[LlDd]|[DdNnSs]ell|[AaDd]all|[Ss]ull|[Uu]n|[Qq]u)['’](?=\w)")


def elided_common(word: str) -> bool:
    """Whether ``word`` is an elided article glued to a lower-case word ("L’ancien", "l’avocat"): no name (but
    "L’Oréal", "L’Espagne")."""
    m = ELIDED_ARTICLE.match(word)
    return m is not None and word[m.end():][:1].islower()
