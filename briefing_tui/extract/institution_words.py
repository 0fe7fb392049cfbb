"""Names that other languages' words make organisations, and capitalised common nouns that are no place.

Read from the editable table ``data/institution_words.yaml``: an institution noun inside a name of several words
("Ministerio de Gestión de Emergencias"), a German compound that ends in one ("Pariser Strafgericht"), or a medium's
noun right before a name ("le site Mediapart", "el diario francés X", "das Enthüllungsportal X"). And, for a language
that capitalises every noun, a word the table lists as following "in" with no article ("in Kraft") or one the text
also writes as the head of a compound ("Haft" of "Haftstrafe") is a common noun, not a place ("Kommt er in Haft?"),
and common nouns joined to a name by "von" or "der" are no part of it ("Antrag von Union").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from briefing_tui.extract.lexicon import ORG_KEYWORDS, PLACE_KEYWORDS
from briefing_tui.language_table import NOUN_CAPITALISING_LANGUAGES, all_function_words, per_language, shipped_table
from briefing_tui.lazy_pattern import lazy_compile

INSTITUTION_WORDS_FILE = "institution_words.yaml"
# The fewest letters a compound keeps before its institution noun ("Strafgericht", "Bundesamt"; not "Amt" alone).
MIN_COMPOUND_PREFIX = 3
# The last position (from 0) of a name's word that may be its institution noun ("Ministerio de ...", "Supremo
# Tribunal Federal"; not the "Parti" of "Kim Moon-soo du Parti").
MAX_INSTITUTION_INDEX = 1
# Lower-case words allowed between a medium's noun and the name in a language that puts adjectives and phrases
# after the noun ("le site d'information Mediapart", "el diario francés Mediapart").
MAX_MEDIA_GAP = 2
# A word of letters, an elided one whole ("d'information"): the words between a medium's noun and a name.
_WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words that end a gap badly: a name right after them is the object of a preposition ("le journal de Paris").
_PREPOSITIONS = frozenset({"de", "del", "du", "des", "da", "do", "di", "of", "by", "von", "à", "a", "en", "in"})
# Connectors that join common nouns to a name in a language that capitalises nouns ("Schuldenpaket von Union",
# "Verurteilung von Sam X", "Auszählung der Stimmen"): the words before them are no part of the name.
LEAD_CONNECTORS = frozenset({"von", "vom", "der", "des", "den", "dem"})
# The fewest letters of a capitalised word, in a language that writes compounds, read as a compound common noun when
# it opens a run before a name ("Millionenstadt Rawalpindi", "Übertragungsnetzbetreiber X"): names are shorter.
MIN_COMMON_COMPOUND = 13
# Endings that inflect a name rather than compound it ("Pariser", "Frankreichs", "Berlinerin"): no common-noun head.
_INFLECTIONS = ("s", "es", "er", "ern", "erin", "erinnen", "isch", "ische", "ischen", "ischer", "isches", "n", "en")


@lru_cache(maxsize=1)
def _table() -> dict:
    return shipped_table(INSTITUTION_WORDS_FILE)


@lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    """The institution nouns of every language of the table ("ministerio", "tribunal", "partito")."""
    return frozenset(w for words in per_language(_table().get("institutions")) for w in words)


@lru_cache(maxsize=1)
def facility_nouns() -> frozenset[str]:
    """The nouns of a facility where people are counted, in every language of the table ("hospital", "klinik")."""
    return frozenset(w for words in per_language(_table().get("facilities")) for w in words)


@lru_cache(maxsize=1)
def _compound_heads() -> dict[str, tuple[str, ...]]:
    section = _table().get("compound_heads")
    if not isinstance(section, dict):
        return {}
    return {str(lang): tuple(str(w).lower() for w in words or ()) for lang, words in section.items()}


@lru_cache(maxsize=1)
def _media() -> dict[str, frozenset[str]]:
    section = _table().get("media")
    if not isinstance(section, dict):
        return {}
    return {str(lang): frozenset(str(w).lower() for w in words or ()) for lang, words in section.items()}


def medium_noun(word: str) -> bool:
    """Whether ``word`` is a medium's noun in any language of the table ("website", "diario", "Zeitung")."""
    low = word.lower()
    return any(low in nouns for nouns in _media().values())


def institution_compound(word: str, language: str | None) -> bool:
    """Whether ``word`` is a compound of ``language`` that ends in an institution noun ("Strafgericht",
    "Bundesgerichtshof", "Außenministerium" in German)."""
    low = word.lower()
    return any(low.endswith(head) and len(low) - len(head) >= MIN_COMPOUND_PREFIX
               for head in _compound_heads().get(language or "", ()))


def institution_word(word: str, language: str | None) -> bool:
    """Whether ``word`` is an institution noun of ``language`` that writes compounds, alone or ending a compound
    ("Kommission", "EU-Kommission", "Strafgericht" in German)."""
    return word.lower() in _compound_heads().get(language or "", ()) or institution_compound(word, language)


def is_institution(texts: list[str], language: str | None) -> bool:
    """Whether a capitalised name written as ``texts`` (its words) names an institution: one of its first
    ``MAX_INSTITUTION_INDEX + 1`` words an institution noun of a language of the table ("Ministerio de Economía",
    "Supremo Tribunal Federal"; not "Kim Moon-soo du Parti"), or a name of capitalised words only whose last word is a
    compound of the source's language ending in one ("Pariser Strafgericht"; not "Familienkonzern Mars", "Daten der
    Nationalen Wahlbehörde" nor "US-Regierung", whose first part is a name of its own)."""
    last = texts[-1]
    if ("-" not in last and institution_compound(last, language)
            and all(t[:1].isupper() for t in texts)):
        return True
    nouns = institution_nouns()
    return (len(texts) > 1 and texts[0].lower() not in all_function_words()  # (not "El Gobierno de Francia")
            and any(t.lower() in nouns for t in texts[:MAX_INSTITUTION_INDEX + 1]))


def media_before(before: str, language: str | None) -> bool:
    """Whether the text right before a name presents it as a medium, an outlet or a site: a medium's noun of the
    source's language or of English ("website Mediapart", "le site Mediapart"), a compound that ends in one in a
    language that writes compounds ("Enthüllungsportal Mediapart"), and in a language other than English up to ``MAX_MEDIA_GAP``
    lower-case words after the noun ("le site d'information Mediapart", "el diario francés Mediapart"); no
    punctuation between them ("la radio, dijo X" is no medium's name)."""
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before[-80:].split()
    if not words or words[-1].lower() in _PREPOSITIONS:
        return False
    media = _media()
    nouns = media.get("en", frozenset()) | media.get(language or "en", frozenset())  # (English "site" is a place's)
    heads = media.get(language or "", frozenset()) if language in _compound_heads() else frozenset()
    gap = 0 if language in (None, "en") else MAX_MEDIA_GAP
    for i in range(len(words) - 1, max(-1, len(words) - 2 - gap), -1):
        word = words[i].lower()
        if _WORD.fullmatch(word) is None:
            return False  # punctuation or a digit: the phrase before the name ends there
        if word in nouns or (words[i][:1].isupper() and any(word.endswith(h) for h in heads)):
            # (a compound is a noun, capitalised: the "umfassender" of "umfassender Sondervermögen" is no "Sender")
            return True
        if not words[i].islower():
            return False  # (a gap holds lower-case words only)
    return False


@lru_cache(maxsize=1)
def _after_in() -> frozenset[str]:
    return frozenset(w for words in per_language(_table().get("after_in")) for w in words)


def _medium_noun(word: str, language: str | None) -> bool:
    """Whether a capitalised word of a language that writes compounds is a medium's noun or a compound ending in one
    ("Zeitung", "Enthüllungsportal")."""
    low = word.lower()
    return word[:1].isupper() and any(low.endswith(head) for head in _media().get(language or "", ()))


def common_noun(word: str, body: str) -> bool:
    """Whether a capitalised ``word`` of a text in a language that capitalises every noun is a common noun: one the
    table lists as following "in" with no article ("in Kraft"), or one the text also writes as the first part of a
    longer word ("Haft" of "Haftstrafe"), not as a name's inflection ("Pariser", "Frankreichs")."""
    return word.lower() in _after_in() or any(tok.startswith(word) and len(tok) > len(word) and tok[len(word):].islower()
               and tok[len(word):] not in _INFLECTIONS for tok in _WORD.findall(body))


def common_lead(texts: list[str], language: str | None, known: Callable[[str], bool]) -> int:
    """How many words open a capitalised run of a language that capitalises nouns with a medium's noun ("Zeitung |
    Lumorio": the name after it is then read as a medium's) or with common nouns and a connector before a name
    ("Schuldenpaket von | Union", "den Reihen von | Union", "Verurteilung von | Sam Bankman-Fried"); 0 when none: the words before the connector belong to the name when one of them is ``known``
    (a given name, a title, a name of the gazetteer: "Ursula von der Leyen", "Prinz von X") or an organisation's or
    place's keyword or an institution ("Bank von England")."""
    if language not in NOUN_CAPITALISING_LANGUAGES:
        return 0
    start = 0
    while start < len(texts) and texts[start] in LEAD_CONNECTORS:
        start += 1  # ("der Zeitung Lumorio": an article the run opens on)
    if len(texts) > start + 1 and _medium_noun(texts[start], language):
        return start + 1  # "Zeitung Lumorio", "Enthüllungsportal Mediapart": the medium's noun, then its name
    i = next((k for k in range(start + 1, len(texts)) if texts[k] in LEAD_CONNECTORS), None)
    first = texts[start] if start < len(texts) else ""
    if (i is None and len(texts) > start + 1 and len(first) >= MIN_COMMON_COMPOUND and first.isalpha()
            and first[1:].islower() and not known(first) and not institution_compound(first, language)):
        return start + 1  # "Millionenstadt Rawalpindi", "Übertragungsnetzbetreiber X": a long compound common noun
    if i is None or any(known(w) or w.lower() in ORG_KEYWORDS or w.lower() in PLACE_KEYWORDS
                        or institution_compound(w, language) for w in texts[start:i]):
        return 0
    while i < len(texts) and texts[i] in LEAD_CONNECTORS:
        i += 1
    return i if i < len(texts) else 0
